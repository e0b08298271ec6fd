// The real dataset and what the HTML tests ask of pages: an input for renderResourcePage built
// from describeResource, the links of a page, and a structural check of the markup (every element
// closed in order, no duplicate id).
import { openDataset } from '../../src/store/openDataset.ts';
import { describeResource } from '../../src/store/describeResource.ts';
import type { MergedStore } from '../../src/store/MergedStore.ts';
import type { ResourcePageInput } from '../../src/representations/html/index.ts';
import type { Quad } from '@rdfjs/types';

export const BASE = 'http://localhost:3000/';
export const FILM = `${BASE}film/de-rouille-et-d-os-2012`;
export const STYLESHEET_URL = `${BASE}assets/filmgraph.css`;

let opened: Promise<MergedStore> | undefined;

/** The project's own data, loaded and validated once per test file. */
export function realStore(): Promise<MergedStore> {
  opened ??= openDataset({ baseIri: BASE }).then(({ loaded }) => loaded.store);
  return opened;
}

export function describe(store: MergedStore, iri: string): Quad[] {
  return describeResource(store, iri).quads;
}

/** What the HTTP layer passes for a resource: its description, formats, languages. */
export function pageInput(store: MergedStore, iri: string, lang: 'en' | 'fr', overrides: Partial<ResourcePageInput> = {}): ResourcePageInput {
  return {
    iri,
    baseIri: BASE,
    lang,
    quads: describe(store, iri),
    structuredData: JSON.stringify({ '@context': 'https://schema.org', '@id': iri }),
    alternates: [
      { href: `${iri}?format=ttl`, mediaType: 'text/turtle', label: 'Turtle' },
      { href: `${iri}?format=jsonld`, mediaType: 'application/ld+json', label: 'JSON-LD' },
      { href: `${iri}?format=trig`, mediaType: 'application/trig', label: 'TriG' },
    ],
    languageLinks: [{ lang: 'en', href: iri }, { lang: 'fr', href: `${iri}?lang=fr` }],
    canonical: iri,
    stylesheet: STYLESHEET_URL,
    ...overrides,
  };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
export const unescape = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);

/** The href of every <a>, unescaped. */
export function anchorHrefs(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)].map((m) => unescape(m[1]));
}

/** The text of an element found by a regular expression's first group, tags removed. */
export function textOf(fragment: string): string {
  return unescape(fragment.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
}

/** The markup of the element with this id (up to its matching close tag). */
export function elementById(html: string, id: string): string {
  const start = html.search(new RegExp(`<([a-z0-9]+)[^>]*\\sid="${id}"`));
  if (start < 0) throw new Error(`no element with id ${id}`);
  const tag = /^<([a-z0-9]+)/.exec(html.slice(start))![1];
  let depth = 0;
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  re.lastIndex = start;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  throw new Error(`element ${id} is not closed`);
}

export function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Problems with the markup's structure: unclosed or misnested elements, duplicate ids. */
export function structureProblems(html: string): string[] {
  const problems: string[] = [];
  const body = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '<script></script>').replace(/<!--[\s\S]*?-->/g, '');
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const [, closing, rawName, attrs] = m;
    const name = rawName.toLowerCase();
    if (name === '!doctype') continue;
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}> at ${m.index}`);
    } else if (!VOID.has(name) && !attrs.trimEnd().endsWith('/')) stack.push(name);
    else if (attrs.trimEnd().endsWith('/') && !stack.includes('svg')) problems.push(`self-closing <${name}/> outside SVG at ${m.index}`);
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(' > ')}`);
  const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (duplicates.length) problems.push(`duplicate ids: ${[...new Set(duplicates)].join(', ')}`);
  return problems;
}
