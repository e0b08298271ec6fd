// The SPARQL protocol client against a real Virtuoso (one per file, started in beforeAll).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createServer, type Server } from 'node:http';
import { DataFactory } from 'n3';
import { startVirtuoso, type RunningVirtuoso } from '../../helpers/virtuoso.ts';
import { SparqlProtocolClient, queryFormOf } from '../../../src/store/remote/SparqlProtocolClient.ts';
import {
  RemoteStoreAuthenticationError,
  RemoteStoreIncompleteAnswerError,
  RemoteStoreRequestError,
  RemoteStoreTimeoutError,
  RemoteStoreUnavailableError,
} from '../../../src/store/remote/errors.ts';

const { namedNode, literal, quad } = DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const G = 'http://test.example/graph/';
const ROW_LIMIT = 1000;

let virtuoso: RunningVirtuoso;
let writer: SparqlProtocolClient;
let reader: SparqlProtocolClient;

beforeAll(async () => {
  virtuoso = await startVirtuoso({ resultSetMaxRows: ROW_LIMIT });
  writer = new SparqlProtocolClient({
    queryEndpoint: virtuoso.queryEndpoint,
    updateEndpoint: virtuoso.updateEndpoint,
    graphStoreEndpoint: virtuoso.graphStoreEndpoint,
    credentials: virtuoso.writer,
  });
  reader = new SparqlProtocolClient({ queryEndpoint: virtuoso.queryEndpoint, serverMaxRows: ROW_LIMIT });
});
afterAll(() => virtuoso?.stop());

const numbered = (graph: string, n: number) =>
  Array.from({ length: n }, (_, i) => quad(namedNode(`http://test.example/s/${i}`), namedNode('http://test.example/p'), literal(String(i), namedNode(`${XSD}integer`)), namedNode(graph)));

