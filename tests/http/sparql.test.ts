// The SPARQL 1.1 Protocol on a real server: query by GET, POST form and POST body; every result
// format; the dataset parameters; the service description; refusals and limits; and real
// clients (Comunica's command line, SPARQLWrapper, roqet).
import { createServer, type Server } from 'node:http';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import type { RunningServer } from '../../src/http/server.ts';
import { startTestServer, embeddedCatalogue } from '../helpers/testServer.ts';
import { parseBody } from '../helpers/rdfCompare.ts';
import { requireTool } from '../helpers/requireTool.ts';

const run = promisify(execFile);
const TITLES = 'PREFIX schema: <http://schema.org/> SELECT ?title WHERE { ?film a schema:Movie ; schema:name ?title } ORDER BY ?title';
let running: RunningServer;
let endpoint: string;
beforeAll(async () => {
  running = await startTestServer({ sparqlLimits: { maxQueryBytes: 2000, maxResults: 500 } });
  endpoint = `${running.url}sparql`;
});
afterAll(() => running.close());

const get = (query: string, accept = 'application/sparql-results+json', extra = '') =>
  fetch(`${endpoint}?query=${encodeURIComponent(query)}${extra}`, { headers: { Accept: accept } });
const titlesOf = async (response: Response) =>
  ((await response.json()) as { results: { bindings: { title: { value: string } }[] } }).results.bindings.map((b) => b.title.value);

