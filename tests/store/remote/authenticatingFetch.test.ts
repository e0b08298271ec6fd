// The Basic and bearer-token branches against a real HTTP server on 127.0.0.1 that asks for them
// (Virtuoso asks for Digest only; the Digest branch is tested against it in
// SparqlProtocolClient.test.ts; QLever, which takes a bearer token for updates, is not packaged here).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { AuthenticatingFetch } from '../../../src/store/remote/authenticatingFetch.ts';

const GOOD = `Basic ${Buffer.from('reader:s3cret é').toString('base64')}`;
const TOKEN = 'Bearer qlever-t0ken';
let server: Server;
let url: URL;
const received: (string | undefined)[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    received.push(request.headers.authorization);
    if (request.headers.authorization === GOOD || request.headers.authorization === TOKEN) response.writeHead(200).end('ok');
    else response.writeHead(401, { 'www-authenticate': 'Basic realm="test", charset="UTF-8"' }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = new URL(`http://127.0.0.1:${(server.address() as { port: number }).port}/data`);
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('authenticating fetch, Basic', () => {
  it('sends credentials only once asked, then with every request', async () => {
    received.length = 0;
    const http = new AuthenticatingFetch({ user: 'reader', password: 's3cret é' });
    const first = await http.fetch(url, { method: 'GET', headers: {} });
    expect(first.status).toBe(200);
    expect(await first.text()).toBe('ok');
    expect(received).toEqual([undefined, GOOD]);
    expect((await http.fetch(url, { method: 'GET', headers: {} })).status).toBe(200);
    expect(received).toEqual([undefined, GOOD, GOOD]);
  });

  it('gives back the 401 when the credentials are refused, after one try', async () => {
    received.length = 0;
    const response = await new AuthenticatingFetch({ user: 'reader', password: 'wrong' }).fetch(url, { method: 'GET', headers: {} });
    expect(response.status).toBe(401);
    expect(received).toHaveLength(2);
  });

  it('without credentials passes the 401 on untouched', async () => {
    received.length = 0;
    const response = await new AuthenticatingFetch().fetch(url, { method: 'GET', headers: {} });
    expect(response.status).toBe(401);
    expect(received).toEqual([undefined]);
  });
});

describe('authenticating fetch, bearer token', () => {
  it('sends the token with every request, the first included (there is no challenge to wait for)', async () => {
    received.length = 0;
    const http = new AuthenticatingFetch({ token: 'qlever-t0ken' });
    expect((await http.fetch(url, { method: 'POST', headers: {}, body: 'x' })).status).toBe(200);
    expect((await http.fetch(url, { method: 'GET', headers: {} })).status).toBe(200);
    expect(received).toEqual([TOKEN, TOKEN]);
  });

  it('gives back the 401 of a refused token at once, without trying anything else', async () => {
    received.length = 0;
    const response = await new AuthenticatingFetch({ token: 'wrong' }).fetch(url, { method: 'GET', headers: {} });
    expect(response.status).toBe(401);
    expect(received).toEqual(['Bearer wrong']);
  });
});
