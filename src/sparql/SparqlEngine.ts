// SPARQL over the embedded store with Comunica. One engine is reused (it caches and warms up).
// @comunica/query-sparql-rdfjs has no HTTP actors, so no query can make it fetch anything.
// The store's default graph is already the merge of all named graphs (see MergedStore), so the
// engine's own default-graph semantics are the standard ones; no unionDefaultGraph.
import { QueryEngine } from '@comunica/query-sparql-rdfjs';
import { DataFactory } from 'n3';
import type { QueryStringContext } from '@comunica/types';
import type { Quad, Term } from '@rdfjs/types';
import type { MergedStore } from '../store/MergedStore.ts';
import { CountingSource } from './CountingSource.ts';

export type Row = Record<string, Term>;

/** A query's result, streamed: solutions with their variables, a boolean, or quads. */
export type QueryResult =
  | { type: 'bindings'; variables: string[]; rows: AsyncIterable<Row> }
  | { type: 'boolean'; value: boolean }
  | { type: 'quads'; quads: AsyncIterable<Quad> };

export class SparqlEngine {
  private readonly engine = new QueryEngine();
  private readonly source: CountingSource;

  constructor(
    store: MergedStore,
    /** Relative IRIs in queries resolve against this base, as they do in the data files. */
    private readonly baseIri: string,
  ) {
    this.source = new CountingSource(store.dataset);
  }

  private get context(): QueryStringContext {
    return { sources: [this.source as never], baseIRI: this.baseIri };
  }

  /** Counts the broad patterns of the default graph now rather than in the first query. */
  warm(): void {
    this.source.warm(DataFactory.defaultGraph());
  }

  /**
   * Runs any query form; the caller has checked it (checkQuery). Solutions and quads are read
   * here, at most `limit` of them, with the stream's own toArray (then closed), and handed over as
   * iterables. Reading Comunica's result by pulling (`for await`, `take`) started reads of
   * patterns no solution needed, such as an unbound `?r ?rp ?ro` that N3 begins by listing every
   * subject of the store; they ran on after the query and slowed every later one: Q6 at 1M
   * triples took 18-31 ms after such reads against 3-4 ms (one process, alternating the two).
   */
  async query(query: string, limit = Infinity): Promise<QueryResult> {
    const result = await this.engine.query(query, this.context);
    if (result.resultType === 'boolean') return { type: 'boolean', value: await result.execute() };
    if (result.resultType === 'quads') {
      const stream = await result.execute();
      const quads = (await stream.toArray({ limit })) as Quad[];
      stream.destroy();
      return { type: 'quads', quads: iterate(quads) };
    }
    if (result.resultType !== 'bindings') throw new Error(`unexpected result type ${result.resultType}`);
    const stream = await result.execute();
    const variables = ((await result.metadata()).variables as unknown as Term[]).map((v) => v.value);
    const bindings = await stream.toArray({ limit });
    stream.destroy();
    return { type: 'bindings', variables, rows: iterate(bindings.map((binding) => rowOf(binding as unknown as Iterable<[Term, Term]>))) };
  }

  async select(query: string): Promise<Row[]> {
    const bindings = await (await this.engine.queryBindings(query, this.context)).toArray();
    return bindings.map((binding) => rowOf(binding as unknown as Iterable<[Term, Term]>));
  }

  ask(query: string): Promise<boolean> {
    return this.engine.queryBoolean(query, this.context);
  }

  async construct(query: string): Promise<Quad[]> {
    return (await this.engine.queryQuads(query, this.context)).toArray();
  }
}

async function* iterate<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

/** A solution as a plain object, variable name to term. */
function rowOf(binding: Iterable<[Term, Term]>): Row {
  const row: Row = {};
  for (const [variable, term] of binding) row[variable.value] = term;
  return row;
}
