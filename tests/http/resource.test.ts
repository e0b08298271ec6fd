// Dereferencing IRIs on a real server: every format, negotiated, parsed back and compared with
// the store; 404s, 406, 400s; HTTP manners (validators, 304, CORS, compression, methods).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/server.ts';
import { RDF_FORMATS } from '../../src/representations/formats.ts';
import { withMergedDefaultGraph } from '../../src/representations/serializeRdf.ts';
import { startTestServer, embeddedCatalogue } from '../helpers/testServer.ts';
import { parseBody, quadSet, tripleSet } from '../helpers/rdfCompare.ts';
import { rawRequest } from '../helpers/rawRequest.ts';

let running: RunningServer;
let film: string;
beforeAll(async () => {
  running = await startTestServer();
  film = `${running.baseIri}film/de-rouille-et-d-os-2012`;
});
afterAll(() => running.close());

/** The server's own URL for an IRI (the base's host is localhost; the socket is 127.0.0.1). */
const at = (iri: string) => iri.replace(running.baseIri, running.url);
const get = (iri: string, headers: Record<string, string> = {}, method = 'GET') => fetch(at(iri), { headers, method, redirect: 'manual' });

/** A raw request, to see compressed bodies and exact headers (a path, or an IRI under the base). */
const raw = (path: string, headers: Record<string, string>, method = 'GET') =>
  rawRequest(running.url, path.startsWith('/') ? path : path.slice(running.baseIri.length - 1), { headers, method });