describe('the protocol', () => {
  it('answers a query by GET, by POST of a form, and by POST of application/sparql-query alike', async () => {
    const byGet = await titlesOf(await get(TITLES));
    const byForm = await titlesOf(await fetch(endpoint, { method: 'POST', headers: { Accept: 'application/sparql-results+json' }, body: new URLSearchParams({ query: TITLES }) }));
    const byBody = await titlesOf(await fetch(endpoint, { method: 'POST', headers: { Accept: 'application/sparql-results+json', 'Content-Type': 'application/sparql-query' }, body: TITLES }));
    expect(byGet).toEqual(['De rouille et d’os', 'Rust and Bone']);
    expect(byForm).toEqual(byGet);
    expect(byBody).toEqual(byGet);
  });

  it.each([
    ['application/sparql-results+json', /^application\/sparql-results\+json/],
    ['application/sparql-results+xml', /^application\/sparql-results\+xml/],
    ['text/csv', /^text\/csv/],
    ['text/tab-separated-values', /^text\/tab-separated-values/],
    // SPARQLWrapper's default Accept for JSON lists application/json
    ['application/sparql-results+json,application/json,text/javascript,application/javascript', /^application\/sparql-results\+json/],
  ])('gives SELECT results as %s', async (accept, type) => {
    const response = await get(TITLES, accept);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(type);
    const text = await response.text();
    if (type.source.includes('xml')) {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      expect(Array.from(doc.getElementsByTagName('literal')).map((l) => `${l.textContent}@${l.getAttribute('xml:lang')}`)).toEqual(['De rouille et d’os@fr', 'Rust and Bone@en']);
    } else if (type.source.includes('csv')) expect(text).toBe('title\r\nDe rouille et d’os\r\nRust and Bone\r\n');
    else if (type.source.includes('tab')) expect(text).toBe('?title\n"De rouille et d’os"@fr\n"Rust and Bone"@en\n');
    else expect(JSON.parse(text).results.bindings[1].title).toEqual({ type: 'literal', value: 'Rust and Bone', 'xml:lang': 'en' });
  });

  it('gives ASK as JSON and XML, and 406 for CSV, which has no boolean form', async () => {
    expect(await (await get('ASK { ?s a <http://schema.org/Movie> }')).json()).toEqual({ head: {}, boolean: true });
    expect(await (await get('ASK { ?s a <http://schema.org/Nothing> }', 'application/sparql-results+xml')).text()).toContain('<boolean>false</boolean>');
    expect((await get('ASK { ?s ?p ?o }', 'text/csv')).status).toBe(406);
  });

  it.each(['ttl', 'nt', 'nq', 'trig', 'jsonld', 'rdf'])('gives CONSTRUCT and DESCRIBE results as %s', async (ext) => {
    const construct = await fetch(`${endpoint}?format=${ext}&query=${encodeURIComponent('CONSTRUCT { ?f <http://schema.org/name> ?t } WHERE { ?f a <http://schema.org/Movie> ; <http://schema.org/name> ?t }')}`);
    expect(construct.status).toBe(200);
    const quads = await parseBody(await construct.text(), ext, running.baseIri);
    expect(new Set(quads.map((q) => q.object.value))).toEqual(new Set(['De rouille et d’os', 'Rust and Bone']));
  });

  it('counts a triple stated by two sources once in the default graph, and finds both with GRAPH', async () => {
    const film = `<${running.baseIri}film/de-rouille-et-d-os-2012>`;
    const once = await (await get(`SELECT (COUNT(*) AS ?n) WHERE { ${film} <http://schema.org/director> ?d }`)).json();
    expect(once.results.bindings[0].n.value).toBe('1');
    const graphs = await (await get(`SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ${film} <http://schema.org/director> ?d } }`)).json();
    expect(Number(graphs.results.bindings[0].n.value)).toBeGreaterThanOrEqual(2);
  });

  it('replaces the query’s dataset with default-graph-uri and named-graph-uri', async () => {
    const wikipedia = `${running.baseIri}graph/curated/de-rouille-et-d-os-2012/wikipedia`;
    const count = async (query: string, extra: string) => Number((await (await get(query, undefined, extra)).json()).results.bindings[0].n.value);
    const inWikipedia = embeddedCatalogue(running).loaded.store.countInGraph({ termType: 'NamedNode', value: wikipedia } as never);
    expect(await count('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', `&default-graph-uri=${encodeURIComponent(wikipedia)}`)).toBe(inWikipedia);
    expect(await count(`SELECT (COUNT(*) AS ?n) FROM <${wikipedia}> WHERE { ?s ?p ?o }`, '')).toBe(inWikipedia);
    expect(await count('SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }', `&named-graph-uri=${encodeURIComponent(wikipedia)}`)).toBe(1);
  });

  it('describes itself without a query: sd:endpoint is the endpoint, with the formats and the dataset', async () => {
    const response = await fetch(endpoint, { headers: { Accept: 'text/turtle' } });
    const quads = await parseBody(await response.text(), 'ttl', running.baseIri);
    const SD = 'http://www.w3.org/ns/sparql-service-description#';
    const objects = (p: string) => quads.filter((q) => q.predicate.value === SD + p).map((q) => q.object.value);
    expect(objects('endpoint')).toEqual([`${running.baseIri}sparql`]);
    expect(objects('supportedLanguage')).toEqual([`${SD}SPARQL11Query`]);
    expect(objects('resultFormat')).toContain('http://www.w3.org/ns/formats/SPARQL_Results_CSV');
    expect(objects('feature')).toEqual([`${SD}UnionDefaultGraph`]);
    expect(objects('name')).toContain(`${running.baseIri}graph/page/de-rouille-et-d-os-2012`);
  });
});

