// The source Comunica queries: every count equals the N3 Store's own, kept counts follow a change
// of the store, queries over it answer as over the store itself, and nothing is read from the
// store before Comunica asks for it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataFactory, Store } from 'n3';
import { QueryEngine } from '@comunica/query-sparql-rdfjs';
import { CountingSource } from '../../src/sparql/CountingSource.ts';
import { loadDataset } from '../../src/store/loadDataset.ts';

const { namedNode, literal, quad, defaultGraph } = DataFactory;

/** A real N3 Store that notes every read of its index that actually begins, and its pattern. */
class ReadNotingStore extends Store {
  readonly begun: string[] = [];
  override *readQuads(...pattern: Parameters<Store['readQuads']>) {
    this.begun.push(pattern.slice(0, 3).map((term) => (term ? 'x' : '?')).join(''));
    yield* super.readQuads(...pattern);
  }
}

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

  it('reads nothing from the store until an item is asked for', async () => {
    const store = new ReadNotingStore(dataset.getQuads(null, null, null, null));
    const counting = new CountingSource(store);
    // What Comunica does with the stream of a pattern a bind join then leaves unread.
    const unread = counting.match(null, null, null, defaultGraph());
    unread.on('readable', () => {});
    await new Promise((resolve) => setImmediate(resolve));
    unread.destroy();
    expect(store.begun).toEqual([]);
    const all = await counting.match(null, null, null, defaultGraph()).toArray();
    expect(store.begun).toEqual(['???']);
    expect(all.length).toBe(store.countQuads(null, null, null, defaultGraph()));
  });

  it('lets a selective join read only bound patterns, also after a heavy query', async () => {
    const films = Array.from({ length: 300 }, (_, i) => namedNode(`http://example.org/film/${i}`));
    const store = new ReadNotingStore(
      films.flatMap((film, i) => [
        quad(film, namedNode('http://schema.org/name'), literal(`Film ${(i * 7919) % 300}`)),
        quad(film, namedNode('http://schema.org/aggregateRating'), namedNode(`${film.value}/rating`)),
        quad(namedNode(`${film.value}/rating`), namedNode('http://schema.org/ratingValue'), literal(String(i % 10))),
      ]),
    );
    const counting = new CountingSource(store);
    counting.warm(defaultGraph());
    const engine = new QueryEngine();
    const selective = `CONSTRUCT { ?r ?rp ?ro } WHERE { <${films[42].value}> <http://schema.org/aggregateRating> ?r . ?r ?rp ?ro }`;
    const heavy = 'SELECT ?film ?name WHERE { ?film <http://schema.org/name> ?name ; <http://schema.org/aggregateRating> ?r } ORDER BY ?name LIMIT 3';
    const run = async () => {
      store.begun.length = 0;
      const quads = await (await engine.queryQuads(selective, { sources: [counting as never] })).toArray();
      await new Promise((resolve) => setImmediate(resolve));
      return quads.length;
    };
    expect(await run()).toBe(1);
    expect(store.begun.filter((pattern) => pattern[0] === '?' && pattern[2] === '?')).toEqual([]);
    expect(await (await engine.queryBindings(heavy, { sources: [counting as never] })).toArray()).toHaveLength(3);
    for (let i = 0; i < 5; i++) {
      expect(await run()).toBe(1);
      expect(store.begun.filter((pattern) => pattern[0] === '?' && pattern[2] === '?')).toEqual([]);
    }
  });
});
