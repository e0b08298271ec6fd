// The embedded store: an N3 Store whose named graphs hold each source's facts and whose default
// graph holds their RDF merge. Keeping the merge materialised (rather than asking the query engine
// for a union) means a triple stated by two sources is one triple in the default graph, so SPARQL
// counts never double, and any RDF/JS consumer (Comunica, SHACL) sees the standard dataset.
// N3 stores each term once, so the merge costs index entries, not copies of strings. The named
// graphs are indexed only when first read (DeferredGraphsStore).
import * as N3 from 'n3';
import { DataFactory } from 'n3';
import type { NamedNode, Quad, Quad_Graph, Term } from '@rdfjs/types';
import { DeferredGraphsStore } from './DeferredGraphsStore.ts';

const DEFAULT_GRAPH = DataFactory.defaultGraph();

/**
 * N3 numbers terms from 1 and keys its index objects by those numbers. V8 keeps an object whose
 * integer keys are below about 1,024 as an array as long as its largest key, so once the
 * vocabulary's terms had taken the first ids, every subject's entry in every index became an
 * array of hundreds of slots: 245 MB for 57k triples (bench/RESULTS.md). Numbered from 2^20, the
 * entries are small dictionaries (39 MB). `_id` is N3's counter; @types/n3 does not declare the
 * EntityIndex class, hence the casts.
 */
export function sparseEntityIndex(): unknown {
  const EntityIndex = (N3 as unknown as { EntityIndex: new () => { _id: number } }).EntityIndex;
  const index = new EntityIndex();
  index._id = 2 ** 20;
  return index;
}

/** N3's Store gives a term its id (made if new) inside `addQuad`. */
interface StoreIds {
  _termToNewNumericId(term: Term): number;
}

export class MergedStore {
  /** The underlying N3 Store, for query engines and validators. Change it only through this class. */
  readonly dataset = new DeferredGraphsStore({ entityIndex: sparseEntityIndex() } as never);
  private readonly ids = this.dataset as unknown as StoreIds;
  private lastGraph: Quad_Graph | undefined;
  private lastGraphId = 0;

  /** Adds the triples to a named graph and to the merge. Quads keep their triple; their graph is `graph`. */
  addToGraph(graph: NamedNode, quads: Iterable<Quad>): number {
    let added = 0;
    for (const quad of quads) if (this.add(quad, graph)) added++;
    return added;
  }

  /**
   * Adds a quad to its named graph (or to `graph`) and its triple to the merge. Each term is looked
   * up once for both adds (N3's addQuad would look up every term again for the merge).
   */
  add({ subject, predicate, object, graph: own }: Quad, graph: Quad_Graph = own): boolean {
    if (graph.termType !== 'NamedNode') throw new Error(`MergedStore.add: ${graph.termType} is not a named graph`);
    const ids = this.ids;
    // A parser gives every quad of a graph block the same graph term.
    if (graph !== this.lastGraph) (this.lastGraph = graph), (this.lastGraphId = ids._termToNewNumericId(graph));
    const g = this.lastGraphId;
    const s = ids._termToNewNumericId(subject), p = ids._termToNewNumericId(predicate), o = ids._termToNewNumericId(object);
    return this.dataset.addToGraphAndMerge(s, p, o, g);
  }

  /** Removes a named graph; a triple leaves the merge only when no other graph still states it. */
  removeGraph(graph: NamedNode): number {
    const quads = this.dataset.getQuads(null, null, null, graph);
    for (const quad of quads) {
      this.dataset.removeQuad(quad);
      if (this.dataset.countQuads(quad.subject, quad.predicate, quad.object, null) === 1)
        this.dataset.removeQuad(quad.subject, quad.predicate, quad.object, DEFAULT_GRAPH);
    }
    return quads.length;
  }

  /** Triples of the default graph (the merge). */
  get tripleCount(): number {
    return this.dataset.countQuads(null, null, null, DEFAULT_GRAPH);
  }

  /** The names of all named graphs. */
  graphs(): NamedNode[] {
    return this.dataset.namedGraphs();
  }

  countInGraph(graph: Quad_Graph): number {
    return graph.termType === 'DefaultGraph' ? this.tripleCount : this.dataset.countInNamedGraph(graph);
  }

  /** Triples of the merge matching a pattern (null is a wildcard). */
  triples(subject: Term | null = null, predicate: Term | null = null, object: Term | null = null): Quad[] {
    return this.dataset.getQuads(subject, predicate, object, DEFAULT_GRAPH);
  }

  /**
   * What a named graph states about a subject, without indexing the named graphs if they are not
   * yet (a graph's description of itself, for VoID: read from the merge, kept if the graph states it).
   */
  statementsAbout(subject: Term, graph: NamedNode): Quad[] {
    if (!this.dataset.deferred) return this.dataset.getQuads(subject, null, null, graph);
    return this.triples(subject)
      .filter(({ predicate, object }) => this.graphsStating(subject, predicate, object).some((g) => g.equals(graph)))
      .map(({ predicate, object }) => DataFactory.quad(subject as Quad['subject'], predicate, object, graph));
  }

  /** Named graphs that state a triple matching the pattern. */
  graphsStating(subject: Term | null, predicate: Term | null = null, object: Term | null = null): NamedNode[] {
    return this.dataset.graphsStating(subject, predicate, object);
  }
}
