// Dumps and the sitemap from a SPARQL server whose row limit is far below the size of the data:
// a real Virtuoso with ResultSetMaxRows = 500 (one for the file), holding a few thousand triples
// (a slice of the benchmark catalogue, the hostile literals, IRIs outside ASCII, blank nodes in
// odd places, the vocabulary's lists). Paging after the last key never asks for more than the
// limit nor uses an OFFSET, so the dumps are the embedded store's, and instances agree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { startSparqlProxy } from '../helpers/sparqlProxy.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startVirtuoso, type RunningVirtuoso } from '../helpers/virtuoso.ts';
import { startTestServer, urlOf, embeddedCatalogue } from '../helpers/testServer.ts';
import { tempDataset, TRIG_PREFIXES, type TempDataset } from '../helpers/tempDataset.ts';
import { hostileFilmTrig } from '../helpers/hostileLiterals.ts';
import { parseBody, isomorphicTo } from '../helpers/rdfCompare.ts';
import type { RunningServer } from '../../src/http/server.ts';
import { openDataset } from '../../src/store/openDataset.ts';
import { writeCatalogue } from '../../src/import/catalog/writeCatalogue.ts';
import { SparqlProtocolClient } from '../../src/store/remote/SparqlProtocolClient.ts';
import { pushGraphs } from '../../src/store/remote/pushGraphs.ts';
import { RemoteCatalogue, type RemoteStoreSettings } from '../../src/store/remote/RemoteCatalogue.ts';
import { RemoteStoreIncompleteAnswerError } from '../../src/store/remote/errors.ts';
import { pageSizeUnder } from '../../src/store/remote/keysetPages.ts';

const { namedNode, defaultGraph } = DataFactory;

const BASE = 'http://films.example/';
const MAX_ROWS = 500;

// Blank nodes where the dump must still place them: a subject whose only triple has a blank
// object, a blank node no IRI points to, a chain of two; subjects outside ASCII.
const ODD_NODES = `${TRIG_PREFIXES}
@prefix ex: <http://example.org/> .
<graph/curated/odd/nodes> {
  <graph/curated/odd/nodes> a fg:CuratedGraph ; dcterms:title "odd nodes"@en ; prov:wasDerivedFrom <source/odd> .
  <thing/😀> ex:p [ ex:q "inner" ; ex:r [ ex:q "innermost" ] ] .
  [] ex:q "nobody's" .
  <thing/é> ex:p "é", "e", "\u0100", "😀", "\ufffd", 1, "2.5"^^xsd:decimal, "x"@fr, "x"@fr-ca, <thing/é>, <thing/z> .
  <thing/z> ex:p "z" .
  <thing/Z> ex:p "Z" .
}
`;

// A subject with more triples than the row limit, some in two graphs (the merge holds them once),
// and a triple of ODD_NODES stated again.
const MANY = (graph: string, from: number, to: number) => `${TRIG_PREFIXES}
@prefix ex: <http://example.org/> .
<graph/curated/${graph}> {
  <graph/curated/${graph}> a fg:CuratedGraph ; dcterms:title "${graph}"@en ; prov:wasDerivedFrom <source/${graph}> .
  <thing/many> ex:q [ ex:q "blank" ] ; ex:p ${Array.from({ length: to - from }, (_, i) => `"item ${from + i}"`).join(', ')} .
  <thing/z> ex:p "z" .
}
`;

let virtuoso: RunningVirtuoso;
let data: TempDataset;
let embedded: RunningServer;
let remote: RunningServer;
let second: RunningServer;

