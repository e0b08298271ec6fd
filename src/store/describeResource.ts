// What a dereferenced IRI returns, so that one request gives the whole picture and every link has
// a label:
// - the resource's triples and those of the resources it owns (IRIs that extend its own with
//   "/": a film's releases, ratings, cast roles, reviews, quotes, nominations...);
// - one hop out and one hop in: the triples of what it points to (the book a film is based on,
//   with its author) and of what points to it (a person's films, nominations, quotes);
// - for an owned resource met that way (a cast role), the triple that links its owner to it;
// - the type and names of everything mentioned, and the title of every graph involved.
// Quads keep their named graph, so formats that keep graphs show where each fact comes from.
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import type { MergedStore } from './MergedStore.ts';
import { DCTERMS, RDF, RDFS, SCHEMA } from '../vocab/namespaces.ts';
import { quadKey } from '../vocab/terms.ts';

const LABELS = [`${RDF}type`, `${SCHEMA}name`, `${RDFS}label`, `${DCTERMS}title`].map((p) => DataFactory.namedNode(p));
const GRAPH_LABELS = [`${RDF}type`, `${DCTERMS}title`].map((p) => DataFactory.namedNode(p));

export interface ResourceDescription {
  iri: string;
  /** In named graphs; empty when the store knows nothing of the IRI. */
  quads: Quad[];
}

/**
 * @param subjects the IRIs of the merge's subjects, sorted (Catalogue.resources() for those under
 * the base): what the resource owns is a range of it, found by binary search rather than a scan
 * of every subject per request. Computed here when not given.
 */
export function describeResource(store: MergedStore, iri: string, subjects: readonly string[] = sortedSubjects(store)): ResourceDescription {
  const dataset = store.dataset;
  const quads: Quad[] = [];
  const seen = new Set<string>();
  const push = (q: Quad) => {
    if (q.graph.termType === 'DefaultGraph') return;
    const k = quadKey(q);
    if (!seen.has(k)) seen.add(k), quads.push(q);
  };
  const node = (value: string) => DataFactory.namedNode(value) as never;
  const tripleOf = (subject: string) => {
    for (const q of dataset.match(node(subject), null, null)) push(q);
  };

  // The resource and what it owns.
  const described = new Set<string>([iri, ...withPrefix(subjects, `${iri}/`)]);
  for (const subject of described) tripleOf(subject);
  const incoming = dataset.getQuads(null, null, node(iri), null).filter((q) => q.graph.termType !== 'DefaultGraph');
  if (quads.length === 0 && incoming.length === 0) return { iri, quads };

  // One hop out, one hop in.
  const neighbours = new Set<string>();
  for (const q of quads) if (q.object.termType === 'NamedNode' && !described.has(q.object.value)) neighbours.add(q.object.value);
  for (const q of incoming) {
    push(q);
    if (q.subject.termType === 'NamedNode' && !described.has(q.subject.value)) neighbours.add(q.subject.value);
  }
  for (const neighbour of neighbours) {
    tripleOf(neighbour);
    // An owned neighbour (a cast role pointing to a person): how its owner links to it.
    const owner = ownerOf(neighbour);
    if (owner) for (const q of dataset.match(node(owner), null, node(neighbour))) push(q);
  }

  // Labels of everything mentioned, titles of every graph.
  const mentioned = new Set<string>();
  const graphs = new Set<string>();
  for (const q of quads) {
    graphs.add(q.graph.value);
    for (const t of [q.subject, q.object]) if (t.termType === 'NamedNode' && !described.has(t.value) && !neighbours.has(t.value)) mentioned.add(t.value);
  }
  for (const m of mentioned) for (const p of LABELS) for (const q of dataset.match(node(m), p as never, null)) push(q);
  for (const g of graphs) for (const p of GRAPH_LABELS) for (const q of dataset.match(node(g), p as never, null, node(g))) push(q);
  return { iri, quads };
}

/** The IRI an owned IRI would belong to: "…/film/x/cast/y" → "…/film/x" (MODEL.md §1). */
function ownerOf(iri: string): string | undefined {
  return /^(.+\/[^/]+)\/[^/]+\/[^/]+$/.exec(iri)?.[1];
}

/** The IRIs of the merge's subjects, each once, sorted. */
export function sortedSubjects(store: MergedStore): string[] {
  const iris = new Set<string>();
  for (const s of store.dataset.getSubjects(null, null, DataFactory.defaultGraph())) if (s.termType === 'NamedNode') iris.add(s.value);
  return [...iris].sort();
}

/** The entries of a sorted list that start with the prefix: one range, found by binary search. */
export function withPrefix(sorted: readonly string[], prefix: string): string[] {
  let low = 0, high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < prefix) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let i = low; i < sorted.length && sorted[i].startsWith(prefix); i++) found.push(sorted[i]);
  return found;
}