async function countIn(graph: string): Promise<number> {
  const [row] = await reader.select(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`);
  return Number(row.n.value);
}

describe('SPARQL protocol client against Virtuoso', () => {
  it('replaces a graph whole with Graph Store PUT, answering the Digest challenge, and reads it back as RDF/JS terms', async () => {
    const graph = `${G}put`;
    await writer.putGraph(graph, numbered(graph, 5));
    expect(await countIn(graph)).toBe(5);
    const film = namedNode('http://test.example/film/x');
    await writer.putGraph(graph, [
      quad(film, namedNode('http://schema.org/name'), literal('Rouille', 'fr')),
      quad(film, namedNode('http://schema.org/datePublished'), literal('2012-05-17', namedNode(`${XSD}date`))),
      quad(film, namedNode('http://schema.org/sameAs'), namedNode('http://www.wikidata.org/entity/Q590196')),
    ]);
    expect(await countIn(graph)).toBe(3);
    const rows = await reader.select(`SELECT ?p ?o WHERE { GRAPH <${graph}> { <${film.value}> ?p ?o } } ORDER BY ?p`);
    const byPredicate = Object.fromEntries(rows.map((row) => [row.p.value, row.o]));
    expect(byPredicate['http://schema.org/name'].equals(literal('Rouille', 'fr'))).toBe(true);
    expect(byPredicate['http://schema.org/datePublished'].equals(literal('2012-05-17', namedNode(`${XSD}date`)))).toBe(true);
    expect(byPredicate['http://schema.org/sameAs'].equals(namedNode('http://www.wikidata.org/entity/Q590196'))).toBe(true);
  });

  it('asks for the right format per query form: solutions as JSON, graphs as N-Triples, ASK as a boolean', async () => {
    const graph = `${G}forms`;
    await writer.putGraph(graph, numbered(graph, 3));
    const constructed = await reader.query(`CONSTRUCT { ?s <http://test.example/q> ?o } WHERE { GRAPH <${graph}> { ?s ?p ?o } }`);
    expect(constructed.type).toBe('quads');
    if (constructed.type !== 'quads') return;
    expect(constructed.quads).toHaveLength(3);
    expect(constructed.quads.every((q) => q.predicate.value === 'http://test.example/q' && q.object.termType === 'Literal')).toBe(true);
    expect(await reader.query(`ASK { GRAPH <${graph}> { ?s ?p 2 } }`)).toEqual({ type: 'boolean', value: true });
    expect(await reader.query(`ASK { GRAPH <${graph}> { ?s ?p 7 } }`)).toEqual({ type: 'boolean', value: false });
  });

  it('sends long queries by POST and short ones by GET, with the same answers', async () => {
    const graph = `${G}long`;
    await writer.putGraph(graph, numbered(graph, 2));
    const padding = `# ${'x'.repeat(3000)}\n`;
    const query = `SELECT ?o WHERE { GRAPH <${graph}> { ?s ?p ?o } } ORDER BY ?o`;
    expect((await reader.select(padding + query)).map((r) => r.o.value)).toEqual(['0', '1']);
    expect((await reader.select(query)).map((r) => r.o.value)).toEqual(['0', '1']);
  });

  it('runs SPARQL Update at the authenticated update endpoint, and DELETE removes a graph', async () => {
    const graph = `${G}update`;
    await writer.update(`DROP SILENT GRAPH <${graph}>`);
    await writer.update(`INSERT DATA { GRAPH <${graph}> { <http://test.example/a> <http://test.example/b> "c"@en , "d" } }`);
    expect(await countIn(graph)).toBe(2);
    await writer.update(`DROP SILENT GRAPH <${graph}>`);
    expect(await countIn(graph)).toBe(0);
    await writer.putGraph(graph, numbered(graph, 2));
    expect(await writer.deleteGraph(graph)).toBe(true);
    expect(await countIn(graph)).toBe(0);
  });

  it('answers one Digest challenge, then reuses it with a growing nonce count (no 401 per request)', async () => {
    const graph = `${G}many`;
    const client = new SparqlProtocolClient({ queryEndpoint: virtuoso.queryEndpoint, graphStoreEndpoint: virtuoso.graphStoreEndpoint, credentials: virtuoso.writer });
    const sent = vi.spyOn(globalThis, 'fetch');
    try {
      for (let n = 1; n <= 6; n++) await client.putGraph(graph, numbered(graph, n));
      expect(sent).toHaveBeenCalledTimes(7); // the first PUT twice (challenge, answer), then one each
    } finally {
      sent.mockRestore();
    }
    expect(await countIn(graph)).toBe(6);
  });

  it('refuses a wrong password and missing credentials with an authentication error', async () => {
    const wrong = new SparqlProtocolClient({ queryEndpoint: virtuoso.queryEndpoint, graphStoreEndpoint: virtuoso.graphStoreEndpoint, credentials: { user: virtuoso.writer.user, password: 'wrong' } });
    await expect(wrong.putGraph(`${G}nope`, numbered(`${G}nope`, 1))).rejects.toThrow(RemoteStoreAuthenticationError);
    await expect(wrong.putGraph(`${G}nope`, numbered(`${G}nope`, 1))).rejects.toThrow(/refused the credentials \(user "filmgraph_writer"/);
    const none = new SparqlProtocolClient({ queryEndpoint: virtuoso.queryEndpoint, graphStoreEndpoint: virtuoso.graphStoreEndpoint });
    await expect(none.putGraph(`${G}nope`, numbered(`${G}nope`, 1))).rejects.toThrow(/asks for credentials: set FILMGRAPH_STORE_USER and FILMGRAPH_STORE_PASSWORD/);
    expect(await countIn(`${G}nope`)).toBe(0);
  });

  it('finds Virtuoso refusing Basic credentials (it asks for Digest), which is why the client answers what is asked', async () => {
    const url = new URL(virtuoso.graphStoreEndpoint);
    url.searchParams.set('graph', `${G}basic`);
    const basic = `Basic ${Buffer.from(`${virtuoso.writer.user}:${virtuoso.writer.password}`).toString('base64')}`;
    const response = await fetch(url, { method: 'PUT', headers: { authorization: basic, 'content-type': 'application/n-triples' }, body: '<http://a> <http://b> <http://c> .\n' });
    expect(response.status).toBe(401);
    expect(await countIn(`${G}basic`)).toBe(0);
  });

  it('gets no update through the anonymous query endpoint', async () => {
    const anonymous = new SparqlProtocolClient({ queryEndpoint: virtuoso.queryEndpoint, updateEndpoint: virtuoso.queryEndpoint });
    await expect(anonymous.update(`INSERT DATA { GRAPH <${G}anon> { <http://a> <http://b> "c" } }`)).rejects.toThrow(RemoteStoreRequestError);
    expect(await countIn(`${G}anon`)).toBe(0);
  });

  it('turns a result cut at the row limit (X-SPARQL-MaxRows) into an error, for solutions and for graphs', async () => {
    const graph = `${G}rows`;
    await writer.putGraph(graph, numbered(graph, 40)); // 40 × 40 = 1600 solutions, over the limit of 1000
    await expect(reader.select(`SELECT * WHERE { GRAPH <${graph}> { ?a ?b ?c . ?d ?e ?f } }`)).rejects.toThrow(RemoteStoreIncompleteAnswerError);
    await expect(reader.select(`SELECT * WHERE { GRAPH <${graph}> { ?a ?b ?c . ?d ?e ?f } }`)).rejects.toThrow(/row limit of 1000 rows/);
    // Virtuoso cuts CONSTRUCT results without a header; the configured limit catches it.
    const construct = `CONSTRUCT { ?a <http://test.example/with> ?d } WHERE { GRAPH <${graph}> { ?a ?b ?c . ?d ?e ?f } }`;
    const error = await reader.query(construct).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteStoreIncompleteAnswerError);
    expect((error as RemoteStoreIncompleteAnswerError).reason).toBe('row-limit');
    // Under the limit all is well.
    expect(await reader.select(`SELECT * WHERE { GRAPH <${graph}> { ?a ?b ?c } }`)).toHaveLength(40);
  });

  it('turns a query stopped at the server time limit (X-SQL-State: S1TAT) into an error', async () => {
    const graph = `${G}slow`;
    await writer.putGraph(graph, numbered(graph, 120));
    // 120⁴ rows through a filter: minutes of work, stopped after the time limit (Virtuoso checks
    // it every second or two) with a partial count that looks like any other.
    const slow = `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } FILTER(STRLEN(CONCAT(STR(?c), STR(?f), STR(?i), STR(?l))) > 1) }`;
    const error = await reader.query(slow, { serverTimeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteStoreIncompleteAnswerError);
    expect((error as RemoteStoreIncompleteAnswerError).reason).toBe('time-limit');
    expect((error as Error).message).toMatch(/S1TAT/);
  });

  it('tells which form a query has, past prefixes, comments and strings', () => {
    expect(queryFormOf('PREFIX ask: <http://x/select#> # CONSTRUCT\nSELECT * {}')).toBe('SELECT');
    expect(queryFormOf('BASE <http://x/> construct { ?s ?p "SELECT" } where {}')).toBe('CONSTRUCT');
    expect(queryFormOf('ASK {}')).toBe('ASK');
    expect(queryFormOf('INSERT DATA {}')).toBeUndefined();
  });
});

