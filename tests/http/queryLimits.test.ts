// Limits that really hold: a query past its time limit is stopped (its worker terminated, the
// CPU freed) and answered 503; so is one past the memory of a worker; past the number of queries
// in progress, new ones get 503 at once; pages keep being answered while a heavy query runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/server.ts';
import { startTestServer } from '../helpers/testServer.ts';

// About 832³ combinations: far more work than the one-second limit allows.
const HEAVY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
const LIGHT = 'ASK { ?s a <http://schema.org/Movie> }';
let running: RunningServer;
let endpoint: string;
beforeAll(async () => {
  running = await startTestServer({ queryLimits: { timeoutMs: 1000, maxConcurrent: 2, workers: 1 } });
  endpoint = `${running.url}sparql`;
  await fetch(`${endpoint}?query=${encodeURIComponent(LIGHT)}`); // the worker has loaded its data
});
afterAll(() => running.close());

const query = (q: string) => fetch(`${endpoint}?query=${encodeURIComponent(q)}`, { headers: { Accept: 'application/sparql-results+json' } });

describe('query limits', () => {
  it('stops a query at the time limit with 503 and Retry-After, and the work really stops', async () => {
    const response = await query(HEAVY);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('10');
    expect(await response.text()).toMatch(/ran longer than 1000 ms \(FILMGRAPH_QUERY_TIMEOUT_MS\) and was stopped/);
    // The next query is answered by the replacement worker (once it has loaded its data).
    expect(await (await query(LIGHT)).json()).toEqual({ head: {}, boolean: true });
    // A runaway query would keep a core busy; after the stop, the process is nearly idle.
    const before = process.cpuUsage();
    await new Promise((r) => setTimeout(r, 1000));
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1000).toBeLessThan(500);
  });

  it('keeps answering pages while a heavy query runs', async () => {
    const order: string[] = [];
    const heavy = query(HEAVY).then((r) => order.push(`query ${r.status}`));
    await new Promise((r) => setTimeout(r, 100));
    const page = await fetch(`${running.url}film/de-rouille-et-d-os-2012`, { headers: { Accept: 'text/turtle' } });
    order.push(`page ${page.status}`);
    await heavy;
    expect(order).toEqual(['page 200', 'query 503']);
  });

  it('refuses a query past FILMGRAPH_MAX_CONCURRENT_QUERIES at once with 503 and Retry-After', async () => {
    const first = query(HEAVY);
    const second = query(HEAVY);
    await new Promise((r) => setTimeout(r, 100));
    const third = await query(`${LIGHT} # a text not answered before, so not kept`);
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('2');
    expect(await third.text()).toMatch(/too many queries in progress \(2, FILMGRAPH_MAX_CONCURRENT_QUERIES\)/);
    expect((await first).status).toBe(503);
    expect((await second).status).toBe(503);
  });

});

describe('with the time limit far away', () => {
  let small: RunningServer;
  beforeAll(async () => {
    // A time limit far away: only the memory limit can stop the heavy query.
    small = await startTestServer({ queryLimits: { timeoutMs: 60_000, maxConcurrent: 2, workers: 1, memoryMb: 64 } });
  });
  afterAll(() => small.close());
  const ask = (q: string) => fetch(`${small.url}sparql?query=${encodeURIComponent(q)}`, { headers: { Accept: 'application/sparql-results+json' } });

  // A query that outgrows its worker: tests/http/queryFaults.test.ts.
  it('drops a waiting query whose client went away, so it holds no place', async () => {
    let firstSettled = false;
    const first = ask(HEAVY).finally(() => (firstSettled = true)); // runs until it outgrows the worker
    const leaving = new AbortController();
    const abandoned = fetch(`${small.url}sparql?query=${encodeURIComponent(HEAVY)}`, { signal: leaving.signal }).catch((e: Error) => e.name);
    while (small.holder.queries!.inProgress < 2) await new Promise((r) => setTimeout(r, 20));
    leaving.abort();
    expect(await abandoned).toBe('AbortError');
    while (small.holder.queries!.inProgress > 1 && !firstSettled) await new Promise((r) => setTimeout(r, 20));
    // Its place was freed at once, not when the query before it stopped.
    expect(firstSettled).toBe(false);
    expect(small.holder.queries!.inProgress).toBe(1);
    expect((await first).status).toBe(503);
  });
});
