// Kept bodies (responses.sendKept) in every encoding a client may ask: the same bytes once
// decoded, one ETag whatever the encoding (so 304 works across them), and answers kept compressed.
// Over node:http, which does not decode for us, against the real server.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/testServer.ts';
import { rawRequest } from '../helpers/rawRequest.ts';
import type { RunningServer } from '../../src/http/server.ts';

let running: RunningServer;
beforeAll(async () => {
  running = await startTestServer();
});
afterAll(() => running.close());

const get = (path: string, headers: Record<string, string>) => rawRequest(running.url, `${new URL(running.url).pathname}${path}`, { headers });
const decode = (r: { headers: Record<string, unknown>; body: Buffer }) =>
  r.headers['content-encoding'] === 'br' ? brotliDecompressSync(r.body) : r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body;

describe.each([
  ['a film page', 'film/de-rouille-et-d-os-2012', 'text/html'],
  ['a film in Turtle', 'film/de-rouille-et-d-os-2012', 'text/turtle'],
  ['a query answer', `sparql?query=${encodeURIComponent('SELECT ?p ?o WHERE { ?s ?p ?o } LIMIT 50')}`, 'application/sparql-results+json'],
])('%s', (_name, path, accept) => {
  it('gives the same body decoded and the same ETag in every encoding, and 304 across them', async () => {
    const plain = await get(path, { Accept: accept, 'Accept-Encoding': 'identity' });
    expect(plain.status).toBe(200);
    expect(plain.body.length).toBeGreaterThan(1024);
    for (const encoding of ['br', 'gzip']) {
      const first = await get(path, { Accept: accept, 'Accept-Encoding': encoding });
      const again = await get(path, { Accept: accept, 'Accept-Encoding': encoding });
      expect(first.headers['content-encoding']).toBe(encoding);
      expect(first.headers.vary).toMatch(/Accept-Encoding/);
      expect(decode(first).equals(plain.body)).toBe(true);
      expect(again.body.equals(first.body)).toBe(true);
      expect(first.headers.etag).toBe(plain.headers.etag);
      const notModified = await get(path, { Accept: accept, 'Accept-Encoding': encoding, 'If-None-Match': String(plain.headers.etag) });
      expect(notModified.status).toBe(304);
    }
  });
});
