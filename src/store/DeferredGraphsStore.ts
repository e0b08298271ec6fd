// The N3 Store behind MergedStore: the default graph (the merge) is indexed as quads arrive, the
// named graphs only when something first reads one. At load, putting every triple into N3's three
// indexes twice (its graph and the merge) was most of the time and of the heap: N3 spends about
// 230 bytes and a microsecond per index entry (bench/RESULTS.md, issue 5). Start-up, SHACL
// validation, pages and the query mix read only the merge; a dump, a GRAPH query, a quad pattern
// fragment or VoID read the named graphs, and the first of them builds all of them (at 1M triples
// a few seconds, once).
//
// Until then each named graph's quads are kept as ids (16 bytes a quad), and what start-up asks of
// the named graphs is answered without building them: which graphs there are, their sizes, which
// graphs state a triple (validation reports), the dataset's size. For that, the merge's index
// keeps in each triple's entry the first graph that stated it (N3 only tests entries for presence),
// and `shared` the other graphs of the few triples stated by several.
import { DataFactory, Store } from 'n3';
import type { NamedNode, Term } from '@rdfjs/types';

/** N3's id of the default graph. */
const DEFAULT_GRAPH_ID = 1;

type Entries = Record<number, Record<number, Record<number, number | null>>>;

/** The parts of N3's Store this class works with (N3 2.x; @types/n3 does not declare them). */
interface N3Internals {
  _graphs: Record<number, { subjects: Entries } | undefined>;
  _entities: Record<number, string>;
  _observers: unknown;
  _termToNumericId(term: Term): number | undefined;
  _termToNewNumericId(term: Term): number;
  _termFromId(id: string): Term;
  _addQuad(subject: number, predicate: number, object: number, graph: number): boolean;
  _getGraphs(graph: unknown): unknown;
  _removeQuad(subject: number, predicate: number, object: number, graph: number): boolean;
}

const isDefaultGraph = (graph: unknown) => graph === '' || (graph as Term | undefined)?.termType === 'DefaultGraph';

export class DeferredGraphsStore extends Store {
  /** s, p, o, g ids of the named graphs' quads not yet indexed, four ints a quad; null once built. */
  private pending: Int32Array | null = new Int32Array(1 << 16);
  private pendingLength = 0;
  /** Quads per named graph id, while pending; the current graph's count is kept apart until it changes. */
  private pendingCounts = new Map<number, number>();
  private countingGraph = 0;
  private counted = 0;
  /** "s p o" of a triple stated by several graphs: the graph ids after the first. */
  private shared = new Map<string, number[]>();

  private get n3(): N3Internals {
    return this as unknown as N3Internals;
  }

  /** Whether the named graphs are still waiting to be indexed. */
  get deferred(): boolean {
    return this.pending !== null;
  }

  /**
   * Adds a triple (as ids) to the named graph `graph` and to the merge; true if the named graph
   * did not have it.
   */
  addToGraphAndMerge(subject: number, predicate: number, object: number, graph: number): boolean {
    const n3 = this.n3;
    if (!this.pending) {
      n3._addQuad(subject, predicate, object, DEFAULT_GRAPH_ID);
      return n3._addQuad(subject, predicate, object, graph);
    }
    if (n3._addQuad(subject, predicate, object, DEFAULT_GRAPH_ID)) n3._graphs[DEFAULT_GRAPH_ID]!.subjects[subject][predicate][object] = graph;
    else {
      // Stated before: by this graph, or by others only.
      const first = n3._graphs[DEFAULT_GRAPH_ID]!.subjects[subject][predicate][object];
      if (first === graph) return false;
      const key = `${subject} ${predicate} ${object}`;
      const others = this.shared.get(key);
      if (others?.includes(graph)) return false;
      if (others) others.push(graph);
      else this.shared.set(key, [graph]);
    }
    if (this.pendingLength + 4 > this.pending.length) {
      const grown = new Int32Array(this.pending.length * 2);
      grown.set(this.pending);
      this.pending = grown;
    }
    const at = this.pendingLength;
    this.pending[at] = subject;
    this.pending[at + 1] = predicate;
    this.pending[at + 2] = object;
    this.pending[at + 3] = graph;
    this.pendingLength += 4;
    // Quads come graph by graph: count in a field, into the map when the graph changes.
    if (graph !== this.countingGraph) {
      this.flushCount();
      this.countingGraph = graph;
    }
    this.counted++;
    return true;
  }

  private flushCount(): void {
    if (this.counted) this.pendingCounts.set(this.countingGraph, (this.pendingCounts.get(this.countingGraph) ?? 0) + this.counted);
    this.counted = 0;
  }

