// Bad input of every kind a public server meets: each gets its documented status (SECURITY.md)
// and a clear message, and the server keeps serving. SPARQL that would exhaust the server (deep
// nesting, catastrophic regexes), FROM and GRAPH aimed at other hosts, bad encodings in paths and
// parameters and bodies, path traversal, malformed and huge Accept headers, unknown methods, huge requests
// and slow clients.
import { request, createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/server.ts';
import { MAX_QUERY_NESTING } from '../../src/sparql/checkQuery.ts';
import { startTestServer } from '../helpers/testServer.ts';

const FILM = '/film/de-rouille-et-d-os-2012';
let running: RunningServer;
let port: number;
beforeAll(async () => {
  running = await startTestServer({ queryLimits: { timeoutMs: 1000, maxConcurrent: 4, workers: 1 } });
  port = Number(new URL(running.url).port);
});
afterAll(() => running.close());

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request sent as given (path unnormalised, any method); a hang fails the test. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}, to = port): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: to, path, method: options.method ?? 'GET', headers: options.headers, timeout: 10_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer to ${options.method ?? 'GET'} ${path.slice(0, 80)}`))).on('error', reject);
    req.end(options.body);
  });
}

/** Raw bytes on a socket; resolves with what comes back until the server closes the connection. */
function rawExchange(bytes: string, to = port): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(to, '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.setTimeout(10_000, () => socket.destroy(new Error('the server never closed the connection')));
    socket.on('data', (d) => (answer += d)).on('end', () => resolve(answer)).on('error', reject);
  });
}

const postQuery = (query: string) =>
  send('/sparql', { method: 'POST', headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json' }, body: query });
const ASK = 'ASK { ?s a <http://schema.org/Movie> }';

async function expectStillServing(to = port): Promise<void> {
  expect((await send('/healthz', {}, to)).status).toBe(200);
  const page = await send(FILM, { headers: { Accept: 'text/turtle' } }, to);
  expect(page.status).toBe(200);
  expect(page.body).toContain('Rust and Bone');
}

describe('SPARQL that would exhaust the server', () => {
  it.each([
    ['groups', `SELECT * WHERE ${'{'.repeat(10_000)} ?s ?p ?o ${'}'.repeat(10_000)}`],
    ['parentheses', `SELECT * WHERE { ?s ?p ?o FILTER(${'('.repeat(10_000)}1${')'.repeat(10_000)}) }`],
    ['brackets', `PREFIX : <http://x/> SELECT * WHERE { ?s ?p ${'[:p '.repeat(10_000)}?o${']'.repeat(10_000)} }`],
    ['OPTIONALs', `SELECT * WHERE { ?s ?p ?o ${'OPTIONAL { ?s ?p ?o '.repeat(3000)}${'}'.repeat(3000)} }`],
  ])('refuses 10,000 nested %s with 400 and the depth, before parsing', async (_what, query) => {
    const response = await postQuery(query);
    expect(response.status).toBe(400);
    expect(response.body).toMatch(new RegExp(`^the query nests groups, brackets or parentheses \\d+ deep; at most ${MAX_QUERY_NESTING} are accepted`));
    expect((await postQuery(ASK)).body).toBe('{"head":{},"boolean":true}\n');
  });

  it('still runs a query nested as deep as the limit, and does not count brackets in strings, IRIs and comments', async () => {
    const deep = `SELECT * WHERE ${'{'.repeat(MAX_QUERY_NESTING)} ?s a <http://schema.org/Movie> ${'}'.repeat(MAX_QUERY_NESTING)} LIMIT 1`;
    expect((await postQuery(deep)).status).toBe(200);
    const noise = `${'{(['.repeat(200)}`;
    const quoted = `SELECT * WHERE { ?s ?p ?o FILTER(?o != "${noise}" && ?o != '''${noise}''' && ?s != <http://x/${'('.repeat(200)}>) } # ${noise}\nLIMIT 1`;
    expect((await postQuery(quoted)).status).toBe(200);
  });

  it('stops a catastrophic regex at the time limit with 503 and Retry-After, and answers the next query', async () => {
    const response = await postQuery(`SELECT * WHERE { VALUES ?x { "${'a'.repeat(40)}!" } FILTER(REGEX(?x, "^(a+)+$")) }`);
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('10');
    expect(response.body).toMatch(/ran longer than 1000 ms \(FILMGRAPH_QUERY_TIMEOUT_MS\) and was stopped/);
    expect((await postQuery(ASK)).body).toBe('{"head":{},"boolean":true}\n');
  });

  it('never fetches what FROM, FROM NAMED, GRAPH or the dataset parameters name, on loopback or elsewhere', async () => {
    let requests = 0;
    const listener: Server = createServer((_req, res) => {
      requests++;
      res.end('<a> <b> <c> .');
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const target = `http://127.0.0.1:${(listener.address() as { port: number }).port}/data.ttl`;
    try {
      for (const iri of [target, 'http://192.0.2.1/data.ttl', 'http://[::1]:9/data.ttl', 'file:///etc/passwd']) {
        for (const query of [
          `SELECT * FROM <${iri}> WHERE { ?s ?p ?o }`,
          `SELECT * FROM NAMED <${iri}> WHERE { GRAPH ?g { ?s ?p ?o } }`,
          `SELECT * WHERE { GRAPH <${iri}> { ?s ?p ?o } }`,
        ]) {
          const response = await postQuery(query);
          expect({ query, status: response.status }).toEqual({ query, status: 200 });
          expect(JSON.parse(response.body).results.bindings).toEqual([]);
        }
        const byParameters = await send(`/sparql?query=${encodeURIComponent('SELECT ?s ?p ?o WHERE { ?s ?p ?o }')}&default-graph-uri=${encodeURIComponent(iri)}&named-graph-uri=${encodeURIComponent(iri)}`, { headers: { Accept: 'text/csv' } });
        expect(byParameters.status).toBe(200);
        expect(byParameters.body).toBe('s,p,o\r\n');
      }
      expect(requests).toBe(0);
    } finally {
      listener.close();
    }
  });
});

