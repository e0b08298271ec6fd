// Query answers kept until the data changes: a repeated query (same text, dataset and Accept) is
// answered without running it again, while a query with a value that changes each run (NOW()...)
// always runs. Proven by stopping the query workers: only kept answers can still come back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/testServer.ts';
import type { RunningServer } from '../../src/http/server.ts';

let running: RunningServer;
beforeAll(async () => {
  running = await startTestServer();
});
afterAll(() => running.close());

const ask = (query: string, accept = 'application/sparql-results+json') =>
  fetch(`${running.url}sparql?query=${encodeURIComponent(query)}`, { headers: { Accept: accept } });

describe('kept query answers', () => {
  it('answers a repeated query from what it kept, byte for byte, and runs every other query', async () => {
    const films = 'SELECT ?film ?title WHERE { ?film a <http://schema.org/Movie> ; <http://schema.org/name> ?title } ORDER BY ?title';
    const clock = 'SELECT (NOW() AS ?now) (COUNT(*) AS ?n) WHERE { ?s a <http://schema.org/Movie> }';
    const first = await ask(films);
    expect(first.status).toBe(200);
    const body = await first.text();
    expect(JSON.parse(body).results.bindings.length).toBeGreaterThan(0);
    const asXml = await (await ask(films, 'application/sparql-results+xml')).text();
    expect((await ask(clock)).status).toBe(200);

    await running.holder.queries!.close(); // from now on, no query can run
    const again = await ask(films);
    expect(again.status).toBe(200);
    expect(again.headers.get('content-type')).toMatch(/^application\/sparql-results\+json/);
    expect(await again.text()).toBe(body);
    expect(await (await ask(films, 'application/sparql-results+xml')).text()).toBe(asXml);
    expect((await ask(clock)).status).toBe(503); // NOW() is never kept
    expect((await ask(`${films} LIMIT 1`)).status).toBe(503); // another text runs
  });
});
