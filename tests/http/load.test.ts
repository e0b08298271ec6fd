// The short version of the load benchmark (bench/soak.ts): the same mixed workload on 16
// connections at once, each sending a few requests, with the query limits lowered so they are
// reached. Counts, never times (a number of requests, not a duration, so a busy machine makes it
// slower, not different): every response is an answer or a deliberate limit (503 with
// Retry-After, 413), none is an error, and the server answers normally afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/server.ts';
import { startTestServer } from '../helpers/testServer.ts';
import { discoverWorkload, type RequestKind } from '../../bench/workload.ts';
import { driveLoad, type KindTally } from '../../bench/driveLoad.ts';

const REQUESTS_PER_CONNECTION = 3;
let running: RunningServer;
let kinds: RequestKind[];
let tallies: KindTally[];
beforeAll(async () => {
  running = await startTestServer({ queryLimits: { timeoutMs: 1000, maxConcurrent: 3, workers: 1 } });
  kinds = await discoverWorkload(running.url, running.baseIri);
  const origin = new URL(running.url).origin.replace('//localhost:', '//127.0.0.1:');
  tallies = await driveLoad({ origin, kinds, connections: 16, requestsPerConnection: REQUESTS_PER_CONNECTION, timeoutSeconds: 20 });
});
afterAll(() => running.close());

const tallyOf = (name: string) => tallies.find((t) => t.name === name)!;

describe('the server under a mixed load', () => {
  it('answers every request or refuses it by a deliberate limit, with no error', () => {
    const errors = tallies.filter((t) => t.errors > 0).map((t) => `${t.name}: ${t.errors} errors, e.g. ${t.errorSamples.join(' | ')}`);
    expect(errors).toEqual([]);
    for (const t of tallies) expect(t.requests, t.name).toBe(REQUESTS_PER_CONNECTION * t.connections);
  });

  it('reaches the query limits: heavy and oversized queries are refused, never answered', () => {
    expect(tallyOf('SPARQL heavy (time limit)').successes).toBe(0);
    expect(tallyOf('SPARQL heavy (time limit)').limits).toBeGreaterThan(0);
    expect(tallyOf('SPARQL over the result limit').successes).toBe(0);
    expect(tallies.reduce((sum, t) => sum + (t.statuses[503] ?? 0), 0)).toBeGreaterThan(0);
  });

  it('answers normally afterwards: a page, and a query once the refused ones have stopped', async () => {
    const page = await fetch(kinds[0].requests[0].path.replace(/^\//, running.url), { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(200);
    // Queries still running when the load stopped end at the time limit.
    while (running.holder.queries!.inProgress > 0) await new Promise((r) => setTimeout(r, 100));
    const ask = await fetch(`${running.url}sparql?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`, { headers: { Accept: 'application/sparql-results+json' } });
    expect(await ask.json()).toEqual({ head: {}, boolean: true });
  });
});
