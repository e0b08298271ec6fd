// SPARQL over the embedded store with Comunica. One engine is reused (it caches and warms up).
// @comunica/query-sparql-rdfjs has no HTTP actors, so no query can make it fetch anything.
// The store's default graph is already the merge of all named graphs (see MergedStore), so the
// engine's own default-graph semantics are the standard ones; no unionDefaultGraph.
import { QueryEngine } from '@comunica/query-sparql-rdfjs';
import type { QueryStringContext } from '@comunica/types';
import type { Quad, Term } from '@rdfjs/types';
import type { MergedStore } from '../store/MergedStore.ts';

export type Row = Record<string, Term>;

export class SparqlEngine {
  private readonly engine = new QueryEngine();

  constructor(
    private readonly store: MergedStore,
    /** Relative IRIs in queries resolve against this base, as they do in the data files. */
    private readonly baseIri: string,
  ) {}

  private get context(): QueryStringContext {
    return { sources: [this.store.dataset], baseIRI: this.baseIri };
  }

  async select(query: string): Promise<Row[]> {
    const bindings = await (await this.engine.queryBindings(query, this.context)).toArray();
    return bindings.map((binding) => {
      const row: Row = {};
      for (const [variable, term] of binding) row[variable.value] = term;
      return row;
    });
  }

  ask(query: string): Promise<boolean> {
    return this.engine.queryBoolean(query, this.context);
  }

  async construct(query: string): Promise<Quad[]> {
    return (await this.engine.queryQuads(query, this.context)).toArray();
  }
}
