// The structured data of an HTML page: the JSON text for its <script type="application/ld+json">.
//
// "@context": "https://schema.org", the page's main entity on top (see structuredTree.ts), and
// schema.org terms only: fg: facts, other vocabularies and types outside schema.org are left out
// (they are no schema.org and search engines ignore or reject them). Nothing is added that the
// data lacks: a review without author, date or rating is published without them, even where
// Google's Review guidelines ask for them. Dates, times and durations are written as plain
// strings ("2012", "2012-05-17", "PT120M"), the form search engines and validators expect
// (a value object typed xsd:gYear is rejected as "not a valid schema.org type"); under
// schema.org's context they read as schema.org's own Date/Duration values of the same lexical
// form. The JSON-LD served to RDF clients (toJsonLd) keeps the exact XML Schema types. References through schema.org terms coerced to
// "@id" (image, url, sameAs...) are written as plain IRIs, the form Google expects for image.
//
// It describes the main entity and what the page shows, not the whole description the page is
// made from: the triples of the main entity and of what it owns (IRIs extending its own with "/"),
// those pointing to it, and the type and name of anything else. The description also holds the
// own triples of the resources one hop away (a film's director with his picture, a person's
// awards and identifiers; a review's whole film); they describe those resources, not this page's
// entity, and stay out.
import type { Quad } from '@rdfjs/types';
import { RDF, SCHEMA, XSD } from '../../vocab/namespaces.ts';
import { quadsToExpanded } from './expanded.ts';
import { structuredTree } from './structuredTree.ts';
import { compactExpanded } from './compactExpanded.ts';
import { escapeJsonForScript } from './escapeForScript.ts';
import { compactionContext } from './schemaContext.ts';

const RDF_TYPE = `${RDF}type`;

/** Datatypes a schema.org literal may have: XML Schema's, RDF's (rdf:HTML) and schema.org's. */
const DATATYPE_NAMESPACES = [XSD, RDF, SCHEMA];

/** Is the triple made of schema.org terms only (its property, its class, its datatype)? */
export function isSchemaOrgTriple(q: Quad): boolean {
  if (q.predicate.value === RDF_TYPE) return q.object.termType === 'NamedNode' && q.object.value.startsWith(SCHEMA);
  if (!q.predicate.value.startsWith(SCHEMA)) return false;
  const o = q.object;
  return o.termType !== 'Literal' || DATATYPE_NAMESPACES.some((ns) => o.datatype.value.startsWith(ns));
}

const LABELS = new Set([RDF_TYPE, `${SCHEMA}name`]);

/** The triples the structured data of the page of mainIri is made of (before the schema.org filter). */
export function pageEntityTriples(quads: Quad[], mainIri: string): Quad[] {
  const owned = `${mainIri}/`;
  return quads.filter(
    (q) =>
      q.subject.value === mainIri ||
      q.subject.value.startsWith(owned) ||
      (q.object.termType === 'NamedNode' && q.object.value === mainIri) ||
      LABELS.has(q.predicate.value),
  );
}

let referenceOnly: Set<string> | undefined;
/** schema.org properties whose context term coerces plain strings to IRIs. */
function referenceOnlyProperties(): Set<string> {
  if (!referenceOnly) {
    referenceOnly = new Set();
    for (const definition of Object.values(compactionContext()))
      if (typeof definition === 'object' && definition?.['@type'] === '@id' && definition['@id'].startsWith('schema:'))
        referenceOnly.add(SCHEMA + definition['@id'].slice('schema:'.length));
  }
  return referenceOnly;
}

/** The JSON-LD object of a page's structured data. */
export async function structuredDataObject(quads: Quad[], mainIri: string, baseIri?: string): Promise<Record<string, unknown>> {
  const nodes = await quadsToExpanded(pageEntityTriples(quads, mainIri).filter(isSchemaOrgTriple));
  const tree = structuredTree(nodes, mainIri, { referenceOnly: referenceOnlyProperties() });
  return plainTypedValues(await compactExpanded([tree], { baseIri })) as Record<string, unknown>;
}

/** {"@value": v, "@type": "xsd:…"} → v, everywhere in a compacted document. */
function plainTypedValues(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(plainTypedValues);
  if (node === null || typeof node !== 'object') return node;
  const object = node as Record<string, unknown>;
  if ('@value' in object && typeof object['@type'] === 'string' && /^(xsd:|http:\/\/www\.w3\.org\/2001\/XMLSchema#)/.test(object['@type'])) return object['@value'];
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, plainTypedValues(v)]));
}

/** The text to put inside <script type="application/ld+json">, already escaped for HTML. */
export async function structuredDataFor(quads: Quad[], mainIri: string, baseIri: string): Promise<string> {
  return escapeJsonForScript(JSON.stringify(await structuredDataObject(quads, mainIri, baseIri), null, 2));
}
