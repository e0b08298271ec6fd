// The RDF/JS source Comunica queries: the N3 Store, with pattern counts it can afford.
// Before it picks a join, Comunica asks the source to count every pattern of the join. The N3
// Store counts a pattern with no subject and no object (`?s ?p ?o`, `?s schema:name ?o`) by
// walking its whole index for that graph: 390 ms of a 411 ms query at 1M triples, for a count
// nobody reads twice within the query. The catalogue's store does not change once loaded, so
// those broad counts are computed once and kept; a pattern with a subject or an object bound is
// an index lookup and is passed through. A change of the store's size clears what was kept.
//
// `match` hands Comunica a lazy iterator rather than N3's match stream. Comunica wraps the stream
// of every pattern while planning, even of one a bind join then never reads (Q6's `?r ?rp ?ro`),
// and attaching its listener makes N3's stream start reading on the next tick unless it is
// destroyed first: its first step lists every subject of the index, 25 ms at 1M triples. Which
// came first changed from run to run, so Q6 took 4 ms or 20-60 ms at 1M depending on what ran
// before it. Here nothing is read until Comunica asks for an item.
import { wrap, type AsyncIterator } from 'asynciterator';
import type { Store } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { termKey } from '../vocab/terms.ts';

type Position = Term | null | undefined;

export class CountingSource {
  private readonly broadCounts = new Map<string, number>();
  private sizeCounted = -1;

  constructor(private readonly store: Store) {}

  match(subject?: Position, predicate?: Position, object?: Position, graph?: Position): AsyncIterator<Quad> {
    // 'lazy': the loaded store does not change, so no snapshot or change observer is needed.
    // (The option is newer than @types/n3.)
    const match = this.store.match as (...args: unknown[]) => Iterable<Quad>;
    const view = match.call(this.store, subject, predicate, object, graph, { matchSemantics: 'lazy' });
    return wrap<Quad>(view[Symbol.iterator]() as Iterator<Quad>);
  }

  countQuads(subject?: Position, predicate?: Position, object?: Position, graph?: Position): number {
    if (subject || object) return this.store.countQuads(subject as never, predicate as never, object as never, graph as never);
    if (this.store.size !== this.sizeCounted) this.broadCounts.clear(), (this.sizeCounted = this.store.size);
    const key = `${predicate ? termKey(predicate) : '?'} ${graph ? termKey(graph) : '?'}`;
    let count = this.broadCounts.get(key);
    if (count === undefined) this.broadCounts.set(key, (count = this.store.countQuads(null, predicate as never, null, graph as never)));
    return count;
  }

  /** Counts the broad patterns of a graph now (every predicate, and all), not in a first query. */
  warm(graph: Quad['graph']): void {
    this.countQuads(null, null, null, graph);
    for (const predicate of this.store.getPredicates(null, null, graph)) this.countQuads(null, predicate, null, graph);
  }
}
