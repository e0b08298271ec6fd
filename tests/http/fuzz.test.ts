// Property-based tests against a live server (fast-check, fixed seed, bounded runs): random
// paths, Accept headers, query strings and SPARQL fragments never get a 5xx other than the
// deliberate 503 of a limit, never crash the server, never hang.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RunningServer } from '../../src/http/server.ts';
import { startTestServer } from '../helpers/testServer.ts';

const SEED = 20261125;
let running: RunningServer;
let port: number;
beforeAll(async () => {
  running = await startTestServer({ queryLimits: { timeoutMs: 1000, maxConcurrent: 4, workers: 1 } });
  port = Number(new URL(running.url).port);
});
afterAll(() => running.close());

/** A raw GET (the path exactly as given), resolving with the status. */
function get(path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, timeout: 10_000 }, (res) => {
      res.resume().on('end', () => resolve(res.statusCode!));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer to ${path}`))).on('error', reject).end();
  });
}

const acceptable = (status: number) => status < 500 || status === 503;
const pathChar = fc.constantFrom(...'abcxyz019-_./%~:@!$&\'()*+,;=?#[]é '.split(''));
const segment = fc.oneof(fc.string({ unit: pathChar, maxLength: 12 }), fc.constantFrom('film', 'person', 'de-rouille-et-d-os-2012', 'sparql', 'dump.ttl', '..', '%2e%2e', '%2F', '%ZZ', '%C3%A9', 'image', 'queries', 'fragments'));

describe('fuzzing the live server', () => {
  it('answers random paths without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { maxLength: 5 }), async (segments) => {
        const path = `/${segments.join('/')}`.replace(/[ #]/g, (c) => encodeURIComponent(c));
        expect(acceptable(await get(path))).toBe(true);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('answers random Accept and Accept-Language headers without a 5xx', async () => {
    const mediaRange = fc.oneof(
      fc.constantFrom('text/html', 'text/turtle', 'application/ld+json', '*/*', 'text/*', 'application/n-quads', 'image/png', ';;', ',', 'q=0.5'),
      fc.string({ unit: fc.constantFrom(...'abc/+*;=.q0123 ,-'.split('')), maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(mediaRange, { maxLength: 6 }), fc.array(fc.constantFrom('fr', 'en', 'de-DE', '*', 'q=0.1', ';;', 'x'), { maxLength: 4 }), async (accept, languages) => {
        const status = await get('/film/de-rouille-et-d-os-2012', { Accept: accept.join(','), 'Accept-Language': languages.join(',') });
        expect(acceptable(status)).toBe(true);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('answers random query strings and SPARQL fragments without a 5xx', async () => {
    const fragment = fc.constantFrom('SELECT', '*', 'WHERE', '{', '}', '?s', '?p', '?o', '.', 'FILTER(', ')', 'GRAPH', 'OPTIONAL', 'UNION', 'LIMIT 5', 'ASK', 'CONSTRUCT', 'DESCRIBE', '<http://x/>', '"lit"@en', 'COUNT(*)', 'GROUP BY ?s', 'SERVICE', 'INSERT DATA', 'PREFIX s: <http://schema.org/>', 's:name', 'BIND(1 AS ?x)', 'VALUES ?x { 1 2 }', 'REGEX(?o, "a")');
    await fc.assert(
      fc.asyncProperty(fc.array(fragment, { maxLength: 14 }), fc.constantFrom('json', 'xml', 'csv', 'tsv', 'ttl', 'x', ''), async (parts, format) => {
        const status = await get(`/sparql?query=${encodeURIComponent(parts.join(' '))}${format ? `&format=${format}` : ''}`);
        expect(acceptable(status)).toBe(true);
      }),
      { seed: SEED, numRuns: 120 },
    );
    const params = fc.dictionary(fc.constantFrom('format', 'lang', 'q', 'page', 'people', 'subject', 'graph', 'query'), fc.string({ maxLength: 20 }), { maxKeys: 4 });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/', '/search', '/fragments', '/film/de-rouille-et-d-os-2012', '/sparql', '/queries/cast'), params, async (path, query) => {
        expect(acceptable(await get(`${path}?${new URLSearchParams(query)}`))).toBe(true);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('is still serving afterwards', async () => {
    expect(await get('/healthz')).toBe(200);
  });
});
