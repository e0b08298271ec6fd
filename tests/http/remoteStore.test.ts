// Serving from a SPARQL server (issue 7): the shipped data loaded into a real Virtuoso (one for the
// file) with the load machinery, filmgraph over it on 127.0.0.1, its answers compared with those
// of the embedded server over the same files.
//
// The data is the shipped data less its one xsd:duration (shippedDataWithoutDuration).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Socket } from 'node:net';
import type { Quad } from '@rdfjs/types';
import { startVirtuoso, shippedDataWithoutDuration, SHIPPED_PAGE, SHIPPED_CURATED, type RunningVirtuoso } from '../helpers/virtuoso.ts';
import { startTestServer, urlOf, embeddedCatalogue } from '../helpers/testServer.ts';
import { tempDataset, type TempDataset } from '../helpers/tempDataset.ts';
import { parseBody, quadSet, isomorphicTo, tripleSet } from '../helpers/rdfCompare.ts';
import { runCli } from '../helpers/runCli.ts';
import type { RunningServer } from '../../src/http/server.ts';
import { defaultLocations } from '../../src/store/dataFiles.ts';
import { openDataset } from '../../src/store/openDataset.ts';
import { loadNamedQueries } from '../../src/sparql/namedQueries.ts';
import { SparqlProtocolClient } from '../../src/store/remote/SparqlProtocolClient.ts';
import { pushGraphs } from '../../src/store/remote/pushGraphs.ts';
import { RemoteCatalogue } from '../../src/store/remote/RemoteCatalogue.ts';
import { loadRecordGraph } from '../../src/store/remote/loadRecord.ts';

const BASE = 'http://films.example/';
const BIN = fileURLToPath(new URL('../../bin/filmgraph.js', import.meta.url));
const SHIPPED = defaultLocations();
const [PAGE, CURATED] = [SHIPPED_PAGE, SHIPPED_CURATED];
const FILM = `${BASE}film/de-rouille-et-d-os-2012`;

let virtuoso: RunningVirtuoso;
let data: TempDataset;
let embedded: RunningServer;
let remote: RunningServer;
let writer: SparqlProtocolClient;
let reader: SparqlProtocolClient;

async function load(locations: TempDataset): Promise<void> {
  const { loaded } = await openDataset({ baseIri: BASE, locations });
  await pushGraphs(loaded, writer, { protocol: 'graph-store' });
}

beforeAll(async () => {
  virtuoso = await startVirtuoso();
  writer = new SparqlProtocolClient({ queryEndpoint: virtuoso.queryEndpoint, graphStoreEndpoint: virtuoso.graphStoreEndpoint, credentials: virtuoso.writer });
  reader = new SparqlProtocolClient({ queryEndpoint: virtuoso.queryEndpoint });
  data = shippedDataWithoutDuration();
  await load(data);
  embedded = await startTestServer({ baseIri: BASE, locations: data });
  remote = await startTestServer({ baseIri: BASE, locations: data, remoteStore: { queryEndpoint: virtuoso.queryEndpoint } });
}, 120_000);
afterAll(async () => {
  await embedded?.close();
  await remote?.close();
  data?.remove();
  await virtuoso?.stop();
});

/**
 * Every link of a page with its text, sorted; not those of the pictures, which draw as many of the
 * neighbours as fit, the first ones in the store's order.
 */
const linksOf = (html: string) => [...html.replace(/<svg[\s\S]*?<\/svg>/g, '').matchAll(/<a [^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/gs)].map(([, href, text]) => `${href} ${text.replace(/<[^>]*>/g, '')}`).sort();
const structuredDataOf = (html: string) => /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1];

const get = (running: RunningServer, path: string, headers: Record<string, string> = {}) => fetch(urlOf(running, path), { headers });
const remoteCatalogue = () => remote.holder.current as RemoteCatalogue;

