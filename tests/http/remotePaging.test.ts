// What a client pages through, from a SPARQL server whose limits are far below the size of the
// lists: a real Virtuoso with ResultSetMaxRows and MaxSortedTopRows both 80 (a default Virtuoso,
// 10,000 and 10,000, scaled down), holding the shipped data, a slice of the benchmark catalogue,
// 100 more people, and 100 graphs of some other data. The home page's listings, quad pattern fragments and load's list of
// graphs are read after the key of an item of the page next to them, never at an OFFSET (which
// this server refuses past 80 sorted rows, as a default one does past 10,000), each query under
// the row limit; what the pages hold together is what the embedded store gives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { startVirtuoso, shippedDataWithoutDuration, type RunningVirtuoso } from '../helpers/virtuoso.ts';
import { startTestServer, urlOf, embeddedCatalogue } from '../helpers/testServer.ts';
import { TRIG_PREFIXES, type TempDataset } from '../helpers/tempDataset.ts';
import { parseBody, quadSet } from '../helpers/rdfCompare.ts';
import type { RunningServer } from '../../src/http/server.ts';
import { openDataset } from '../../src/store/openDataset.ts';
import { writeCatalogue } from '../../src/import/catalog/writeCatalogue.ts';
import { SparqlProtocolClient } from '../../src/store/remote/SparqlProtocolClient.ts';
import { pushGraphs, remoteCounts, remoteGraphsUnder } from '../../src/store/remote/pushGraphs.ts';
import { RemoteCatalogue, type RemoteStoreSettings } from '../../src/store/remote/RemoteCatalogue.ts';
import { loadRecordGraph } from '../../src/store/remote/loadRecord.ts';
import { LIST_TYPES, type ListKind } from '../../src/store/PublishedDataset.ts';
import { FIRST_PAGE, type Page, type PageStart } from '../../src/store/paging.ts';
import { PAGE_SIZE } from '../../src/http/routes/home.ts';
import { FRAGMENT_PAGE_SIZE } from '../../src/http/routes/fragments.ts';

const { namedNode, literal, quad } = DataFactory;
const BASE = 'http://films.example/';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const MAX_ROWS = 80;
const HYDRA = 'http://www.w3.org/ns/hydra/core#';
const VOCAB = 'https://w3id.org/filmgraph/vocab';

/** 100 more people than the catalogue has: a list longer than a query may return. */
const morePeople = () => `${TRIG_PREFIXES}
<graph/curated/extra> {
  <graph/curated/extra> a fg:CuratedGraph ; dcterms:title "extra people"@en ; prov:wasDerivedFrom <source/extra> .
${Array.from({ length: 100 }, (_, i) => `  <person/extra-${i}> a schema:Person ; schema:name "Extra Person ${i}" .`).join('\n')}
}
`;
/** Graphs that are not filmgraph's, more than a query may return, for load's list of graphs. */
const OTHER_GRAPHS = Array.from({ length: 100 }, (_, i) => `http://elsewhere.example/graph/${i}`);

let virtuoso: RunningVirtuoso;
let data: TempDataset;
let embedded: RunningServer;
let remote: RunningServer;

