import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { MergedStore } from '../../src/store/MergedStore.ts';

const { namedNode, literal, quad } = DataFactory;
const g1 = namedNode('http://example.org/graph/one');
const g2 = namedNode('http://example.org/graph/two');
const film = namedNode('http://example.org/film/x');
const name = namedNode('http://schema.org/name');
const shared = quad(film, name, literal('X', 'en'));
const onlyTwo = quad(film, name, literal('Ix', 'fr'));

describe('MergedStore', () => {
  it('keeps a triple stated by two graphs once in the default graph', () => {
    const store = new MergedStore();
    store.addToGraph(g1, [shared]);
    store.addToGraph(g2, [shared, onlyTwo]);
    expect(store.countInGraph(g1)).toBe(1);
    expect(store.countInGraph(g2)).toBe(2);
    expect(store.tripleCount).toBe(2);
    expect(store.graphsStating(film, name, literal('X', 'en')).map((g) => g.value).sort()).toEqual([g1.value, g2.value]);
  });

  it('puts every added triple in the named graph it is given, whatever the quad says', () => {
    const store = new MergedStore();
    store.addToGraph(g1, [quad(film, name, literal('X', 'en'), g2)]);
    expect(store.countInGraph(g1)).toBe(1);
    expect(store.countInGraph(g2)).toBe(0);
  });

  it('removes a graph, keeping in the merge what another graph still states', () => {
    const store = new MergedStore();
    store.addToGraph(g1, [shared]);
    store.addToGraph(g2, [shared, onlyTwo]);
    expect(store.removeGraph(g2)).toBe(2);
    expect(store.tripleCount).toBe(1);
    expect(store.triples(film, name)).toHaveLength(1);
    expect(store.graphs().map((g) => g.value)).toEqual([g1.value]);
    store.removeGraph(g1);
    expect(store.tripleCount).toBe(0);
  });
});
