// The named graphs of the store are indexed only when first read; until then every answer about
// them must be the one a store holding them all along gives (a plain N3 Store is the reference).
import { describe, expect, it } from 'vitest';
import { DataFactory, Store } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { MergedStore } from '../../src/store/MergedStore.ts';

const { namedNode, literal, quad, defaultGraph } = DataFactory;
const ex = (s: string) => namedNode(`http://example.org/${s}`);
const [g1, g2, g3] = [ex('graph/one'), ex('graph/two'), ex('graph/three')];
const name = namedNode('http://schema.org/name');
const type = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');

// Triples in one graph, in several, and stated twice by the same graph.
const statements: [Term, Term, Term, typeof g1][] = [
  [ex('film/a'), name, literal('A', 'en'), g1],
  [ex('film/a'), type, ex('Movie'), g1],
  [ex('film/a'), type, ex('Movie'), g2],
  [ex('film/a'), type, ex('Movie'), g2],
  [ex('film/b'), name, literal('B'), g2],
  [ex('film/b'), name, literal('B'), g3],
  [ex('film/a'), type, ex('Movie'), g3],
  [ex('film/b'), name, literal('B'), g3],
  [g3, name, literal('three'), g3],
];

function stores(): { merged: MergedStore; reference: Store } {
  const merged = new MergedStore();
  const reference = new Store();
  for (const [s, p, o, g] of statements) {
    merged.add(quad(s as never, p as never, o as never), g);
    reference.addQuad(s as never, p as never, o as never, g);
    reference.addQuad(s as never, p as never, o as never, defaultGraph());
  }
  return { merged, reference };
}
const keys = (quads: Iterable<Quad>) => [...quads].map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value} ${q.graph.value}`).sort();

describe('DeferredGraphsStore (through MergedStore)', () => {
  it('answers what start-up asks of the named graphs without indexing them', () => {
    const { merged, reference } = stores();
    expect(merged.dataset.size).toBe(reference.size);
    expect(merged.graphs().map((g) => g.value)).toEqual([g1, g2, g3].map((g) => g.value));
    for (const g of [g1, g2, g3]) expect(merged.countInGraph(g)).toBe(reference.countQuads(null, null, null, g));
    expect(merged.countInGraph(ex('graph/none'))).toBe(0);
    expect(merged.graphsStating(ex('film/a'), type).map((g) => g.value)).toEqual([g1, g2, g3].map((g) => g.value));
    expect(merged.graphsStating(ex('film/b')).map((g) => g.value)).toEqual([g2, g3].map((g) => g.value));
    expect(merged.graphsStating(ex('film/a'), name).map((g) => g.value)).toEqual([g1.value]);
    expect(keys(merged.statementsAbout(g3, g3))).toEqual(keys(reference.getQuads(g3, null, null, g3)));
    expect(merged.statementsAbout(ex('film/a'), g2).map((q) => q.object.value)).toEqual([ex('Movie').value]);
    // Reading the merge does not index them either.
    expect(keys(merged.dataset.readQuads(null, null, null, defaultGraph()))).toEqual(keys(reference.readQuads(null, null, null, defaultGraph())));
    expect(merged.dataset.has(quad(ex('film/a'), type, ex('Movie')))).toBe(true);
    expect(merged.dataset.deferred).toBe(true);
  });

  it('indexes them on the first read of a named graph, with the same answers after', () => {
    const { merged, reference } = stores();
    const view = merged.dataset.match(null, null, null, defaultGraph());
    expect(keys(merged.dataset.readQuads(null, null, null, g2))).toEqual(keys(reference.readQuads(null, null, null, g2)));
    expect(merged.dataset.deferred).toBe(false);
    expect(keys(merged.dataset)).toEqual(keys(reference));
    expect(merged.dataset.size).toBe(reference.size);
    expect(keys(view as Iterable<Quad>)).toEqual(keys(reference.readQuads(null, null, null, defaultGraph())));
    for (const g of [g1, g2, g3]) expect(merged.countInGraph(g)).toBe(reference.countQuads(null, null, null, g));
    expect(merged.graphsStating(ex('film/a'), type).map((g) => g.value)).toEqual([g1, g2, g3].map((g) => g.value));
    expect(keys(merged.statementsAbout(g3, g3))).toEqual(keys(reference.getQuads(g3, null, null, g3)));
  });

  it.each([
    ['a graph read by pattern', (m: MergedStore) => m.dataset.getQuads(null, null, null, g1)],
    ['any graph', (m: MergedStore) => m.dataset.countQuads(ex('film/a'), null, null, null)],
    ['a quad of a named graph', (m: MergedStore) => m.dataset.has(quad(ex('film/a'), name, literal('A', 'en'), g1))],
    ['the graphs of a triple', (m: MergedStore) => m.dataset.getGraphs(ex('film/b'), null, null)],
    ['a removal', (m: MergedStore) => m.removeGraph(g3)],
  ])('indexes them for %s', (_what, read) => {
    const { merged } = stores();
    read(merged);
    expect(merged.dataset.deferred).toBe(false);
  });

  it('adds to both after they are indexed', () => {
    const { merged } = stores();
    merged.dataset.getQuads(null, null, null, g1);
    expect(merged.add(quad(ex('film/c'), name, literal('C')), g1)).toBe(true);
    expect(merged.add(quad(ex('film/c'), name, literal('C')), g1)).toBe(false);
    expect(merged.countInGraph(g1)).toBe(3);
    expect(merged.triples(ex('film/c'))).toHaveLength(1);
  });
});
