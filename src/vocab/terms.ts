// Terms, triples and quads as strings, for sets and maps: two are equal exactly when their keys
// are (a literal's value, language and datatype all count). One definition for every place that
// dedupes or indexes RDF.
import { DataFactory } from 'n3';
import type { Quad, Term } from '@rdfjs/types';

export function termKey(t: Term): string {
  return t.termType === 'Literal' ? `L\u0000${t.value}\u0000${t.language}\u0000${t.datatype.value}` : `${t.termType}:${t.value}`;
}

export const tripleKey = (q: Quad) => `${termKey(q.subject)}\u0001${q.predicate.value}\u0001${termKey(q.object)}`;

export const quadKey = (q: Quad) => `${tripleKey(q)}\u0001${termKey(q.graph)}`;

/** The triples of quads, each once, in first-seen order, in the default graph (graphs dropped). */
export function* distinctTriples(quads: Iterable<Quad>): Generator<Quad> {
  const seen = new Set<string>();
  for (const q of quads) {
    const key = tripleKey(q);
    if (seen.has(key)) continue;
    seen.add(key);
    yield DataFactory.quad(q.subject, q.predicate, q.object);
  }
}