describe('serving from a SPARQL server', { timeout: 60_000 }, () => {
  it('serves the version the load record names, with the embedded store’s fingerprint and size', () => {
    expect(remote.holder.current).toBeInstanceOf(RemoteCatalogue);
    const local = embeddedCatalogue(embedded);
    expect(remoteCatalogue().fingerprint).toBe(local.fingerprint);
    expect(remoteCatalogue().tripleCount).toBe(local.tripleCount);
    expect(remoteCatalogue().graphSizes().map((g) => [g.graph.value, g.triples])).toEqual(
      local.graphSizes().map((g) => [g.graph.value, g.triples]).sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  });

  it('describes every resource with exactly the quads the embedded store gives, in three queries', async () => {
    const local = embeddedCatalogue(embedded);
    const iris = [...local.resources(), `${BASE}nothing/here`, BASE];
    expect(iris.length).toBeGreaterThan(50);
    let queries = 0;
    const counting = new SparqlProtocolClient({ queryEndpoint: virtuoso.queryEndpoint });
    const select = counting.select.bind(counting);
    counting.select = (query: string) => (queries++, select(query));
    const catalogue = RemoteCatalogue.withRecord(
      { client: counting, queryClient: counting, baseIri: BASE, namedQueries: [], serverMaxRows: 10_000, queryTimeoutMs: 10_000, maxConcurrent: 1, counter: { inProgress: 0 } },
      await RemoteCatalogue.readRecord({ client: reader, baseIri: BASE } as never),
    );
    for (const iri of iris) {
      queries = 0;
      const [mine, theirs] = [local.describe(iri).quads, (await catalogue.describe(iri)).quads];
      expect(quadSet(theirs), iri).toEqual(quadSet(mine));
      expect(queries).toBeLessThanOrEqual(3);
    }
    // The film's description is a real one: it links to dozens of resources.
    expect(local.describe(FILM).quads.length).toBeGreaterThan(200);
  });

  it('gives the film’s and a person’s page and Turtle as the embedded server does', async () => {
    const director = embeddedCatalogue(embedded).describe(FILM).quads.find((q) => q.subject.value === FILM && q.predicate.value === 'http://schema.org/director');
    expect(director?.object.value).toMatch(/\/person\//);
    for (const path of ['film/de-rouille-et-d-os-2012', director!.object.value.slice(BASE.length)]) {
      const [here, there] = await Promise.all([get(embedded, path, { accept: 'text/turtle' }), get(remote, path, { accept: 'text/turtle' })]);
      expect(there.status).toBe(200);
      expect(there.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
      const [mine, theirs] = [await parseBody(await here.text(), 'ttl', `${BASE}${path}`), await parseBody(await there.text(), 'ttl', `${BASE}${path}`)];
      expect(isomorphicTo(theirs, mine, true), path).toBe(true);
      for (const lang of ['en', 'fr']) {
        const [page, remotePage] = await Promise.all([get(embedded, `${path}?lang=${lang}`), get(remote, `${path}?lang=${lang}`)]);
        expect(remotePage.status).toBe(200);
        expect(remotePage.headers.get('content-type')).toBe('text/html; charset=utf-8');
        // The same content; not the same bytes: a page lists things in the order the store
        // gives them (the embedded store: the order of the data files), a server in its own.
        const [mine, theirs] = [await page.text(), await remotePage.text()];
        expect(linksOf(theirs), `${path} ${lang}`).toEqual(linksOf(mine));
        expect(linksOf(mine).length).toBeGreaterThan(10);
        const [data, remoteData] = [await parseBody(structuredDataOf(mine), 'jsonld', BASE), await parseBody(structuredDataOf(theirs), 'jsonld', BASE)];
        expect(data.length).toBeGreaterThan(2);
        expect(isomorphicTo(remoteData, data, true), `${path} ${lang}: structured data`).toBe(true);
      }
    }
  });

  it('negotiates formats and answers 404 for an unknown IRI', async () => {
    for (const [accept, ext] of [
      ['application/n-triples', 'nt'],
      ['application/ld+json', 'jsonld'],
      ['application/trig', 'trig'],
      ['application/rdf+xml;q=0.9, text/html;q=0.5', 'rdf'],
    ]) {
      const [here, there] = await Promise.all([get(embedded, 'film/de-rouille-et-d-os-2012', { accept }), get(remote, 'film/de-rouille-et-d-os-2012', { accept })]);
      expect(there.status).toBe(200);
      expect(there.headers.get('content-type')).toBe(here.headers.get('content-type'));
      expect(there.headers.get('content-type')).toContain(accept.split(/[;,]/)[0]);
      expect(there.headers.get('vary')).toContain('Accept');
      const [mine, theirs] = [await parseBody(await here.text(), ext, FILM), await parseBody(await there.text(), ext, FILM)];
      expect(isomorphicTo(theirs, mine, ext !== 'trig'), accept).toBe(true);
    }
    const notFound = await get(remote, 'film/no-such-film', { accept: 'text/turtle' });
    expect(notFound.status).toBe(404);
    expect(tripleSet(await parseBody(await notFound.text(), 'ttl', BASE)).size).toBe(0);
    const notFoundPage = await get(remote, 'film/no-such-film', { accept: 'text/html' });
    expect(notFoundPage.status).toBe(404);
    expect(await notFoundPage.text()).toContain(`${BASE}film/no-such-film`);
    expect((await get(remote, 'film/de-rouille-et-d-os-2012', { accept: 'image/gif' })).status).toBe(406);
  });

  it('serves the home page, VoID, service description, sitemap, search, fragments and title cards over the server', async () => {
    // VoID and the service description: the same graph (the modification time is kept to the second).
    for (const path of ['', 'sparql']) {
      const [here, there] = await Promise.all([get(embedded, path, { accept: 'application/n-triples' }), get(remote, path, { accept: 'application/n-triples' })]);
      expect(there.status).toBe(200);
      const strip = (quads: Quad[]) => quads.filter((q) => q.predicate.value !== 'http://purl.org/dc/terms/modified');
      const [mine, theirs] = [strip(await parseBody(await here.text(), 'nt', BASE)), strip(await parseBody(await there.text(), 'nt', BASE))];
      expect(mine.length).toBeGreaterThan(50);
      expect(isomorphicTo(theirs, mine, true), path).toBe(true);
    }
    const [sitemap, remoteSitemap] = await Promise.all([fetch(new URL('/sitemap.xml', embedded.url)), fetch(new URL('/sitemap.xml', remote.url))]);
    expect(await remoteSitemap.text()).toBe(await sitemap.text());

    // The home page lists the same things (in IRI order over a server, by label here).
    const [home, remoteHome] = await Promise.all([get(embedded, ''), get(remote, '')]);
    expect(remoteHome.status).toBe(200);
    expect(linksOf(await remoteHome.text())).toEqual(linksOf(await home.text()));

    const search = await get(remote, 'search?q=cotillard', { accept: 'application/ld+json' });
    expect(search.status).toBe(200);
    const items = (await search.json()).mainEntity.itemListElement.map((i: { item: { '@id': string; name: string } }) => i.item);
    expect(items).toContainEqual({ '@id': `${BASE}person/marion-cotillard`, name: 'Marion Cotillard' });

    for (const query of ['', '?predicate=http%3A%2F%2Fschema.org%2Fname', `?subject=${encodeURIComponent(FILM)}&graph=urn%3Aldf%3AdefaultGraph`, '?page=3', `?graph=${encodeURIComponent(`${BASE}graph/derived`)}`]) {
      // Every page, by the hydra:next links (an old page number: that page alone).
      const all = async (running: RunningServer) => {
        const quads: Quad[] = [];
        for (let path: string | undefined = `fragments${query}`; path; ) {
          const body = await (await get(running, path, { accept: 'application/n-quads' })).text();
          const parsed = await parseBody(body, 'nq', BASE);
          quads.push(...parsed.filter((q) => !q.graph.value.includes('#metadata') && !q.graph.value.startsWith(`${BASE}fragments`)));
          const next = parsed.find((q) => q.predicate.value === 'http://www.w3.org/ns/hydra/core#next')?.object.value;
          path = query.includes('page=') ? undefined : next?.slice(BASE.length);
        }
        return quads;
      };
      const [mine, theirs] = [await all(embedded), await all(remote)];
      expect(theirs.length, query).toBe(mine.length);
      // Pages are parsed one by one, so blank nodes (the vocabulary's lists) compare by position.
      const shape = (quads: Quad[]) => [...quadSet(quads)].map((line) => line.replace(/_:\S+/g, '_:b')).sort();
      if (!query.includes('page=')) expect(shape(theirs), query).toEqual(shape(mine));
    }

    const [card, remoteCard] = await Promise.all([get(embedded, 'image/film/de-rouille-et-d-os-2012.png'), get(remote, 'image/film/de-rouille-et-d-os-2012.png')]);
    expect(remoteCard.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await remoteCard.arrayBuffer()).equals(Buffer.from(await card.arrayBuffer()))).toBe(true);
  });

  /** A query's answer from a server: solutions as a set of rows (each row sorted), a boolean, or triples. */
  async function answer(running: RunningServer, query: string): Promise<{ status: number; body: unknown }> {
    const response = await fetch(urlOf(running, 'sparql'), {
      method: 'POST',
      headers: { 'content-type': 'application/sparql-query', accept: 'application/sparql-results+json, application/n-triples;q=0.9' },
      body: query,
    });
    const text = await response.text();
    if (!response.ok) return { status: response.status, body: text };
    if (response.headers.get('content-type')?.startsWith('application/n-triples')) return { status: 200, body: [...tripleSet(await parseBody(text, 'nt', BASE))].sort() };
    const json = JSON.parse(text);
    if ('boolean' in json) return { status: 200, body: json.boolean };
    const rows = json.results.bindings.map((b: Record<string, { type: string; value: string; 'xml:lang'?: string; datatype?: string }>) =>
      JSON.stringify(Object.entries(b).map(([k, t]) => [k, t.type === 'typed-literal' ? 'literal' : t.type, t.value, t['xml:lang'] ?? '', t.datatype ?? '']).sort()),
    );
    return { status: 200, body: rows.sort() };
  }

  it('answers the named queries, SELECT, ASK and CONSTRUCT at /sparql as the embedded server does', async () => {
    const named = await loadNamedQueries(SHIPPED.queriesDir!);
    expect(named.length).toBeGreaterThan(5);
    const queries = [
      ...named.map((q) => q.text),
      'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', // the default graph is the merge: each triple once
      'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g',
      `ASK { <${FILM}> a <http://schema.org/Movie> }`,
      `ASK { GRAPH ?g { ?s a <http://www.openlinksw.com/schemas/virtrdf#QuadMapFormat> } }`, // Virtuoso's own data is not seen
      `CONSTRUCT { <${FILM}> ?p ?o } WHERE { <${FILM}> ?p ?o }`,
      `SELECT ?o FROM <${BASE}graph/page/de-rouille-et-d-os-2012> WHERE { <${FILM}> <http://schema.org/name> ?o }`,
      `SELECT ?s FROM <http://www.openlinksw.com/schemas/virtrdf#> WHERE { ?s ?p ?o } LIMIT 5`,
    ];
    for (const query of queries) {
      const [mine, theirs] = await Promise.all([answer(embedded, query), answer(remote, query)]);
      expect(mine.status, query).toBe(200);
      expect(theirs, query).toEqual(mine);
    }
    const [count] = ((await answer(remote, queries[named.length])).body as string[]).map((row) => JSON.parse(row)[0][2]);
    expect(Number(count)).toBe(embeddedCatalogue(embedded).tripleCount);
  });

  it('refuses updates and SERVICE with 400, and the server is unchanged', async () => {
    const before = await reader.select(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }`);
    const refused = [
      `INSERT DATA { GRAPH <${BASE}graph/evil> { <${FILM}> <http://schema.org/name> "evil" } }`,
      `DROP GRAPH <${BASE}graph/page/de-rouille-et-d-os-2012>`,
      `LOAD <http://127.0.0.1:9/x> INTO GRAPH <${BASE}graph/evil>`,
      `SELECT * WHERE { SERVICE <${virtuoso.queryEndpoint}> { ?s ?p ?o } }`,
    ];
    for (const query of refused) {
      const response = await fetch(urlOf(remote, 'sparql'), { method: 'POST', headers: { 'content-type': 'application/sparql-query' }, body: query });
      expect(response.status, query).toBe(400);
      await response.text();
    }
    const update = await fetch(urlOf(remote, 'sparql'), { method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body: refused[0] });
    expect(update.status).toBe(400);
    expect(await reader.select(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }`)).toEqual(before);
    expect(await reader.query(`ASK { GRAPH ?g { ?s ?p "evil" } }`)).toEqual({ type: 'boolean', value: false });
  });

  it('turns a result longer than FILMGRAPH_MAX_RESULTS or the server’s row limit into 413, never a cut answer, and pages dumps under the limit', async () => {
    const limited = await startTestServer({ baseIri: BASE, locations: data, sparqlLimits: { maxQueryBytes: 65536, maxResults: 100 }, remoteStore: { queryEndpoint: virtuoso.queryEndpoint } });
    try {
      const long = await fetch(`${urlOf(limited, 'sparql')}?query=${encodeURIComponent('SELECT * WHERE { ?s ?p ?o }')}`);
      expect(long.status).toBe(413);
      const construct = await fetch(`${urlOf(limited, 'sparql')}?query=${encodeURIComponent('CONSTRUCT WHERE { ?s ?p ?o }')}`);
      expect(construct.status).toBe(413);
      const short = await fetch(`${urlOf(limited, 'sparql')}?query=${encodeURIComponent('SELECT * WHERE { ?s ?p ?o } LIMIT 100')}`, { headers: { accept: 'application/sparql-results+json' } });
      expect(short.status).toBe(200);
      expect((await short.json()).results.bindings).toHaveLength(100);
    } finally {
      await limited.close();
    }
    // Told a row limit of 300: no query asks for more, a full page is taken as cut, and a dump of
    // more triples than that is read in pages under it.
    const small = await startTestServer({ baseIri: BASE, locations: data, remoteStore: { queryEndpoint: virtuoso.queryEndpoint, serverMaxRows: 300 } });
    try {
      const cut = await fetch(`${urlOf(small, 'sparql')}?query=${encodeURIComponent('SELECT * WHERE { ?s ?p ?o }')}`);
      expect(cut.status).toBe(413);
      expect(await cut.text()).toContain("row limit");
      const fits = await fetch(`${urlOf(small, 'sparql')}?query=${encodeURIComponent('SELECT * WHERE { ?s ?p ?o } LIMIT 299')}`, { headers: { accept: 'application/sparql-results+json' } });
      expect((await fits.json()).results.bindings).toHaveLength(299);
      const [dump, embeddedDump] = [await get(small, 'dump.nt'), await get(embedded, 'dump.nt')];
      expect(dump.status).toBe(200);
      const [mine, theirs] = [await parseBody(await embeddedDump.text(), 'nt', BASE), await parseBody(await dump.text(), 'nt', BASE)];
      expect(mine.length).toBeGreaterThan(2 * 300); // three pages at least
      expect(isomorphicTo(theirs, mine, true)).toBe(true);
    } finally {
      await small.close();
    }
  });

  it('serves dumps that parse back to the embedded server’s graph', async () => {
    for (const ext of ['nq', 'ttl']) {
      const [here, there] = await Promise.all([get(embedded, `dump.${ext}`), get(remote, `dump.${ext}`)]);
      expect(there.status).toBe(200);
      expect(there.headers.get('etag')).toBe(here.headers.get('etag')); // from the same fingerprint
      const [mine, theirs] = [await parseBody(await here.text(), ext, BASE), await parseBody(await there.text(), ext, BASE)];
      expect(mine.length).toBeGreaterThan(500);
      expect(theirs.some((q) => q.object.termType === 'BlankNode')).toBe(true); // the vocabulary's lists
      expect(isomorphicTo(theirs, mine, ext !== 'nq'), ext).toBe(true);
    }
  });

  it('gives the same bytes and ETag from two instances over one server, and a new load changes them', async () => {
    const second = await startTestServer({ baseIri: BASE, locations: data, remoteStore: { queryEndpoint: virtuoso.queryEndpoint, refreshMs: 200 } });
    const requests: [string, Record<string, string>][] = [
      ['film/de-rouille-et-d-os-2012', { accept: 'text/html' }],
      ['film/de-rouille-et-d-os-2012', { accept: 'text/turtle' }],
      ['film/de-rouille-et-d-os-2012', { accept: 'application/ld+json' }],
      ['', { accept: 'text/turtle' }],
      ['', { accept: 'text/html' }],
      ['sparql', { accept: 'text/turtle' }],
      ['dump.nq', {}],
      ['fragments?predicate=http%3A%2F%2Fschema.org%2Fname', { accept: 'application/trig' }],
      ['image/film/de-rouille-et-d-os-2012.png', {}],
    ];
    const fetchAll = (running: RunningServer) =>
      Promise.all(requests.map(async ([path, headers]) => {
        const response = await get(running, path, headers);
        return { path, status: response.status, etag: response.headers.get('etag'), body: Buffer.from(await response.arrayBuffer()).toString('base64') };
      }));
    try {
      const [one, two] = [await fetchAll(remote), await fetchAll(second)];
      for (const answer of one) expect(answer.status, answer.path).toBe(200);
      expect(two).toEqual(one);

      // A new load (a character renamed): the record changes, and both instances follow.
      const curated = readFileSync(join(data.dataDir, CURATED), 'utf8');
      expect(curated).toContain('schema:name "Sam" .');
      const smaller = tempDataset({ [PAGE]: readFileSync(join(data.dataDir, PAGE), 'utf8'), [CURATED]: curated.replace('schema:name "Sam" .', 'schema:name "Sammy" .') });
      try {
        await load(smaller);
        const { loaded } = await openDataset({ baseIri: BASE, locations: smaller });
        await expect.poll(() => second.holder.current?.fingerprint, { timeout: 10_000 }).toBe(loaded.fingerprint);
        await remote.reload();
        expect(remote.holder.current?.fingerprint).toBe(loaded.fingerprint);
        const [after, afterTwo] = [await fetchAll(remote), await fetchAll(second)];
        expect(afterTwo).toEqual(after);
        const turtle = (answers: typeof one) => answers.find((a) => a.path === 'film/de-rouille-et-d-os-2012' && a.body.length > 0 && a.etag)!;
        expect(after.find((a) => a.path === 'dump.nq')!.etag).not.toBe(one.find((a) => a.path === 'dump.nq')!.etag);
        expect(turtle(after).etag).not.toBe(turtle(one).etag);
      } finally {
        await load(data);
        await remote.reload();
        smaller.remove();
      }
    } finally {
      await second.close();
    }
  });

  it('answers 503 with Retry-After while the server is down, 504 and 502 when it is slow or fails, and recovers by itself', async () => {
    // A real HTTP server in front of Virtuoso that can be switched off, made slow or made to fail.
    let mode: 'up' | 'down' | 'slow' | 'failing' = 'up';
    const hanging = new Set<Socket>();
    const upstream = new URL(virtuoso.queryEndpoint);
    const proxy: Server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      // The load record is read on its own (other queries only name it, to leave it out).
      const reading = `GRAPH <${loadRecordGraph(BASE)}>`;
      const isRecord = new URL(req.url!, upstream).searchParams.get('query')?.includes(reading) || new URLSearchParams(Buffer.concat(chunks).toString()).get('query')?.includes(reading);
      if (mode === 'down') return void req.socket.destroy();
      if (mode === 'slow' && !isRecord) return void hanging.add(req.socket);
      if (mode === 'failing' && !isRecord) return void res.writeHead(500, { 'content-type': 'text/plain' }).end('Virtuoso 42000 Error: something broke\n');
      const answer = await fetch(new URL(req.url!, upstream), {
        method: req.method,
        headers: Object.fromEntries(['accept', 'content-type'].filter((h) => req.headers[h]).map((h) => [h, String(req.headers[h])])),
        body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
      });
      const headers = Object.fromEntries(['content-type', 'x-sparql-maxrows', 'x-sql-state'].filter((h) => answer.headers.get(h)).map((h) => [h, answer.headers.get(h)!]));
      res.writeHead(answer.status, headers).end(Buffer.from(await answer.arrayBuffer()));
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(proxy.address() as { port: number }).port}${upstream.pathname}`;
    const behind = await startTestServer({ baseIri: BASE, locations: data, remoteStore: { queryEndpoint: endpoint, refreshMs: 200, readTimeoutMs: 1500 } });
    const health = async () => {
      const response = await get(behind, '../healthz');
      return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
    };
    try {
      expect((await get(behind, 'film/de-rouille-et-d-os-2012')).status).toBe(200);
      expect((await health()).status).toBe(200);

      mode = 'down';
      const down = await get(behind, 'film/de-rouille-et-d-os-2012', { accept: 'text/turtle' });
      expect(down.status).toBe(503);
      expect(Number(down.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await down.text()).toMatch(/SPARQL server behind this catalogue .*(unavailable|cannot be reached)/);
      await expect.poll(async () => (await health()).status, { timeout: 10_000 }).toBe(503);
      expect(Number((await health()).retryAfter)).toBeGreaterThan(0);
      const query = await fetch(`${urlOf(behind, 'sparql')}?query=${encodeURIComponent('ASK {}')}`);
      expect(query.status).toBe(503);
      expect(query.headers.get('retry-after')).not.toBeNull();

      mode = 'up';
      await expect.poll(async () => (await health()).status, { timeout: 10_000 }).toBe(200);
      expect((await get(behind, 'film/de-rouille-et-d-os-2012')).status).toBe(200);

      // A page answered before is kept (RepresentationCache) and still served: the slow and the
      // failing server are met by descriptions not rendered yet.
      mode = 'slow';
      expect((await get(behind, 'film/de-rouille-et-d-os-2012')).status).toBe(200);
      const slow = await get(behind, 'film/de-rouille-et-d-os-2012', { Accept: 'text/turtle' });
      expect(slow.status).toBe(504);
      expect(slow.headers.get('retry-after')).not.toBeNull();
      mode = 'failing';
      const failing = await get(behind, 'film/de-rouille-et-d-os-2012', { Accept: 'application/n-triples' });
      expect(failing.status).toBe(502);
      expect(await failing.text()).not.toContain('127.0.0.1'); // the server's address is not told
      mode = 'up';
      expect((await get(behind, 'film/de-rouille-et-d-os-2012', { Accept: 'application/n-triples' })).status).toBe(200);
    } finally {
      await behind.close();
      for (const socket of hanging) socket.destroy();
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  it('is chosen by filmgraph serve with FILMGRAPH_STORE=sparql and FILMGRAPH_ENDPOINT (or --store and --endpoint)', async () => {
    const missing = runCli(['serve', '--store', 'sparql', '--port', '0']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('--endpoint (FILMGRAPH_ENDPOINT) is not set');
    const notLoaded = runCli(['serve', '--store', 'sparql', '--endpoint', virtuoso.queryEndpoint, '--port', '0', '--base', 'http://never-loaded.example/']);
    expect(notLoaded.status).toBe(1);
    expect(notLoaded.stderr).toContain('holds no complete filmgraph data for http://never-loaded.example/');
    const child = spawn(process.execPath, [BIN, 'serve'], {
      env: { ...process.env, LOG_LEVEL: 'silent', PORT: '0', BASE_IRI: BASE, FILMGRAPH_STORE: 'sparql', FILMGRAPH_ENDPOINT: virtuoso.queryEndpoint, FILMGRAPH_DATA: '/nonexistent' },
    });
    try {
      let stdout = '';
      const port = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d) => {
          stdout += d;
          const match = /^listening on http:\/\/localhost:(\d+)\/$/m.exec(stdout);
          if (match) resolve(match[1]);
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      // The data folder is not read: the data comes from the server.
      await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).status, { timeout: 20_000 }).toBe(200);
      const page = await fetch(`http://127.0.0.1:${port}/film/de-rouille-et-d-os-2012`, { headers: { accept: 'text/turtle' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('"Rust and Bone"@en');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
