// Whole-dataset dumps from the server and the command line: every format parses back to the
// store's graph (N-Quads and TriG keeping each source's named graph).
import { gunzipSync } from 'node:zlib';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Quad } from '@rdfjs/types';
import type { RunningServer } from '../../src/http/server.ts';
import { RDF_FORMATS } from '../../src/representations/formats.ts';
import { startTestServer, embeddedCatalogue } from '../helpers/testServer.ts';
import { isomorphicTo, parseBody } from '../helpers/rdfCompare.ts';
import { runCli } from '../helpers/runCli.ts';

let running: RunningServer;
let triples: Quad[];
let quads: Quad[];
beforeAll(async () => {
  running = await startTestServer();
  const store = embeddedCatalogue(running).loaded.store;
  triples = store.triples() as Quad[];
  // The default graph (the merge) and the named graphs: the dataset as the store holds it.
  quads = store.dataset.getQuads(null, null, null, null) as Quad[];
});
afterAll(() => running.close());

describe('GET /dump.EXT', () => {
  it.each(RDF_FORMATS.map((f) => [f.ext, f.keepsGraphs] as const))('dump.%s parses back to the whole dataset', async (ext, keepsGraphs) => {
    const response = await fetch(`${running.url}dump.${ext}`);
    expect(response.status).toBe(200);
    const parsed = await parseBody(await response.text(), ext, running.baseIri);
    // The vocabulary's owl:oneOf lists have blank nodes: compare as graphs, not as strings.
    expect(parsed.length).toBeGreaterThan(0);
    expect(isomorphicTo(parsed, keepsGraphs ? quads : triples, !keepsGraphs)).toBe(true);
  });

  it('is gzip-compressed on request and has an ETag from the data that gives 304', async () => {
    const { request } = await import('node:http');
    const get = (headers: Record<string, string>) =>
      new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        request({ host: '127.0.0.1', port: new URL(running.url).port, path: '/dump.ttl', headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c) => chunks.push(c)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject).end();
      });
    const zipped = await get({ 'Accept-Encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).toString()).toMatch(/^@prefix schema: <http:\/\/schema\.org\/>/);
    expect(zipped.headers.etag).toBe(`W/"${embeddedCatalogue(running).fingerprint.slice(0, 32)}-ttl"`);
    expect((await get({ 'If-None-Match': zipped.headers.etag as string })).status).toBe(304);
  });

  it('is deterministic and pretty: prefixes, one block per subject', async () => {
    const [a, b] = await Promise.all([fetch(`${running.url}dump.ttl`).then((r) => r.text()), fetch(`${running.url}dump.ttl`).then((r) => r.text())]);
    expect(a).toBe(b);
    expect(a).toMatch(/^@prefix /);
    const blockStarts = a.split('\n').filter((line) => line.startsWith('<'));
    expect(new Set(blockStarts).size).toBe(blockStarts.length);
  });

  it('404s an unknown dump format with the list of formats', async () => {
    const response = await fetch(`${running.url}dump.docx`);
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/dump\.ttl, dump\.jsonld/);
  });
});

describe('the dump as a query source', () => {
  it('is read by the Comunica command-line client', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const bin = new URL('../../node_modules/.bin/comunica-sparql', import.meta.url).pathname;
    // Asynchronous: the server in this process must answer while the client runs.
    const { stdout } = await promisify(execFile)(bin, [`${running.url}dump.ttl`, 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'], { encoding: 'utf8', timeout: 60_000 });
    const [row] = JSON.parse(stdout) as { n: string }[];
    expect(Number(row.n.replace(/^"(\d+)".*$/, '$1'))).toBe(triples.length);
  });
});

describe('filmgraph dump', () => {
  it('writes the same Turtle as the server to standard output', async () => {
    const run = runCli(['dump', '--format', 'turtle', '--base', running.baseIri]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(await (await fetch(`${running.url}dump.ttl`)).text());
  });

  it('writes N-Quads to a file through a temporary file, leaving nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'filmgraph-dump-'));
    try {
      const out = join(dir, 'all.nq');
      const run = runCli(['dump', '--format', 'nquads', '--out', out, '--base', running.baseIri]);
      expect(run.status).toBe(0);
      expect(readdirSync(dir)).toEqual(['all.nq']);
      expect(isomorphicTo(await parseBody(readFileSync(out, 'utf8'), 'nq', running.baseIri), quads, false)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an unknown format, listing the choices', () => {
    const run = runCli(['dump', '--format', 'docx']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/Allowed choices are ttl, turtle, jsonld/);
  });
});
