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
    expect(first.meta(`${HYDRA}next`)).toBe(`${running.baseIri}fragments?page=2`);
    const merged = await fragment(`?graph=${encodeURIComponent('urn:ldf:defaultGraph')}&predicate=${encodeURIComponent('http://schema.org/director')}`);
    expect(merged.data).toHaveLength(1);
    expect(merged.data[0].graph.termType).toBe('DefaultGraph');
  });

  it('refuses a literal subject and a bad page with 400', async () => {
    expect((await fetch(`${running.url}fragments?subject=${encodeURIComponent('"x"')}`)).status).toBe(400);
    expect((await fetch(`${running.url}fragments?page=0`)).status).toBe(400);
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