beforeAll(async () => {
  virtuoso = await startVirtuoso({ resultSetMaxRows: MAX_ROWS, maxSortedTopRows: MAX_ROWS });
  data = shippedDataWithoutDuration();
  writeFileSync(join(data.dataDir, 'curated', 'extra.trig'), morePeople());
  // The catalogue's durations left out: Virtuoso 7.2 changes them ("PT104M" becomes "6240.0").
  const catalogue = await writeCatalogue({ out: join(data.dataDir, 'catalogue'), triples: 3000 });
  for (const file of catalogue.files) writeFileSync(file, readFileSync(file, 'utf8').replace(/^\s*schema:duration "[^"]*"\^\^xsd:duration;\n/gm, ''));
  const { loaded } = await openDataset({ baseIri: BASE, locations: data });
  // load itself works under the row limit: the list of the server's graphs, their counts and the
  // read-back of every triple.
  const writer = new SparqlProtocolClient({ queryEndpoint: virtuoso.queryEndpoint, graphStoreEndpoint: virtuoso.graphStoreEndpoint, credentials: virtuoso.writer, serverMaxRows: MAX_ROWS });
  await pushGraphs(loaded, writer, { protocol: 'graph-store' });
  for (const graph of OTHER_GRAPHS) await writer.putGraph(graph, [quad(namedNode(graph), namedNode(`${RDFS}label`), literal(graph))]);
  embedded = await startTestServer({ baseIri: BASE, locations: data });
  remote = await startTestServer({ baseIri: BASE, locations: data, remoteStore: { queryEndpoint: virtuoso.queryEndpoint, serverMaxRows: MAX_ROWS } });
}, 120_000);
afterAll(async () => {
  await Promise.all([embedded?.close(), remote?.close()]);
  data?.remove();
  await virtuoso?.stop();
});

/** A client of the server told its row limit, whose every query is recorded. */
function recordingClient() {
  const queries: string[] = [];
  const client = new SparqlProtocolClient({ queryEndpoint: virtuoso.queryEndpoint, serverMaxRows: MAX_ROWS });
  const select = client.select.bind(client);
  client.select = (query: string) => (queries.push(query), select(query));
  return { client, queries };
}

async function recordingCatalogue() {
  const { client, queries } = recordingClient();
  const settings: RemoteStoreSettings = { client, queryClient: client, baseIri: BASE, namedQueries: [], serverMaxRows: MAX_ROWS, queryTimeoutMs: 10_000, maxConcurrent: 1, counter: { inProgress: 0 } };
  const catalogue = RemoteCatalogue.withRecord(settings, await RemoteCatalogue.readRecord(settings));
  queries.length = 0;
  return { catalogue, queries };
}

/** No OFFSET, and every LIMIT under the server's row limit (a query without one counts, or reads the labels of a page's items). */
function expectPaged(queries: string[]) {
  expect(queries.length).toBeGreaterThan(0);
  for (const query of queries) {
    expect(query).not.toMatch(/OFFSET/i);
    const limit = /LIMIT (\d+)\s*$/.exec(query);
    if (limit) expect(Number(limit[1]), query).toBeLessThan(MAX_ROWS);
    else expect(query).toMatch(/^SELECT \(COUNT\(|^SELECT DISTINCT \?s \?p \?o WHERE \{\s*VALUES \?s/);
  }
}

/** Every page, from the first, by the next links. */
async function allPages<T>(read: (start: PageStart) => Promise<Page<T>>): Promise<Page<T>[]> {
  const pages = [await read(FIRST_PAGE)];
  while (pages[pages.length - 1].next !== undefined) pages.push(await read({ after: pages[pages.length - 1].next! }));
  return pages;
}

const get = (running: RunningServer, path: string, accept = 'text/html') => fetch(urlOf(running, path), { headers: { accept } });

describe('paging through lists longer than a SPARQL server’s limits', { timeout: 120_000 }, () => {
  it('runs on a server that refuses a sorted OFFSET past its limit, as the old pages asked', async () => {
    const films = embeddedCatalogue(embedded).listing('films', 'en', FIRST_PAGE, 1).total;
    expect(films).toBeGreaterThan(MAX_ROWS);
    const response = await fetch(`${virtuoso.queryEndpoint}?query=${encodeURIComponent(`SELECT ?s WHERE { GRAPH ?g { ?s a <${LIST_TYPES.films}> } } ORDER BY ?s LIMIT ${PAGE_SIZE} OFFSET ${PAGE_SIZE}`)}`);
    expect(await response.text()).toMatch(/SR353/);
  });

  it('walks every listing of the home page by its next links, as the embedded store lists it', async () => {
    const links = (html: string, kind: string) => {
      const section = new RegExp(`<section[^>]*id="home-${kind}"[\\s\\S]*?</section>`).exec(html)![0];
      const items = [...section.matchAll(/<li><a href="([^"]*)">([^<]*)<\/a>/g)].map(([, href, label]) => `${href} ${label}`);
      const next = /<a href="([^"]*)" rel="next"/.exec(section)?.[1].replace(/&amp;/g, '&');
      const previous = /<a href="([^"]*)" rel="prev"/.exec(section)?.[1].replace(/&amp;/g, '&');
      return { items, next, previous };
    };
    for (const kind of ['films', 'people', 'organizations', 'awards'] as ListKind[]) {
      const walk = async (running: RunningServer) => {
        const pages = [links(await (await get(running, '')).text(), kind)];
        for (let next = pages[0].next; next; next = pages[pages.length - 1].next) {
          const response = await get(running, next.slice(BASE.length));
          expect(response.status, next).toBe(200);
          pages.push(links(await response.text(), kind));
        }
        return pages;
      };
      const [mine, theirs] = [await walk(embedded), await walk(remote)];
      const total = embeddedCatalogue(embedded).listing(kind, 'en', FIRST_PAGE, 1).total;
      expect(theirs.flatMap((p) => p.items).sort(), kind).toEqual(mine.flatMap((p) => p.items).sort());
      expect(new Set(theirs.flatMap((p) => p.items)).size, kind).toBe(total);
      expect(theirs.map((p) => p.items.length), kind).toEqual(mine.map((p) => p.items.length));
      if (kind === 'films' || kind === 'people') expect(theirs.length, kind).toBeGreaterThan(2);
      // Each page links back to the one before it.
      for (const [i, page] of theirs.entries()) {
        if (i === 0) expect(page.previous).toBeUndefined();
        else expect(links(await (await get(remote, page.previous!.slice(BASE.length))).text(), kind).items, kind).toEqual(theirs[i - 1].items);
      }
    }
  });

  it('reads each page of a listing in a few queries, none with OFFSET, each under the row limit', async () => {
    const { catalogue, queries } = await recordingCatalogue();
    const pages = await allPages((start) => catalogue.listing('films', 'en', start, PAGE_SIZE));
    const films = embeddedCatalogue(embedded).listing('films', 'en', FIRST_PAGE, 1).total;
    expect(pages.flatMap((p) => p.items.map((i) => i.iri))).toEqual(pages.flatMap((p) => p.items.map((i) => i.iri)).sort());
    expect(new Set(pages.flatMap((p) => p.items.map((i) => i.iri))).size).toBe(films);
    expect(queries.length).toBeLessThanOrEqual(3 * pages.length); // a count, a page, its labels
    expectPaged(queries);
  });

  it('takes page numbers as far as one query reaches, and answers 400 past that, naming the next links', async () => {
    expect((await get(embedded, '?films=2')).status).toBe(200);
    const [first, second] = [await get(remote, '?films=1'), await get(remote, '?films=2')];
    expect(first.status).toBe(200);
    expect(second.status).toBe(400);
    expect(await second.text()).toMatch(/page 2 is past the pages this server reaches by number \(up to 1\).*follow the "next" links/);
    const fragment = await get(remote, 'fragments?page=2', 'application/n-quads');
    expect(fragment.status).toBe(400);
    const unknown = await get(remote, 'fragments?after=bm90IGEgY3Vyc29y', 'application/n-quads');
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toMatch(/cursor is not one this server gave/);
  });

  it('answers a fragment whose pattern names a blank node with no match, as no query can name one', async () => {
    const response = await get(remote, 'fragments?subject=_%3Ab0', 'application/n-quads');
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/hydra\/core#totalItems> "0"/);
  });

  /** Every page of a fragment, by the hydra:next links, with the data and controls of each. */
  async function fragmentPages(running: RunningServer, pattern: string) {
    const pages: { url: string; data: Quad[]; meta: (p: string) => string | undefined }[] = [];
    for (let url: string | undefined = `${BASE}fragments${pattern}`; url; url = pages[pages.length - 1].meta(`${HYDRA}next`)) {
      const response = await get(running, url.slice(BASE.length), 'application/n-quads');
      expect(response.status, url).toBe(200);
      const quads = await parseBody(await response.text(), 'nq', BASE);
      const metadata = `${url}#metadata`;
      pages.push({
        url,
        data: quads.filter((q) => q.graph.value !== metadata),
        meta: (p: string) => quads.find((q) => q.graph.value === metadata && q.subject.value === url && q.predicate.value === p)?.object.value,
      });
    }
    return pages;
  }

  it('walks quad pattern fragments by hydra:next to the embedded store’s quads, blank nodes and all', async () => {
    const patterns = [
      `?predicate=${encodeURIComponent('http://schema.org/name')}`, // the merge, then the named graphs
      `?graph=${encodeURIComponent(VOCAB)}`, // triples with blank nodes (the vocabulary's lists), then the others
      `?graph=urn%3Aldf%3AdefaultGraph&predicate=${encodeURIComponent('http://www.w3.org/1999/02/22-rdf-syntax-ns#type')}&object=${encodeURIComponent(LIST_TYPES.people)}`,
      `?subject=${encodeURIComponent(`${BASE}person/extra-7`)}&predicate=${encodeURIComponent('http://schema.org/name')}&object=${encodeURIComponent('"Extra Person 7"')}`,
    ];
    // Pages are parsed one by one, so blank nodes compare by position.
    const shape = (quads: Quad[]) => [...quadSet(quads)].map((line) => line.replace(/_:\S+/g, '_:b')).sort();
    for (const pattern of patterns) {
      const [mine, theirs] = [await fragmentPages(embedded, pattern), await fragmentPages(remote, pattern)];
      const total = Number(mine[0].meta(`${HYDRA}totalItems`));
      expect(total, pattern).toBeGreaterThan(0);
      expect(shape(theirs.flatMap((p) => p.data)), pattern).toEqual(shape(mine.flatMap((p) => p.data)));
      expect(theirs.flatMap((p) => p.data)).toHaveLength(total);
      if (pattern.includes(encodeURIComponent(VOCAB))) {
        expect(theirs.length).toBeGreaterThan(1);
        expect(theirs.some((p) => p.data.some((q) => q.subject.termType === 'BlankNode'))).toBe(true);
      }
      // Full pages but the last; every page with the count and the first page; each page linked back.
      expect(theirs.map((p) => p.data.length), pattern).toEqual(mine.map((p) => p.data.length));
      for (const [i, page] of theirs.entries()) {
        expect(Number(page.meta(`${HYDRA}totalItems`)), pattern).toBe(total);
        expect(new URL(page.meta(`${HYDRA}first`)!).searchParams.toString(), pattern).toBe(new URLSearchParams(pattern).toString());
        if (i === 0) expect(page.meta(`${HYDRA}previous`)).toBeUndefined();
        else {
          const previous = await get(remote, page.meta(`${HYDRA}previous`)!.slice(BASE.length), 'application/n-quads');
          const data = (await parseBody(await previous.text(), 'nq', BASE)).filter((q) => !q.graph.value.endsWith('#metadata'));
          expect(shape(data), pattern).toEqual(shape(theirs[i - 1].data));
        }
      }
    }
  });

  it('reads each page of a fragment in a few queries, none with OFFSET, each under the row limit', async () => {
    const { catalogue, queries } = await recordingCatalogue();
    // The merge's triples with a blank subject, then the others; the named graphs' likewise.
    const pattern = { subject: null, predicate: namedNode('http://schema.org/name'), object: null, graph: null };
    const pages = await allPages((start) => catalogue.fragment(pattern, start, FRAGMENT_PAGE_SIZE));
    const total = pages[0].total;
    expect(pages.length).toBeGreaterThan(3);
    expect(total).toBe(embeddedCatalogue(embedded).fragment(pattern, FIRST_PAGE, 1).total);
    expect(pages.reduce((sum, p) => sum + p.items.length, 0)).toBe(total);
    expect(pages.slice(0, -1).every((p) => p.items.length === FRAGMENT_PAGE_SIZE)).toBe(true);
    // Two counts and two or three reads (a page of 100 takes two queries under the limit of 80) a page.
    expect(queries.length).toBeLessThanOrEqual(6 * pages.length);
    expectPaged(queries);
  });

  it('lists and counts the server’s graphs for load in queries under the row limit, none with OFFSET', async () => {
    const { client, queries } = recordingClient();
    expect(OTHER_GRAPHS.length).toBeGreaterThan(MAX_ROWS);
    expect((await remoteGraphsUnder(client, 'http://elsewhere.example/graph/')).sort()).toEqual([...OTHER_GRAPHS].sort());
    expect((await remoteGraphsUnder(client, `${BASE}graph/`)).sort()).toEqual(
      [...embeddedCatalogue(embedded).graphSizes().map((g) => g.graph.value).filter((g) => g.startsWith(BASE)), loadRecordGraph(BASE)].sort(),
    );
    expect([...(await remoteCounts(client, OTHER_GRAPHS)).values()]).toEqual(OTHER_GRAPHS.map(() => 1));
    expect(queries.length).toBeGreaterThan(3);
    for (const query of queries) expect(query).not.toMatch(/OFFSET/i);
    expectPaged(queries.filter((query) => !query.includes('GROUP BY')));
  });
});
