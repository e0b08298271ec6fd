// Requests Node refuses before Express runs still get a status and a message, and the server
// keeps serving.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/server.ts';
import { startTestServer } from '../helpers/testServer.ts';

let running: RunningServer;
let port: number;
beforeAll(async () => {
  running = await startTestServer();
  port = Number(new URL(running.url).port);
});
afterAll(() => running.close());

/** Sends raw bytes and returns what comes back before the server closes the connection. */
function rawExchange(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (d) => (answer += d)).on('end', () => resolve(answer)).on('error', reject);
  });
}

describe('requests refused before Express', () => {
  it('431 with a message for a request head over 16 KB', async () => {
    const answer = await rawExchange(`GET /sparql?query=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large/);
    expect(answer).toMatch(/larger than 16 KB; send a long SPARQL query by POST/);
  });

  it('400 with a message for a request that is not HTTP', async () => {
    const answer = await rawExchange('HELLO THERE\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    expect(answer).toMatch(/not valid HTTP/);
  });

  it('keeps serving afterwards', async () => {
    expect((await fetch(`${running.url}healthz`)).status).toBe(200);
  });
});
