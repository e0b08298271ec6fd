// streamToClient: a client leaving in the middle of a stream (a dump, query results) is not a
// server failure, while a failing source still is. Over a real server on 127.0.0.1.
import { once } from 'node:events';
import { get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamToClient } from '../../src/http/responses.ts';

let server: Server;
let origin: string;
let outcome: Promise<string>;
let settle: (value: string) => void;

/** Lines for ever: the client decides when it has had enough. */
const endless = () =>
  Readable.from(
    (function* () {
      for (let i = 0; ; i++) yield `<http://example.org/s${i}> <http://example.org/p> "${'x'.repeat(200)}" .\n`;
    })(),
  );
const failing = () =>
  Readable.from(
    (function* () {
      yield 'a first line\n';
      throw new Error('the source broke');
    })(),
  );

beforeAll(async () => {
  const app = express();
  app.get('/:source', (req, res) => {
    streamToClient(req.params.source === 'endless' ? endless() : failing(), res).then(
      () => settle('resolved'),
      (error: Error) => settle(`rejected: ${error.message}`),
    );
  });
  server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const fresh = () => (outcome = new Promise((resolve) => (settle = resolve)));

describe('streamToClient', () => {
  it('ends quietly when the client leaves in the middle', async () => {
    fresh();
    const request = get(`${origin}/endless`, (response) => {
      response.once('data', () => request.destroy());
    });
    request.on('error', () => {});
    expect(await outcome).toBe('resolved');
  });

  it('still fails when the source fails', async () => {
    fresh();
    const request = get(`${origin}/failing`, (response) => response.resume());
    request.on('error', () => {});
    expect(await outcome).toBe('rejected: the source broke');
  });
});
