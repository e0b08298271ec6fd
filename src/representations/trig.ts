// Writes quads as TriG (or Turtle) with IRIs under the base written relative, so a data file
// carries no deployment's host name. N3.js's own `baseIRI` option only relativises path segments
// of three or more characters; filmgraph's paths are known to be safe (slugs: no dots, colons or
// empty segments), so a plain prefix strip is exact.
import { Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { PREFIXES } from '../vocab/namespaces.ts';

export interface WriteOptions {
  /** IRIs starting with this base are written relative to it. */
  baseIri?: string;
  format?: 'application/trig' | 'text/turtle';
  prefixes?: Record<string, string>;
}

const SAFE_RELATIVE = /^[a-z0-9][a-z0-9/_-]*$/i;

/**
 * Writes graph by graph and, within a graph, subject by subject, each in order of first
 * appearance (so the output is deterministic for a given input order, and each subject is one
 * block); declares only the prefixes the quads use.
 */
export function writeTrig(quads: Iterable<Quad>, options: WriteOptions = {}): Promise<string> {
  const grouped = groupBySubject(quads);
  const writer = new Writer({ format: options.format ?? 'application/trig', prefixes: usedPrefixes(grouped, options.prefixes ?? PREFIXES) });
  const base = options.baseIri;
  if (base) {
    // The hook N3.Writer calls for every IRI it writes (see N3Writer#_encodeIriOrBlank).
    (writer as unknown as { _baseIri: { toRelative(iri: string): string } })._baseIri = {
      toRelative(iri: string) {
        if (!iri.startsWith(base)) return iri;
        const rest = iri.slice(base.length);
        return SAFE_RELATIVE.test(rest) ? rest : iri;
      },
    };
  }
  for (const quad of grouped) writer.addQuad(quad);
  return new Promise((resolve, reject) => writer.end((error, result) => (error ? reject(error) : resolve(result))));
}

function groupBySubject(quads: Iterable<Quad>): Quad[] {
  const groups = new Map<string, Quad[]>();
  for (const quad of quads) {
    const key = `${quad.graph.termType}:${quad.graph.value} ${quad.subject.termType}:${quad.subject.value}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(quad);
  }
  // Within a subject, a predicate's values together (stable: first-appearance order).
  for (const [key, group] of groups) {
    const order = new Map<string, number>();
    for (const q of group) if (!order.has(q.predicate.value)) order.set(q.predicate.value, order.size);
    groups.set(key, group.map((q, i) => ({ q, i })).sort((a, b) => order.get(a.q.predicate.value)! - order.get(b.q.predicate.value)! || a.i - b.i).map(({ q }) => q));
  }
  const byGraph = new Map<string, Quad[]>();
  for (const group of groups.values()) {
    const graphKey = `${group[0].graph.termType}:${group[0].graph.value}`;
    byGraph.set(graphKey, [...(byGraph.get(graphKey) ?? []), ...group]);
  }
  return [...byGraph.values()].flat();
}

function usedPrefixes(quads: Quad[], prefixes: Record<string, string>): Record<string, string> {
  const used: Record<string, string> = {};
  const entries = Object.entries(prefixes);
  for (const quad of quads)
    for (const term of [quad.subject, quad.predicate, quad.object, quad.graph, quad.object.termType === 'Literal' ? quad.object.datatype : undefined]) {
      if (term?.termType !== 'NamedNode') continue;
      for (const [prefix, iri] of entries) if (term.value.startsWith(iri)) used[prefix] = iri;
    }
  return Object.fromEntries(entries.filter(([prefix]) => prefix in used));
}