describe('refusals and limits', () => {
  it('refuses a malformed query with 400 and the parser’s position', async () => {
    const response = await get('SELECT * WHERE { ?s ?p }');
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/^malformed query: Parse error on line 1:\n.*\n-+\^\nExpecting/);
  });

  it.each([
    ['by the update parameter', () => fetch(endpoint, { method: 'POST', body: new URLSearchParams({ update: 'INSERT DATA { <a> <b> <c> }' }) })],
    ['as application/sparql-update', () => fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/sparql-update' }, body: 'DROP ALL' })],
    ['LOAD in the query parameter', () => get('LOAD <http://127.0.0.1:9/data.ttl>')],
  ])('refuses SPARQL Update %s with 400', async (_how, send) => {
    const response = await send();
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/read-only: SPARQL Update/);
  });

  it('refuses SERVICE, even SILENT, and fetches nothing whatever the query says', async () => {
    let requests = 0;
    const listener: Server = createServer((_req, res) => {
      requests++;
      res.end();
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const target = `http://127.0.0.1:${(listener.address() as { port: number }).port}/`;
    try {
      for (const query of [
        `SELECT * WHERE { SERVICE <${target}sparql> { ?s ?p ?o } }`,
        `SELECT * WHERE { SERVICE SILENT <${target}sparql> { ?s ?p ?o } }`,
        `SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE <${target}> { ?s ?q ?r } } }`,
      ]) {
        const response = await get(query);
        expect(response.status).toBe(400);
        expect(await response.text()).toMatch(/SERVICE is refused/);
      }
      // FROM names a graph of the dataset; it is never fetched.
      expect((await get(`SELECT * FROM <${target}data.ttl> WHERE { ?s ?p ?o }`)).status).toBe(200);
      expect((await get(`SELECT * WHERE { ?s ?p ?o }`, undefined, `&default-graph-uri=${encodeURIComponent(`${target}g`)}`)).status).toBe(200);
      expect(requests).toBe(0);
    } finally {
      listener.close();
    }
  });

  it('refuses a query over FILMGRAPH_MAX_QUERY_BYTES with 413, by GET and by POST', async () => {
    const long = `SELECT * WHERE { ?s ?p ?o } # ${'x'.repeat(2100)}`;
    const byGet = await get(long);
    expect(byGet.status).toBe(413);
    expect(await byGet.text()).toMatch(/longer than 2000 bytes/);
    const byPost = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query' }, body: `${long}${'y'.repeat(5000)}` });
    expect(byPost.status).toBe(413);
    expect(await byPost.text()).toMatch(/larger than this server accepts/);
  });

  it('refuses a result over FILMGRAPH_MAX_RESULTS rather than cut it silently', async () => {
    const response = await get('SELECT * WHERE { ?s ?p ?o }');
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/more than 500 solutions.*add a LIMIT/);
    expect((await get('SELECT * WHERE { ?s ?p ?o } LIMIT 500')).status).toBe(200);
  });

  it('refuses two queries, and a body of another type', async () => {
    expect((await fetch(`${endpoint}?query=ASK%7B%7D&query=ASK%7B%7D`)).status).toBe(400);
    const wrongType = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'ASK {}' });
    expect(wrongType.status).toBe(415);
  });
});

describe('real SPARQL clients', () => {
  it('the Comunica command-line client', async () => {
    const bin = new URL('../../node_modules/.bin/comunica-sparql', import.meta.url).pathname;
    const { stdout } = await run(bin, [`sparql@${endpoint}`, TITLES], { encoding: 'utf8', timeout: 60_000 });
    expect((JSON.parse(stdout) as { title: string }[]).map((r) => r.title).sort()).toEqual(['"De rouille et d’os"@fr', '"Rust and Bone"@en']);
  });

  it('SPARQLWrapper (Python)', async () => {
    requireTool('/usr/bin/python3', 'python3-sparqlwrapper');
    const script = 'import sys, json\nfrom SPARQLWrapper import SPARQLWrapper, JSON\ns = SPARQLWrapper(sys.argv[1]); s.setQuery(sys.argv[2]); s.setReturnFormat(JSON)\nprint(json.dumps([b["title"]["value"] for b in s.query().convert()["results"]["bindings"]]))';
    const { stdout } = await run('/usr/bin/python3', ['-c', script, endpoint, TITLES], { encoding: 'utf8', timeout: 30_000 });
    expect(JSON.parse(stdout)).toEqual(['De rouille et d’os', 'Rust and Bone']);
  });

  it('roqet (rasqal)', async () => {
    const roqet = requireTool('roqet', 'rasqal-utils');
    const { stdout } = await run(roqet, ['-q', '-p', endpoint, '-e', TITLES, '-r', 'csv'], { encoding: 'utf8', timeout: 30_000 });
    expect(stdout).toContain('Rust and Bone');
  });
});
