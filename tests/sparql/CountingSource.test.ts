// The source Comunica queries: every count equals the N3 Store's own, kept counts follow a change
// of the store, and queries over it answer as over the store itself.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataFactory, Store } from 'n3';
import { QueryEngine } from '@comunica/query-sparql-rdfjs';
import { CountingSource } from '../../src/sparql/CountingSource.ts';
import { loadDataset } from '../../src/store/loadDataset.ts';

const { namedNode, literal, quad, defaultGraph } = DataFactory;

describe('CountingSource', async () => {
  const { store } = await loadDataset({ baseIri: 'http://example.org/' });
  const dataset = store.dataset;
  const source = new CountingSource(dataset);
  const terms = {
    subjects: dataset.getSubjects(null, null, null).slice(0, 20),
    predicates: dataset.getPredicates(null, null, null).slice(0, 20),
    objects: dataset.getObjects(null, null, null).slice(0, 20),
    graphs: [defaultGraph(), ...dataset.getGraphs(null, null, null).slice(0, 5)],
  };
  const maybe = <T>(xs: T[]) => fc.option(fc.constantFrom(...xs), { nil: null });

  it('counts every pattern as the store does, broad or bound, kept or not', () => {
    source.warm(defaultGraph());
    fc.assert(
      fc.property(maybe(terms.subjects), maybe(terms.predicates), maybe(terms.objects), maybe(terms.graphs), (s, p, o, g) => {
        expect(source.countQuads(s, p, o, g)).toBe(dataset.countQuads(s, p, o, g));
      }),
      { seed: 11, numRuns: 400 },
    );
  });

  it('counts anew once the store has changed', () => {
    const small = new Store([quad(namedNode('http://a'), namedNode('http://p'), literal('1'))]);
    const counting = new CountingSource(small);
    expect(counting.countQuads(null, namedNode('http://p'), null, defaultGraph())).toBe(1);
    small.addQuad(quad(namedNode('http://b'), namedNode('http://p'), literal('2')));
    expect(counting.countQuads(null, namedNode('http://p'), null, defaultGraph())).toBe(2);
  });

  it('gives Comunica the same answers as the store itself', async () => {
    const engine = new QueryEngine();
    const query = 'SELECT ?film ?p ?o WHERE { ?film a <http://schema.org/Movie> ; ?p ?o . ?o ?q ?r }';
    const rows = async (src: unknown) =>
      (await (await engine.queryBindings(query, { sources: [src as never] })).toArray()).map((b) => b.toString()).sort();
    const viaSource = await rows(source);
    expect(viaSource.length).toBeGreaterThan(50);
    expect(viaSource).toEqual(await rows(dataset));
  });
});