  /** Indexes the named graphs now (done by any read of them). */
  buildNamedGraphs(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    const n3 = this.n3;
    // The quads were in the dataset all along: views (match) must not take them for changes.
    const observers = n3._observers;
    n3._observers = null;
    // N3 counts them in its size now, instead of pendingLength (see `size` below).
    for (let i = 0; i < this.pendingLength; i += 4) n3._addQuad(pending[i], pending[i + 1], pending[i + 2], pending[i + 3]);
    n3._observers = observers;
    this.pendingLength = this.counted = 0;
    this.pendingCounts = new Map();
    this.shared = new Map();
  }

  /** The named graphs, in N3's order (by id). */
  namedGraphs(): NamedNode[] {
    if (!this.pending) return this.getGraphs(null, null, null).filter((g) => g.termType === 'NamedNode') as NamedNode[];
    this.flushCount();
    return [...this.pendingCounts.keys()].sort((a, b) => a - b).map((id) => this.termOf(id) as NamedNode);
  }

  /** Quads in a named graph. */
  countInNamedGraph(graph: Term): number {
    if (!this.pending) return this.countQuads(null, null, null, graph as never);
    this.flushCount();
    const id = this.n3._termToNumericId(graph);
    return (id && this.pendingCounts.get(id)) || 0;
  }

  /** Named graphs that state a triple matching the pattern, in N3's order. */
  graphsStating(subject: Term | null, predicate: Term | null, object: Term | null): NamedNode[] {
    if (!this.pending)
      return this.getGraphs(subject as never, predicate as never, object as never).filter((g) => g.termType === 'NamedNode') as NamedNode[];
    const n3 = this.n3;
    const entries = n3._graphs[DEFAULT_GRAPH_ID]?.subjects;
    const ids = new Set<number>();
    for (const quad of this.readQuads(subject as never, predicate as never, object as never, DataFactory.defaultGraph())) {
      const [s, p, o] = [quad.subject, quad.predicate, quad.object].map((t) => n3._termToNumericId(t as Term)!);
      const first = entries?.[s]?.[p]?.[o];
      if (typeof first === 'number') ids.add(first);
      for (const other of this.shared.get(`${s} ${p} ${o}`) ?? []) ids.add(other);
    }
    return [...ids].sort((a, b) => a - b).map((id) => this.termOf(id) as NamedNode);
  }

  private termOf(id: number): Term {
    return this.n3._termFromId(this.n3._entities[id]);
  }

  // Every way N3 reads or changes named graphs passes here first.

  /** N3's lookup of the graphs a read covers. */
  _getGraphs(graph: unknown): unknown {
    if (this.pending && !isDefaultGraph(graph)) this.buildNamedGraphs();
    return (Store.prototype as unknown as N3Internals)._getGraphs.call(this, graph);
  }

  /** N3 reads its graphs directly here for a fully given quad. */
  has(...args: Parameters<Store['has']>): boolean {
    // As N3 reads them: a quad alone, or terms.
    const [first, predicate, object, graph] = args as unknown as [{ subject?: unknown; graph?: unknown } | undefined, unknown, unknown, unknown];
    const quadGraph = first?.subject && predicate == null && object == null && graph == null ? first.graph : graph;
    if (this.pending && !isDefaultGraph(quadGraph)) this.buildNamedGraphs();
    return (Store.prototype.has as (...a: unknown[]) => boolean).apply(this, args);
  }

  forGraphs(...args: Parameters<Store['forGraphs']>): void {
    this.buildNamedGraphs();
    super.forGraphs(...args);
  }

  _removeQuad(subject: number, predicate: number, object: number, graph: number): boolean {
    this.buildNamedGraphs();
    return (Store.prototype as unknown as N3Internals)._removeQuad.call(this, subject, predicate, object, graph);
  }
}

// N3's whole-store operations read its graphs directly.
for (const method of ['contains', 'difference', 'equals', 'intersection', 'union'] as const) {
  const inherited = (Store.prototype as unknown as Record<string, (...a: unknown[]) => unknown>)[method];
  Object.defineProperty(DeferredGraphsStore.prototype, method, {
    value(this: DeferredGraphsStore, ...args: unknown[]) {
      this.buildNamedGraphs();
      return inherited.apply(this, args);
    },
    writable: true,
    configurable: true,
  });
}

// The size counts the named graphs' quads whether or not they are indexed yet (@types/n3 declares
// `size` as a property, so the accessor is defined here rather than in the class).
const inheritedSize = Object.getOwnPropertyDescriptor(Store.prototype, 'size')!.get!;
Object.defineProperty(DeferredGraphsStore.prototype, 'size', {
  get(this: DeferredGraphsStore) {
    const self = this as unknown as { pending: Int32Array | null; pendingLength: number };
    return (inheritedSize.call(this) as number) + (self.pending ? self.pendingLength / 4 : 0);
  },
  configurable: true,
});