describe('bad encodings', () => {
  it.each(['/film/%FF', '/film/%E0%A4', '/%C0%AF', '/film/%ZZ', '/static/style.css%FF'])('400 for the path %s', async (path) => {
    const response = await send(path);
    expect(response.status).toBe(400);
    expect(response.body).toMatch(/^the path ".*" has invalid percent-encoding \(or is not UTF-8\)\n$/);
  });

  it.each([
    ['/sparql?query=%FF', 'query'],
    [`/sparql?query=${encodeURIComponent(ASK)}&format=%E0%A4`, 'format'],
    [`${FILM}?format=%E0%A4`, 'format'],
    [`${FILM}?lang=%C3`, 'lang'],
    ['/search?q=%FF', 'q'],
    ['/search?q=caf%C3%A9%ZZ', 'q'],
    ['/?films=%FF', 'films'],
    ['/fragments?page=%E0%A4%A', 'page'],
  ])('400 naming the parameter for %s', async (path, name) => {
    const response = await send(path);
    expect(response.status).toBe(400);
    expect(response.body).toBe(`the query parameter "${name}" has invalid percent-encoding, or is not UTF-8\n`);
  });

  it.each([
    ['a query body', 'application/sparql-query', Buffer.concat([Buffer.from('ASK { ?s ?p "'), Buffer.from([0xff, 0xfe]), Buffer.from('" }')]), 'the request body is not valid UTF-8\n'],
    ['a form with a bad byte', 'application/x-www-form-urlencoded', Buffer.concat([Buffer.from('query=ASK{}'), Buffer.from([0xc3])]), 'the request body is not valid UTF-8\n'],
    ['a form with bad percent-encoding', 'application/x-www-form-urlencoded', Buffer.from('query=ASK%7B%7D%FF'), 'the form field "query" has invalid percent-encoding, or is not UTF-8\n'],
  ])('400 for %s that is not UTF-8', async (_what, type, body, message) => {
    const response = await send('/sparql', { method: 'POST', headers: { 'Content-Type': type }, body });
    expect(response.status).toBe(400);
    expect(response.body).toBe(message);
    expect((await postQuery('ASK { ?s ?p "é" }')).status).toBe(200);
  });

  it('still reads well-formed UTF-8 and + in parameters', async () => {
    const response = await send(`/search?q=${encodeURIComponent('Stéphanie')}&format=jsonld`);
    expect(response.status).toBe(200);
    expect(response.body).toContain('character/stephanie');
    expect((await send(`/search?q=rust+and+bone&format=jsonld`)).body).toContain('film/de-rouille-et-d-os-2012');
  });
});

describe('path traversal', () => {
  it.each([
    ['/../package.json', /"\.\." segment/],
    ['/static/../../package.json', /"\.\." segment/],
    ['/static/%2e%2e/%2e%2e/package.json', /"\.\." segment/],
    ['/static/%2E%2E/%2E%2E/package.json', /"\.\." segment/],
    ['/static/..%2F..%2Fpackage.json', /encoded slash/],
    ['/static/%2e%2e%2f%2e%2e%2fpackage.json', /encoded slash/],
    ['/image/..%5C..%5Cpackage.json', /backslash/],
    ['/static/./style.css', /"\." or "\.\." segment/],
  ])('400 for %s, and nothing outside is read', async (path, message) => {
    const response = await send(path);
    expect(response.status).toBe(400);
    expect(response.body).toMatch(message);
    expect(response.body).not.toMatch(/"name": "filmgraph"/);
  });
});

