// The query pool survives its workers: a worker that dies mid-query (here: a query that needs
// more heap than FILMGRAPH_QUERY_MEMORY_MB allows, so V8 stops the thread) fails that query
// with a clear error, is replaced, and the next query is answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryMemoryError, QueryWorkerPool } from '../../src/sparql/QueryWorkerPool.ts';
import { smallFilmTrig, tempDataset, type TempDataset } from '../helpers/tempDataset.ts';

const ASK = 'ASK { ?s a <http://schema.org/Movie> }';
// Groups every combination of three triples: millions of groups, each held until the end.
const GREEDY = 'SELECT ?a ?b ?c ?d ?e ?f ?g ?h ?i (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?a ?b ?c ?d ?e ?f ?g ?h ?i';
const MEMORY_MB = 80;

let temp: TempDataset;
let pool: QueryWorkerPool;
beforeAll(() => {
  temp = tempDataset({ 'film.trig': smallFilmTrig() });
  pool = new QueryWorkerPool({ baseIri: 'http://localhost/', locations: temp, workers: 1, timeoutMs: 25_000, maxConcurrent: 4, memoryMb: MEMORY_MB });
});
afterAll(async () => {
  await pool?.close();
  temp?.remove();
});

describe('QueryWorkerPool', () => {
  it('fails the query whose worker runs out of memory, replaces the worker, and answers the next query', async () => {
    expect(await pool.run(ASK, 10)).toEqual({ type: 'boolean', value: true });
    const failure = await pool.run(GREEDY, 10).then(
      () => undefined,
      (error: Error) => error,
    );
    expect(failure).toBeInstanceOf(QueryMemoryError);
    expect(failure!.message).toBe(`the query needed more memory than a query worker may use (${MEMORY_MB} MB, FILMGRAPH_QUERY_MEMORY_MB) and was stopped`);
    expect(pool.inProgress).toBe(0);
    expect(await pool.run(ASK, 10)).toEqual({ type: 'boolean', value: true });
  });
});