describe('dereferencing a film', () => {
  it.each(RDF_FORMATS.map((f) => [f.ext, f.mediaType, f.keepsGraphs] as const))('as %s (%s): parses back to the description', async (ext, mediaType, keepsGraphs) => {
    const response = await get(film, { Accept: mediaType });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(new RegExp(`^${mediaType.replace('+', '\\+')}`));
    expect(response.headers.get('vary')).toMatch(/Accept/);
    const parsed = await parseBody(await response.text(), ext, running.baseIri);
    const description = embeddedCatalogue(running).describe(film).quads;
    // Quad formats carry the merge in the default graph and each source's named graph.
    if (keepsGraphs) expect(quadSet(parsed)).toEqual(quadSet(withMergedDefaultGraph(description)));
    else expect(tripleSet(parsed)).toEqual(tripleSet(description));
  });

  it('gives the whole film document in one request: releases, ratings, cast, reviews, quotes, nominations', async () => {
    const parsed = await parseBody(await (await get(film, { Accept: 'text/turtle' })).text(), 'ttl', running.baseIri);
    const subjects = new Set(parsed.map((q) => q.subject.value.replace(running.baseIri, '')));
    for (const owned of ['release/fr-theatrical', 'rating/us', 'cast/marion-cotillard', 'review/the-guardian', 'quote/marion-cotillard-4', 'nomination/marion-cotillard-cesar-awards'])
      expect(subjects).toContain(`film/de-rouille-et-d-os-2012/${owned}`);
    // Labels of what it links to.
    expect(parsed.some((q) => q.subject.value.endsWith('person/thomas-bidegain') && q.predicate.value === 'http://schema.org/name')).toBe(true);
  });

  it('lets ?format= override Accept, and links every format in a Link header', async () => {
    const response = await get(`${film}?format=nt`, { Accept: 'text/html' });
    expect(response.headers.get('content-type')).toMatch(/^application\/n-triples/);
    const link = response.headers.get('link')!;
    for (const f of RDF_FORMATS) expect(link).toContain(`<${film}?format=${f.ext}>; rel="alternate"; type="${f.mediaType}"`);
  });

  it('answers browsers with the HTML page and RDF clients with RDF on the same IRI', async () => {
    const browser = await get(film, { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' });
    expect(browser.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await browser.text()).toMatch(/<script type="application\/ld\+json">/);
    const comunica = await get(film, { Accept: 'application/n-quads,application/trig;q=0.95,text/turtle;q=0.6,text/html;q=0.2' });
    expect(comunica.headers.get('content-type')).toMatch(/^application\/n-quads/);
  });
});

describe('unknown IRIs and bad requests', () => {
  it.each([
    ['text/html', /^text\/html/, /Not found/],
    ['text/turtle', /^text\/turtle/, /^$|^@prefix|^#/],
    ['application/ld+json', /^application\/ld\+json/, /^\[\]|^\{/],
  ])('404 in the negotiated format (%s)', async (accept, type, body) => {
    const response = await get(`${running.baseIri}film/no-such-film-1999`, { Accept: accept });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(type);
    expect((await response.text()).trim()).toMatch(body);
  });

  it('406 listing the supported types when nothing acceptable exists', async () => {
    const response = await get(film, { Accept: 'image/png' });
    expect(response.status).toBe(406);
    expect(await response.text()).toMatch(/supported: text\/html, text\/turtle, application\/ld\+json, application\/n-triples, application\/n-quads, application\/trig, application\/rdf\+xml/);
  });

  it.each([
    [`?format=docx`, /unknown format "docx"/],
    [`?format=ttl&format=nt`, /"format" must be given once/],
  ])('400 for %s', async (query, message) => {
    const response = await get(`${film}${query}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(message);
  });

  it.each(['/film/%2e%2e/person/marion-cotillard', '/film%2Fde-rouille-et-d-os-2012', '/film/%E0%A4%A', '/film/a%00b'])('400 for the path %s, and the server keeps serving', async (path) => {
    const response = await raw(path, {});
    expect(response.status).toBe(400);
    expect(response.body.toString()).toMatch(/path/);
    expect((await get(film)).status).toBe(200);
  });

  it('405 with Allow for methods other than GET, HEAD and OPTIONS', async () => {
    const response = await get(film, {}, 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });
});

describe('HTTP manners', () => {
  it('sends a content-hash ETag that the same data gives again, and 304 for If-None-Match', async () => {
    const first = await get(film, { Accept: 'text/turtle' });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get('last-modified')).toBeTruthy();
    expect(first.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const again = await get(film, { Accept: 'text/turtle' });
    expect(again.headers.get('etag')).toBe(etag);
    // A raw request: fetch() adds Cache-Control: no-cache to conditional requests.
    const revalidated = await raw(film, { Accept: 'text/turtle', 'If-None-Match': etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    const otherFormat = await raw(film, { Accept: 'application/n-triples', 'If-None-Match': etag });
    expect(otherFormat.status).toBe(200);
    const since = await raw(film, { Accept: 'text/turtle', 'If-Modified-Since': first.headers.get('last-modified')! });
    expect(since.status).toBe(304);
  });

  it('answers a description asked again (now kept) with the same status, headers and bytes as the first time', async () => {
    const person = `${running.baseIri}person/marion-cotillard`; // asked by no other test here
    const comparable = ({ date: _date, 'x-request-id': _id, ...headers }: Record<string, unknown>) => headers;
    for (const [accept, encoding, method] of [
      ['text/html', 'identity', 'GET'],
      ['text/html', 'br', 'GET'],
      ['text/turtle', 'gzip', 'GET'],
      ['text/turtle', 'identity', 'HEAD'],
    ]) {
      const headers = { Accept: accept, 'Accept-Encoding': encoding, 'Accept-Language': 'fr' };
      const ask = () => raw(person, headers, method);
      const first = await ask();
      const again = await ask();
      expect(first.status).toBe(200);
      expect(again.status).toBe(200);
      expect(comparable(again.headers)).toEqual(comparable(first.headers));
      expect(again.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(again.body.equals(first.body)).toBe(true);
      const revalidated = await raw(person, { ...headers, 'If-None-Match': String(first.headers.etag) }, method);
      expect(revalidated.status).toBe(304);
    }
  });

  it('answers HEAD without a body and OPTIONS with CORS preflight headers', async () => {
    const head = await get(film, { Accept: 'text/turtle' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const options = await get(film, { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' }, 'OPTIONS');
    expect(options.status).toBe(204);
    expect(options.headers.get('access-control-allow-origin')).toBe('*');
    expect(options.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
  });

  it('allows any origin to read RDF and its validators', async () => {
    const response = await get(film, { Accept: 'text/turtle', Origin: 'https://elsewhere.example' });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toMatch(/ETag/);
  });

  it.each([['gzip'], ['br']])('compresses with %s on request', async (encoding) => {
    const response = await raw(film, { Accept: 'text/turtle', 'Accept-Encoding': encoding });
    expect(response.headers['content-encoding']).toBe(encoding);
    const { gunzipSync, brotliDecompressSync } = await import('node:zlib');
    const text = (encoding === 'gzip' ? gunzipSync(response.body) : brotliDecompressSync(response.body)).toString();
    expect(text).toContain('De rouille et d’os');
  });

  it('sends security headers that keep pages working, and a request id', async () => {
    const response = await get(film);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const given = await get(film, { 'X-Request-Id': 'abc-123' });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
  });

  it('reports health', async () => {
    const response = await fetch(`${running.url}healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });
});