describe('SPARQL protocol client when the server is not there', () => {
  it('turns a refused connection into RemoteStoreUnavailableError with a retry hint', async () => {
    const closed = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const client = new SparqlProtocolClient({ queryEndpoint: `http://127.0.0.1:${closed}/sparql` });
    const error = await client.query('ASK {}').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteStoreUnavailableError);
    expect((error as RemoteStoreUnavailableError).retryAfterSeconds).toBeGreaterThan(0);
    expect((error as Error).message).toMatch(/cannot be reached \(ECONNREFUSED\)/);
  });

  it('turns a server that never answers into RemoteStoreTimeoutError', async () => {
    const silent: Server = createServer(() => undefined); // accepts, never responds
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = silent.address() as { port: number };
      const client = new SparqlProtocolClient({ queryEndpoint: `http://127.0.0.1:${port}/sparql`, timeoutMs: 300 });
      const error = await client.query('ASK {}').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RemoteStoreTimeoutError);
      expect(error).toBeInstanceOf(RemoteStoreUnavailableError);
      expect((error as Error).message).toMatch(/did not answer within 300 ms/);
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('sends a query again when the server closes a kept-alive connection as it is reused', async () => {
    // What Virtuoso does when its keep-alive time-out and the reuse meet: the connection closes
    // under the second request. This server does it every time.
    const served = new WeakMap<object, number>();
    const closing = createServer((request, response) => {
      const count = (served.get(request.socket) ?? 0) + 1;
      served.set(request.socket, count);
      if (count > 1) return request.socket.destroy();
      response.writeHead(200, { 'content-type': 'application/sparql-results+json' }).end('{"boolean":true}');
    });
    await new Promise<void>((resolve) => closing.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = closing.address() as { port: number };
      const client = new SparqlProtocolClient({ queryEndpoint: `http://127.0.0.1:${port}/sparql` });
      for (let n = 0; n < 3; n++) expect(await client.query('ASK {}')).toEqual({ type: 'boolean', value: true });
    } finally {
      closing.closeAllConnections();
      await new Promise((resolve) => closing.close(resolve));
    }
  });

  it('passes on 503 with the server\'s Retry-After', async () => {
    const busy = createServer((_request, response) => response.writeHead(503, { 'retry-after': '17' }).end('busy'));
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = busy.address() as { port: number };
      const error = await new SparqlProtocolClient({ queryEndpoint: `http://127.0.0.1:${port}/sparql` }).query('ASK {}').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RemoteStoreUnavailableError);
      expect((error as RemoteStoreUnavailableError).retryAfterSeconds).toBe(17);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });
});
