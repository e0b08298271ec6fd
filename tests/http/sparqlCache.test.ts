// Query answers kept until the data changes: a repeated query (same text, dataset and Accept) is
// answered without running it again, while a query with a value that changes each run (NOW()...)
// always runs. Proven by stopping the query workers: only kept answers can still come back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/testServer.ts';
import type { RunningServer } from '../../src/http/server.ts';
import { rawRequest } from '../helpers/rawRequest.ts';

let running: RunningServer;
beforeAll(async () => {
  running = await startTestServer();
});
afterAll(() => running.close());

const ask = (query: string, accept = 'application/sparql-results+json') =>
  fetch(`${running.url}sparql?query=${encodeURIComponent(query)}`, { headers: { Accept: accept } });

describe('kept query answers', () => {
  // A kept answer is sent before the routes (sparql.ts keptAnswer): it must be the answer the
  // routes gave the first time, whatever the method and encoding.
  it('answers a repeated query, by GET, HEAD and POST, with the same status, headers and bytes as the first time', async () => {
    const path = new URL(running.url).pathname;
    const text = 'SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 40'; // over 1 KB: kept compressed too
    const comparable = ({ date: _date, 'x-request-id': _id, ...headers }: Record<string, unknown>) => headers;
    const cases = [
      ['GET', 'identity', 'application/sparql-results+json'],
      ['GET', 'br', 'text/csv'],
      ['HEAD', 'gzip', 'application/sparql-results+xml'],
      ['POST', 'identity', 'application/sparql-results+json'],
      ['POST', 'gzip', 'text/tab-separated-values'],
    ] as const;
    for (const [method, encoding, accept] of cases) {
      const headers: Record<string, string> = { Accept: accept, 'Accept-Encoding': encoding };
      const ask = () =>
        method === 'POST'
          ? rawRequest(running.url, `${path}sparql`, { method, headers: { ...headers, 'Content-Type': 'application/sparql-query' }, body: text })
          : rawRequest(running.url, `${path}sparql?query=${encodeURIComponent(text)}`, { method, headers });
      const first = await ask();
      const again = await ask();
      expect(first.status, `${method} ${encoding} ${accept}`).toBe(200);
      expect(comparable(again.headers)).toEqual(comparable(first.headers));
      expect(again.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(again.body.equals(first.body)).toBe(true);
      if (method !== 'HEAD') expect(first.body.length).toBeGreaterThan(0);
      expect(first.headers['content-encoding']).toBe(encoding === 'identity' ? undefined : encoding);
    }
  });

  it('still refuses what the routes refuse when the text is kept: a repeated parameter, an update, a body not in UTF-8', async () => {
    const path = new URL(running.url).pathname;
    const text = 'ASK { ?s ?p ?o }';
    expect((await rawRequest(running.url, `${path}sparql?query=${encodeURIComponent(text)}`)).status).toBe(200);
    const twice = await rawRequest(running.url, `${path}sparql?query=${encodeURIComponent(text)}&query=${encodeURIComponent(text)}`);
    expect(twice.status).toBe(400);
    const withUpdate = await rawRequest(running.url, `${path}sparql?query=${encodeURIComponent(text)}&update=${encodeURIComponent('CLEAR ALL')}`);
    expect(withUpdate.status).toBe(400);
    expect(withUpdate.body.toString()).toMatch(/read-only/);
    const posted = (body: Buffer, type = 'application/sparql-query') => rawRequest(running.url, `${path}sparql`, { method: 'POST', headers: { 'Content-Type': type }, body });
    expect((await posted(Buffer.from(text))).status).toBe(200);
    expect((await posted(Buffer.from(text))).status).toBe(200);
    const latin1 = await posted(Buffer.from(text), 'application/sparql-query; charset=iso-8859-1');
    expect(latin1.status).toBe(415);
    const notUtf8 = await posted(Buffer.concat([Buffer.from('ASK { ?s ?p "'), Buffer.from([0xff]), Buffer.from('" }')]));
    expect(notUtf8.status).toBe(400);
    expect(notUtf8.body.toString()).toBe('the request body is not valid UTF-8\n');
    // A query read ahead but not kept is answered by the routes from the bytes read.
    const fresh = await posted(Buffer.from('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'));
    expect(fresh.status).toBe(200);
    expect(Number(JSON.parse(fresh.body.toString()).results.bindings[0].n.value)).toBeGreaterThan(0);
  });

  // Last: it stops the query workers.
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
