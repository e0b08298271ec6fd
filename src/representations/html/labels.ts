// What a resource is called on a page. A name in the page's language, else an untagged one, else
// any (schema:name, then dcterms:title, then rdfs:label); for resources without a name of their
// own (releases, reviews, nominations...) a label made of their parts; for vocabulary terms the
// pages' own words; at worst the last segment of the IRI.
import type { Literal } from '@rdfjs/types';
import { DCTERMS, FG, RDFS, SCHEMA } from '../../vocab/namespaces.ts';
import type { Facts } from './facts.ts';
import { t, type Lang } from './i18n.ts';
import { CLASS_NAMES, PROPERTY_NAMES, VALUE_NAMES, prefixedName } from './terms.ts';
import { excerpt, formatDate } from './values.ts';

export interface Label {
  text: string;
  /** The language of the text when it comes from a tagged literal ('' otherwise). */
  lang: string;
}

const NAME_PROPERTIES = [`${SCHEMA}name`, `${DCTERMS}title`, `${RDFS}label`];

/** The literal in the page's language, else an untagged one, else the first. */
export function pickByLanguage(literals: readonly Literal[], lang: Lang): Literal | undefined {
  const tagged = literals.find((l) => l.language.toLowerCase() === lang || l.language.toLowerCase().startsWith(`${lang}-`));
  return tagged ?? literals.find((l) => l.language === '') ?? literals[0];
}

/** The resource's own name (no composed label, no fallback). */
export function nameOf(facts: Facts, id: string, lang: Lang): Label | undefined {
  for (const p of NAME_PROPERTIES) {
    const picked = pickByLanguage(facts.literals(id, p), lang);
    if (picked) return { text: picked.value, lang: picked.language };
  }
  return undefined;
}

export function labelOf(facts: Facts, id: string, lang: Lang, depth = 0): Label {
  // Vocabulary terms are named in the pages' own words, so they read the same everywhere.
  const known = VALUE_NAMES[id] ?? CLASS_NAMES[id] ?? PROPERTY_NAMES[id];
  if (known) return { text: known[lang], lang: '' };
  const own = nameOf(facts, id, lang);
  if (own) return own;
  if (depth < 2) {
    const composed = composedLabel(facts, id, lang, depth + 1);
    if (composed) return { text: composed, lang: '' };
  }
  return { text: fallbackLabel(id), lang: '' };
}

/** Plain text of a label. */
export function labelText(facts: Facts, id: string, lang: Lang): string {
  return labelOf(facts, id, lang).text;
}

function composedLabel(facts: Facts, id: string, lang: Lang, depth: number): string | undefined {
  const label = (other: string) => labelOf(facts, other, lang, depth).text;
  const first = (p: string) => facts.nodes(id, p)[0];
  const is = (type: string) => facts.hasType(id, type);

  if (is(`${SCHEMA}Review`) || facts.out(id, `${SCHEMA}reviewBody`).length) {
    const publisher = first(`${SCHEMA}publisher`);
    if (publisher) return t(lang, 'label.reviewBy', { publisher: label(publisher) });
  }
  if (is(`${SCHEMA}Quotation`) || facts.out(id, `${SCHEMA}spokesperson`).length) {
    const text = facts.value(id, `${SCHEMA}text`);
    const speaker = first(`${SCHEMA}spokesperson`);
    if (text) return speaker ? t(lang, 'label.quoteText', { text: excerpt(text, 60), speaker: label(speaker) }) : `“${excerpt(text, 60)}”`;
    if (speaker) return t(lang, 'label.quoteBy', { speaker: label(speaker) });
  }
  if (is(`${FG}Nomination`) || facts.out(id, `${FG}awardCategory`).length) {
    const category = facts.value(id, `${FG}awardCategory`);
    const org = first(`${FG}awardingOrganization`);
    const parts = [category, org && label(org)].filter((p): p is string => !!p);
    if (parts.length) return parts.join(', ');
  }
  if (is(`${SCHEMA}PerformanceRole`) || facts.out(id, `${SCHEMA}characterName`).length) {
    const actor = first(`${SCHEMA}actor`);
    const character = facts.value(id, `${SCHEMA}characterName`) ?? (first(`${FG}playsCharacter`) && label(first(`${FG}playsCharacter`)!));
    if (actor && character) return t(lang, 'label.roleAs', { actor: label(actor), character });
    if (actor) return label(actor);
  }
  if (is(`${SCHEMA}PublicationEvent`) || facts.out(id, `${FG}medium`).length) {
    const country = first(`${SCHEMA}location`);
    const medium = first(`${FG}medium`);
    const date = facts.value(id, `${SCHEMA}startDate`);
    const parts = [country && label(country), medium && label(medium), date && formatDate(lang, date)].filter((p): p is string => !!p);
    if (parts.length) return parts.join(', ');
  }
  if (is(`${SCHEMA}Rating`) || facts.out(id, `${SCHEMA}ratingValue`).length) {
    const value = facts.value(id, `${SCHEMA}ratingValue`);
    const country = first(`${FG}ratingCountry`);
    if (value && country) return t(lang, 'label.inCountry', { thing: value, country: label(country) });
    if (value) return value;
  }
  if (is(`${FG}Distribution`) || facts.out(id, `${FG}distributor`).length) {
    const distributor = first(`${FG}distributor`);
    const territory = first(`${FG}territory`);
    if (distributor && territory) return t(lang, 'label.inCountry', { thing: label(distributor), country: label(territory) });
    if (distributor) return label(distributor);
  }
  return undefined;
}

/**
 * The last meaningful segment of an IRI, made readable ("…/marion-cotillard-1" → "Marion cotillard
 * 1"). Graphs and sources are named by their path from `graph/` or `source/` on, which is what
 * tells them apart ("graph/curated/de-rouille-et-d-os-2012/wikipedia").
 */
export function fallbackLabel(id: string): string {
  if (id.startsWith('_:')) return id;
  const named = /\/((?:graph|source)\/[^?#]+)$/.exec(id);
  if (named) return decode(named[1]);
  const hash = id.indexOf('#');
  if (hash >= 0 && hash < id.length - 1) return decode(id.slice(hash + 1));
  const path = id.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const segment = path.slice(path.lastIndexOf('/') + 1);
  if (!segment || /^[a-z][a-z0-9+.-]*:$/i.test(segment) || path.endsWith('//' + segment)) return prefixedName(id);
  if (/^[a-z]{2,3}$/.test(segment)) return segment.toUpperCase(); // a country or language code
  const words = decode(segment).replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : prefixedName(id);
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The name of a class or property in the page's language. */
export function termName(facts: Facts, iri: string, lang: Lang, names: Readonly<Record<string, Record<Lang, string>>>): string {
  const known = names[iri];
  if (known) return known[lang];
  const own = nameOf(facts, iri, lang);
  return own ? own.text : prefixedName(iri);
}

export function className(facts: Facts, iri: string, lang: Lang): string {
  return termName(facts, iri, lang, CLASS_NAMES);
}

export function propertyName(facts: Facts, iri: string, lang: Lang): string {
  return termName(facts, iri, lang, PROPERTY_NAMES);
}