beforeAll(async () => {
  virtuoso = await startVirtuoso({ resultSetMaxRows: MAX_ROWS });
  data = tempDataset({
    'curated/x.trig': hostileFilmTrig(),
    'curated/odd.trig': ODD_NODES,
    'curated/many.trig': MANY('many', 0, 2 * MAX_ROWS),
    'curated/more.trig': MANY('more', MAX_ROWS, 3 * MAX_ROWS),
  });
  // The catalogue's durations left out: Virtuoso 7.2 changes them ("PT104M" becomes "6240.0").
  const catalogue = await writeCatalogue({ out: join(data.dataDir, 'catalogue'), triples: 3000 });
  for (const file of catalogue.files) writeFileSync(file, readFileSync(file, 'utf8').replace(/^\s*schema:duration "[^"]*"\^\^xsd:duration;\n/gm, ''));
  const { loaded } = await openDataset({ baseIri: BASE, locations: data });
  const writer = new SparqlProtocolClient({ queryEndpoint: virtuoso.queryEndpoint, graphStoreEndpoint: virtuoso.graphStoreEndpoint, credentials: virtuoso.writer });
  await pushGraphs(loaded, writer, { protocol: 'graph-store', check: 'counts' });
  embedded = await startTestServer({ baseIri: BASE, locations: data });
  const remoteStore = { queryEndpoint: virtuoso.queryEndpoint, serverMaxRows: MAX_ROWS };
  [remote, second] = [await startTestServer({ baseIri: BASE, locations: data, remoteStore }), await startTestServer({ baseIri: BASE, locations: data, remoteStore })];
}, 120_000);
afterAll(async () => {
  await Promise.all([embedded?.close(), remote?.close(), second?.close()]);
  data?.remove();
  await virtuoso?.stop();
});

const get = (running: RunningServer, path: string) => fetch(urlOf(running, path));

/** A RemoteCatalogue over the server whose every query is recorded. */
async function recordingCatalogue(change: (record: Awaited<ReturnType<typeof RemoteCatalogue.readRecord>>) => void = () => {}) {
  const queries: string[] = [];
  const client = new SparqlProtocolClient({ queryEndpoint: virtuoso.queryEndpoint });
  const select = client.select.bind(client);
  client.select = (query: string) => (queries.push(query), select(query));
  const settings: RemoteStoreSettings = { client, queryClient: client, baseIri: BASE, namedQueries: [], serverMaxRows: MAX_ROWS, queryTimeoutMs: 10_000, maxConcurrent: 1, counter: { inProgress: 0 } };
  const record = await RemoteCatalogue.readRecord(settings);
  queries.length = 0;
  change(record);
  return { catalogue: RemoteCatalogue.withRecord(settings, record), queries };
}

describe('dumps from a SPARQL server with a small row limit', { timeout: 120_000 }, () => {
  it('holds several times the row limit', () => {
    const local = embeddedCatalogue(embedded);
    expect(local.tripleCount).toBeGreaterThan(6 * MAX_ROWS);
    expect(local.resources().length).toBeGreaterThan(MAX_ROWS);
    // A subject of more triples than a page, and triples the merge holds once for two graphs.
    const many = namedNode(`${BASE}thing/many`);
    expect(local.fragment({ subject: many, predicate: null, object: null, graph: defaultGraph() }, { number: 1 }, 1).total).toBeGreaterThan(2 * MAX_ROWS);
    expect(local.tripleCount).toBeLessThan(local.graphSizes().reduce((sum, g) => sum + g.triples, 0) - MAX_ROWS);
  });

  it('gives the embedded store’s dump (the merge and the named graphs), with its ETag', async () => {
    for (const ext of ['nq', 'ttl']) {
      const [here, there] = await Promise.all([get(embedded, `dump.${ext}`), get(remote, `dump.${ext}`)]);
      expect(there.status, ext).toBe(200);
      expect(there.headers.get('etag')).toBe(here.headers.get('etag'));
      const [mine, theirs] = [await parseBody(await here.text(), ext, BASE), await parseBody(await there.text(), ext, BASE)];
      expect(theirs.length, ext).toBe(mine.length);
      expect(theirs.some((q) => q.subject.termType === 'BlankNode')).toBe(true);
      expect(theirs.some((q) => q.object.termType === 'Literal' && q.object.value.length > 100_000)).toBe(true);
      expect(isomorphicTo(theirs, mine, !['nq', 'trig'].includes(ext)), ext).toBe(true);
    }
  });

  it('gives the same bytes from two instances', async () => {
    for (const path of ['dump.nq', 'dump.ttl', 'sitemap.xml']) {
      const [one, two] = await Promise.all([get(remote, path), get(second, path)]);
      expect(one.status, path).toBe(200);
      expect(two.headers.get('etag')).toBe(one.headers.get('etag'));
      expect(Buffer.from(await two.arrayBuffer()).equals(Buffer.from(await one.arrayBuffer())), path).toBe(true);
    }
  });

  it('writes Turtle grouped by subject, blank nodes with their owner', async () => {
    const turtle = await (await get(remote, 'dump.ttl')).text();
    // A statement starts at the start of a line with its subject (IRI or prefixed name); the
    // lines of its other triples are indented. Each IRI subject has one statement: its triples
    // with a blank object are with the others.
    const subjects = [...turtle.matchAll(/^(<[^>]+>|[A-Za-z][\w-]*:\S*) /gm)].map((m) => m[1]);
    expect(subjects.length).toBeGreaterThan(100);
    expect(new Set(subjects).size).toBe(subjects.length);
    expect(subjects).toContain('fg:Outcome'); // owl:oneOf a list, and its own label and comment
    const outcome = /^fg:Outcome .*(\n {4}.*)*/m.exec(turtle)?.[0] ?? '';
    expect(outcome).toMatch(/^ {4}owl:oneOf _:\S+[;.]$/m);
    expect(outcome).toMatch(/^ {4}rdfs:label /m);
    expect(subjects).toContain(`<${BASE}thing/\\U0001f600>`); // whose only triple has a blank object
  });

  it('gives the embedded store’s sitemap', async () => {
    const [here, there] = await Promise.all([get(embedded, 'sitemap.xml'), get(remote, 'sitemap.xml')]);
    expect(there.status).toBe(200);
    const text = await there.text();
    expect(text).toBe(await here.text());
    expect(text).toMatch(/thing\/(%F0%9F%98%80|😀)</);
  });

  it('pages dumps and the sitemap in queries under the row limit, without OFFSET, none sorting more than a part of the data', async () => {
    const { catalogue, queries } = await recordingCatalogue();
    let quads = 0;
    for await (const _ of catalogue.quads()) quads++;
    const page = pageSizeUnder(MAX_ROWS);
    const merge = embeddedCatalogue(embedded).tripleCount;
    const graphs = catalogue.graphSizes();
    expect(quads).toBe(merge + graphs.reduce((sum, g) => sum + g.triples, 0));
    // Per graph (at most) and half of the dump: a listing page and a batch that do not fill a
    // page; then one listing page or batch per half page the quads fill; one query each for the
    // triples with a blank subject.
    expect(queries.length).toBeLessThanOrEqual(2 + 2 * 2 * graphs.length + 3 * Math.ceil(quads / page));
    expect(queries.length).toBeGreaterThanOrEqual(Math.floor(quads / page));
    const dumpQueries = queries.length;
    expect((await catalogue.resources()).length).toBe(embeddedCatalogue(embedded).resources().length);
    expect(queries.length).toBeGreaterThan(dumpQueries);
    for (const query of queries) {
      expect(query).not.toMatch(/OFFSET/i);
      expect(Number(/LIMIT (\d+)\s*$/.exec(query)?.[1])).toBeLessThan(MAX_ROWS);
      // A sort over the whole data on every page is what made dumps quadratic: a sorted query
      // names the graphs it reads or its one subject, and one over every graph names its subjects.
      if (/ORDER BY/.test(query)) expect(query, query.slice(0, 200)).toMatch(/VALUES \?g \{ <[^}]*\} GRAPH \?g|VALUES \?s \{ <[^ }]*> \}/);
      if (/GRAPH \?g/.test(query) && !/VALUES \?g/.test(query)) expect(query, query.slice(0, 200)).toMatch(/VALUES \?s \{|FILTER\(isBlank\(\?s\)\)/);
    }
    expect(queries.filter((query) => /GRAPH \?g/.test(query) && !/VALUES \?[gs] /.test(query))).toHaveLength(1);
  });

  it('refuses with 502, before any byte, a dump with more triples with a blank subject than a page holds', async () => {
    // Told a row limit of 12: pages of 11; the vocabulary's lists have 10 such triples, ODD_NODES
    // 4 and MANY 2.
    const tiny = await startTestServer({ baseIri: BASE, locations: data, remoteStore: { queryEndpoint: virtuoso.queryEndpoint, serverMaxRows: 12 } });
    try {
      const response = await get(tiny, 'dump.ttl');
      expect(response.status).toBe(502);
      expect(await response.text()).toMatch(/^the SPARQL server behind this catalogue/);
    } finally {
      await tiny.close();
    }
  });

  it('ends a dump as an error when the pages do not add up to the load record’s count', async () => {
    const { catalogue } = await recordingCatalogue((record) => (record.tripleCount += 1));
    const reading = (async () => {
      for await (const _ of catalogue.triples());
    })();
    await expect(reading).rejects.toThrow(RemoteStoreIncompleteAnswerError);
    await expect(reading).rejects.toThrow(/pages hold \d+ triples where the load record says \d+/);
  });

  it('ends the response as an error when the server fails in the middle of a dump', async () => {
    // A real HTTP server in front of Virtuoso that fails every keyset page after the first (the second page of the catalogue graph’s subjects).
    const proxy = await startSparqlProxy(virtuoso.queryEndpoint, ({ query, res, forward }) =>
      /fg_key/.test(query ?? '') && /FILTER\(STR\(\?s\) >/.test(query ?? '') ? res.writeHead(500, { 'content-type': 'text/plain' }).end('Virtuoso 42000 Error: something broke\n') : forward(),
    );
    const behind = await startTestServer({
      baseIri: BASE,
      locations: data,
      remoteStore: { queryEndpoint: proxy.endpoint, serverMaxRows: MAX_ROWS },
    });
    try {
      const response = await get(behind, 'dump.nt');
      // The first page was sent; the rest cannot be: the body is cut off, never ended as if whole.
      expect(response.status).toBe(200);
      await expect(response.text()).rejects.toThrow();
    } finally {
      await behind.close();
      await proxy.close();
    }
  });
});