describe('Accept and Accept-Language', () => {
  const unavailable = Array.from({ length: 350 }, (_, i) => `application/x-type-${i};q=0.${i % 10}`).join(', ');
  it.each([
    ['10 KB of media ranges, none available', { Accept: unavailable }, 406],
    ['10 KB of media ranges, Turtle last', { Accept: `${unavailable}, text/turtle` }, 200],
    ['a q-value that is not a number', { Accept: 'text/turtle;q=abc' }, 406],
    ['a q-value over 1', { Accept: '*/*;q=2' }, 200],
    ['garbage', { Accept: ';;;,,,=/=/ \u00ff\u00fe garbage' }, 406],
    ['10 KB of Accept-Language', { 'Accept-Language': Array.from({ length: 900 }, (_, i) => `x${i};q=0.5`).join(',') }, 200],
    ['Accept-Language garbage and bad q-values', { 'Accept-Language': 'fr;q=abc, ;;;, *;q=2, \u00ff' }, 200],
    ['a 10 KB language tag', { 'Accept-Language': 'x'.repeat(10_000) }, 200],
  ])('%s: a right answer, with a message when refused', async (_what, headers, status) => {
    const response = await send(FILM, { headers });
    expect(response.status).toBe(status);
    if (status === 406) expect(response.body).toMatch(/^none of the media types in Accept is available here; supported: text\/html, text\/turtle/);
    else expect(response.body).toContain('Rust and Bone');
  });
});

describe('methods', () => {
  it.each(['PROPFIND', 'PATCH', 'DELETE', 'PUT', 'TRACE', 'MKCOL', 'PURGE'])('405 with Allow and a message for %s', async (method) => {
    const response = await send(FILM, { method });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD, OPTIONS');
    expect(response.body).toBe(`${method} is not allowed here: the catalogue is read-only (allowed: GET, HEAD, OPTIONS)\n`);
  });

  it('405 with POST in Allow on /sparql, which takes queries by POST', async () => {
    const response = await send('/sparql', { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
    expect(response.body).toMatch(/^DELETE is not allowed here: the endpoint is read-only/);
    expect((await send('/sparql', { method: 'OPTIONS' })).headers.allow).toBe('GET, HEAD, POST, OPTIONS');
  });

  it('400 from Node’s parser for a method HTTP does not know, and CONNECT closes the connection', async () => {
    expect(await rawExchange(`BREW ${FILM} HTTP/1.1\r\nHost: localhost\r\n\r\n`)).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[\s\S]*\r\n\r\nthe request is not valid HTTP \(HPE_INVALID_METHOD\)\n$/);
    // Node hands CONNECT to a 'connect' listener; there is none, so the connection is closed.
    expect(await rawExchange('CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n')).toBe('');
    await expectStillServing();
  });
});

describe('huge requests', () => {
  it('413 with a message for a 1 MB body', async () => {
    const response = await send('/sparql', { method: 'POST', headers: { 'Content-Type': 'application/sparql-query' }, body: `ASK {} # ${'x'.repeat(1 << 20)}` });
    expect(response.status).toBe(413);
    expect(response.body).toMatch(/^the request body is larger than this server accepts \(131072 bytes; see FILMGRAPH_MAX_QUERY_BYTES\)/);
  });

  it('431 with a message for a 1 MB query string', async () => {
    const answer = await rawExchange(`GET /search?q=${'x'.repeat(1 << 20)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n[\s\S]*larger than 16 KB/);
    await expectStillServing();
  });
});

describe('slow clients', () => {
  let slow: RunningServer;
  let slowPort: number;
  beforeAll(async () => {
    // Timeouts of a second or less, checked every 100 ms (Node's default check is every 30 s).
    slow = await startTestServer({ timeouts: { headersMs: 500, requestMs: 1000, checkIntervalMs: 100 } });
    slowPort = Number(new URL(slow.url).port);
  });
  afterAll(() => slow?.close());

  it('408 with a message to a client that sends half a request head, then serves others', async () => {
    const answer = await rawExchange(`GET ${FILM} HTTP/1.1\r\nHost: localhost\r\nAccept: text/tu`, slowPort);
    expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n[\s\S]*\r\n\r\nthe request did not arrive in time\n$/);
    await expectStillServing(slowPort);
  });

  it('408 with a message to a client whose body never finishes, then serves others', async () => {
    const answer = await rawExchange(
      'POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\nContent-Length: 1000\r\n\r\nASK { ?s ?p ',
      slowPort,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n[\s\S]*\r\n\r\nthe request did not arrive in time\n$/);
    await expectStillServing(slowPort);
  });
});

describe('afterwards', () => {
  it('is still serving', async () => {
    await expectStillServing();
    expect((await postQuery(ASK)).status).toBe(200);
  });
});
