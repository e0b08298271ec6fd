// Shared by the JSON-LD tests: the real dataset (loaded once per file), triples as comparable
// strings, and JSON-LD back to triples with the offline loader (strict: nothing dropped silently).
import jsonld from 'jsonld';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { openDataset } from '../../../src/store/openDataset.ts';
import { documentLoader } from '../../../src/representations/jsonld/documentLoader.ts';

export const BASE = 'http://localhost:3000/';
export const FILM = `${BASE}film/de-rouille-et-d-os-2012`;
export const PERSON = `${BASE}person/marion-cotillard`;
export const ORGANIZATION = `${BASE}organization/the-guardian`;

/** RDF/JS-like terms, as N3 and jsonld.toRDF give them. */
interface TermLike {
  termType: string;
  value: string;
  language?: string;
  datatype?: { value: string };
}
interface QuadLike {
  subject: TermLike;
  predicate: TermLike;
  object: TermLike;
}

const termKey = (t: TermLike) =>
  t.termType === 'Literal' ? `"${t.value}"@${t.language ?? ''}^^${t.datatype?.value ?? ''}` : `<${t.value}>`;

export const tripleKey = (q: QuadLike) => `${termKey(q.subject)} <${q.predicate.value}> ${termKey(q.object)}`;

export function tripleSet(quads: Iterable<QuadLike>): Set<string> {
  return new Set([...quads].map(tripleKey));
}

const toRDF = jsonld.toRDF as unknown as (input: object, options: object) => Promise<QuadLike[]>;
const expand = jsonld.expand as unknown as (input: object, options: object) => Promise<object[]>;

/** The triples a JSON-LD document states, read with the offline loader in safe mode. */
export async function jsonLdTriples(document: object): Promise<Set<string>> {
  return tripleSet(await toRDF(document, { documentLoader, safe: true }));
}

export function expandOffline(document: object): Promise<object[]> {
  return expand(document, { documentLoader, safe: true });
}

export async function realDataset() {
  const { loaded } = await openDataset({ baseIri: BASE });
  return loaded.store;
}

/** The store's merge: the default graph's triples. */
export function mergeTriples(store: Awaited<ReturnType<typeof realDataset>>): Set<string> {
  return tripleSet(store.dataset.match(null, null, null, DataFactory.defaultGraph()) as Iterable<Quad>);
}

/** Every node object of a JSON document (objects with an "@id", or in "@graph"/"@reverse"). */
export function* objectsOf(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) yield* objectsOf(v);
  else if (typeof value === 'object' && value !== null) {
    yield value as Record<string, unknown>;
    for (const [key, v] of Object.entries(value)) if (key !== '@context') yield* objectsOf(v);
  }
}
