// A query that kills its worker (it needs more heap than FILMGRAPH_QUERY_MEMORY_MB allows, so V8
// stops the thread) gets 503 with Retry-After and a message; a fresh worker takes over, and the
// server goes on answering queries and pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/server.ts';
import { startTestServer } from '../helpers/testServer.ts';
import { smallFilmTrig, tempDataset, type TempDataset } from '../helpers/tempDataset.ts';

const ASK = 'ASK { ?s a <http://schema.org/Movie> }';
// Groups every combination of three triples: millions of groups, each held until the end.
const GREEDY = 'SELECT ?a ?b ?c ?d ?e ?f ?g ?h ?i (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?a ?b ?c ?d ?e ?f ?g ?h ?i';

let temp: TempDataset;
let running: RunningServer;
beforeAll(async () => {
  temp = tempDataset({ 'film.trig': smallFilmTrig() });
  running = await startTestServer({ locations: temp, queryLimits: { timeoutMs: 25_000, maxConcurrent: 4, workers: 1, memoryMb: 80 } });
});
afterAll(async () => {
  await running?.close();
  temp?.remove();
});

const query = (q: string) => fetch(`${running.url}sparql?query=${encodeURIComponent(q)}`, { headers: { Accept: 'application/sparql-results+json' } });

describe('a query worker that dies', () => {
  it('fails the query that killed it with 503 and a message, and the next query is answered', async () => {
    expect(await (await query(ASK)).json()).toEqual({ head: {}, boolean: true });
    const response = await query(GREEDY);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('10');
    expect(await response.text()).toBe('the query needed more memory than a query worker may use (80 MB, FILMGRAPH_QUERY_MEMORY_MB) and was stopped\n');
    expect(running.holder.queries!.inProgress).toBe(0);
    expect(await (await query(ASK)).json()).toEqual({ head: {}, boolean: true });
    expect((await fetch(`${running.url}film/x-2000`, { headers: { Accept: 'text/turtle' } })).status).toBe(200);
  });
});
