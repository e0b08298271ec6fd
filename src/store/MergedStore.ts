// The embedded store: an N3 Store whose named graphs hold each source's facts and whose default
// graph holds their RDF merge. Keeping the merge materialised (rather than asking the query engine
// for a union) means a triple stated by two sources is one triple in the default graph, so SPARQL
// counts never double, and any RDF/JS consumer (Comunica, SHACL) sees the standard dataset.
// N3 stores each term once, so the merge costs index entries, not copies of strings.
import * as N3 from 'n3';
import { Store, DataFactory } from 'n3';
import type { NamedNode, Quad, Quad_Graph, Term } from '@rdfjs/types';

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

export class MergedStore {
  /** The underlying N3 Store, for query engines and validators. Change it only through this class. */
  readonly dataset = new Store({ entityIndex: sparseEntityIndex() } as never);

  /** Adds the triples to a named graph and to the merge. Quads keep their triple; their graph is `graph`. */
  addToGraph(graph: NamedNode, quads: Iterable<Quad>): number {
    let added = 0;
    for (const { subject, predicate, object } of quads) {
      if (this.dataset.addQuad(subject, predicate, object, graph)) added++;
      this.dataset.addQuad(subject, predicate, object, DEFAULT_GRAPH);
    }
    return added;
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
    return this.dataset.getGraphs(null, null, null).filter((g) => g.termType === 'NamedNode') as NamedNode[];
  }

  countInGraph(graph: Quad_Graph): number {
    return this.dataset.countQuads(null, null, null, graph);
  }

  /** Triples of the merge matching a pattern (null is a wildcard). */
  triples(subject: Term | null = null, predicate: Term | null = null, object: Term | null = null): Quad[] {
    return this.dataset.getQuads(subject, predicate, object, DEFAULT_GRAPH);
  }

  /** Named graphs that state a triple matching the pattern. */
  graphsStating(subject: Term | null, predicate: Term | null = null, object: Term | null = null): NamedNode[] {
    return this.dataset
      .getGraphs(subject, predicate, object)
      .filter((g) => g.termType === 'NamedNode') as NamedNode[];
  }
}
