// Quad Pattern Fragments at /fragments: counts, paging and the hydra controls, and the test that
// matters — the Comunica command-line client pointed at /fragments answers the named queries
// exactly as /sparql does (GRAPH queries included).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/server.ts';
import { startTestServer, embeddedCatalogue } from '../helpers/testServer.ts';
import { parseBody } from '../helpers/rdfCompare.ts';

const run = promisify(execFile);
const COMUNICA = new URL('../../node_modules/.bin/comunica-sparql', import.meta.url).pathname;
const HYDRA = 'http://www.w3.org/ns/hydra/core#';
let running: RunningServer;
beforeAll(async () => {
  running = await startTestServer();
});
afterAll(() => running.close());

async function fragment(query: string) {
  const response = await fetch(`${running.url}fragments${query}`, { headers: { Accept: 'application/trig' } });
  expect(response.status).toBe(200);
  const quads = await parseBody(await response.text(), 'trig', running.baseIri);
  const url = `${running.baseIri}fragments${query}`;
  const meta = (p: string) => quads.find((q) => q.subject.value === url && q.predicate.value === p)?.object.value;
  const metadataGraph = `${url}#metadata`;
  return { quads, data: quads.filter((q) => q.graph.value !== metadataGraph), meta };
}

describe('/fragments', () => {
  it('answers a pattern with its matches, an exact count and the search form', async () => {
    const { data, meta, quads } = await fragment(`?predicate=${encodeURIComponent('http://schema.org/director')}`);
    const store = embeddedCatalogue(running).loaded.store.dataset;
    const expected = store.countQuads(null, { termType: 'NamedNode', value: 'http://schema.org/director' } as never, null, null);
    expect(data).toHaveLength(expected);
    expect(Number(meta(`${HYDRA}totalItems`))).toBe(expected);
    expect(quads.filter((q) => q.predicate.value === `${HYDRA}variable`).map((q) => q.object.value).sort()).toEqual(['graph', 'object', 'predicate', 'subject']);
  });

  it('pages with hydra:next, 100 quads a page, and distinguishes the default graph from the sources', async () => {
    const first = await fragment('');
    expect(first.data).toHaveLength(100);
    expect(first.meta(`${HYDRA}next`)).toBe(`${running.baseIri}fragments?after=99`);
    expect(first.meta(`${HYDRA}previous`)).toBeUndefined();
    const merged = await fragment(`?graph=${encodeURIComponent('urn:ldf:defaultGraph')}&predicate=${encodeURIComponent('http://schema.org/director')}`);
    expect(merged.data).toHaveLength(1);
    expect(merged.data[0].graph.termType).toBe('DefaultGraph');
  });

  it('walks a fragment by its next links to every match, each page linked back by previous, and takes old page numbers', async () => {
    const pattern = `?predicate=${encodeURIComponent('http://schema.org/name')}`;
    const store = embeddedCatalogue(running).loaded.store.dataset;
    const expected = store.countQuads(null, { termType: 'NamedNode', value: 'http://schema.org/name' } as never, null, null);
    expect(expected).toBeGreaterThan(100);
    const pages = [await fragment(pattern)];
    for (let next = pages[0].meta(`${HYDRA}next`); next; next = pages[pages.length - 1].meta(`${HYDRA}next`)) pages.push(await fragment(next.slice(`${running.baseIri}fragments`.length)));
    expect(pages.map((page) => page.data.length)).toEqual([...Array(pages.length - 1).fill(100), expected - 100 * (pages.length - 1)]);
    const lines = pages.flatMap((page) => page.data.map((q) => `${q.subject.value} ${q.object.value} ${q.graph.value}`));
    expect(new Set(lines).size).toBe(expected);
    for (const [i, page] of pages.entries()) {
      expect(page.meta(`${HYDRA}first`)).toBe(`${running.baseIri}fragments${pattern}`);
      expect(Number(page.meta(`${HYDRA}totalItems`))).toBe(expected);
      if (i === 0) continue;
      const previous = await fragment(page.meta(`${HYDRA}previous`)!.slice(`${running.baseIri}fragments`.length));
      expect(previous.data).toEqual(pages[i - 1].data);
    }
    expect((await fragment(`${pattern}&page=2`)).data).toEqual(pages[1].data);
  });

  it('refuses a literal subject and a bad page with 400', async () => {
    expect((await fetch(`${running.url}fragments?subject=${encodeURIComponent('"x"')}`)).status).toBe(400);
    expect((await fetch(`${running.url}fragments?page=0`)).status).toBe(400);
    for (const query of ['after=x', 'after=-1', 'before=99999999', 'page=2&after=99']) {
      const response = await fetch(`${running.url}fragments?${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.text(), query).toMatch(/cursor is not one this server gave|give one of "page", "after" and "before"/);
    }
  });

  it('lets the Comunica command-line client answer the named queries as /sparql does', async () => {
    const named = embeddedCatalogue(running).namedQueries.filter((q) => /^\s*SELECT/im.test(q.text.replace(/^#.*$/gm, '').replace(/^PREFIX.*$/gim, '')));
    expect(named.length).toBeGreaterThanOrEqual(6);
    const answer = async (source: string, text: string) => {
      const { stdout } = await run(COMUNICA, [source, text], { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 24 });
      return (JSON.parse(stdout) as Record<string, string>[]).map((row) => JSON.stringify(Object.entries(row).sort())).sort();
    };
    for (const q of named) {
      const [viaFragments, viaSparql] = await Promise.all([answer(`${running.url}fragments`, q.text), answer(`sparql@${running.url}sparql`, q.text)]);
      expect({ query: q.name, rows: viaFragments }).toEqual({ query: q.name, rows: viaSparql });
      expect(viaSparql.length).toBeGreaterThan(0);
    }
  }, 240_000); // two Comunica processes per named query
});
