// Request logs: one JSON line per request, with the request id the client sees, its method, URL,
// status and time, at a level that follows the status; nothing below the logger's level. Over a
// real server whose pino logger writes into memory.
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/server.ts';
import { startTestServer } from '../helpers/testServer.ts';

interface Line {
  level: number;
  msg: string;
  reqId: string;
  req: { method: string; url: string };
  res: { statusCode: number };
  responseTime: number;
}

const lines: Line[] = [];
const memory = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const text of chunk.toString().split('\n')) if (text) lines.push(JSON.parse(text));
    done();
  },
});

let running: RunningServer;
beforeAll(async () => {
  running = await startTestServer({ logger: pino({ level: 'info' }, memory) });
});
afterAll(() => running.close());

/** The log line of the request the server answered with this request id (it is written once the answer is sent). */
async function lineOf(requestId: string): Promise<Line | undefined> {
  for (let i = 0; i < 50; i++) {
    const found = lines.filter((l) => l.reqId === requestId);
    if (found.length > 0) {
      await sleep(20);
      expect(lines.filter((l) => l.reqId === requestId)).toHaveLength(1);
      return found[0];
    }
    await sleep(20);
  }
  return undefined;
}

describe('request logs', () => {
  it('logs each request once, with the id sent back, method, URL, status and time, at a level by status', async () => {
    const film = `${running.url}film/de-rouille-et-d-os-2012`;
    // The second request of the same page is answered from what was kept: logged all the same.
    for (const [url, status, level] of [
      [`${film}?format=ttl`, 200, 30],
      [`${film}?format=ttl`, 200, 30],
      [`${running.url}film/no-such-film-1999`, 404, 40],
      [`${running.url}film/a%00b`, 400, 40],
    ] as const) {
      const response = await fetch(url);
      await response.arrayBuffer();
      expect(response.status).toBe(status);
      const id = response.headers.get('x-request-id')!;
      const line = await lineOf(id);
      expect(line).toMatchObject({ level, msg: 'request completed', req: { method: 'GET', url: url.slice(running.url.length - 1) }, res: { statusCode: status } });
      expect(line!.responseTime).toBeGreaterThanOrEqual(0);
    }
  });

  it("uses the client's request id when it is a sane token, and logs nothing below the level", async () => {
    const response = await fetch(`${running.url}healthz`, { headers: { 'X-Request-Id': 'client-id.42' } });
    expect(response.headers.get('x-request-id')).toBe('client-id.42');
    expect((await lineOf('client-id.42'))?.res.statusCode).toBe(200);
    const odd = await fetch(`${running.url}healthz`, { headers: { 'X-Request-Id': 'no spaces <allowed>' } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const quiet = await startTestServer({ logger: pino({ level: 'warn' }, memory) });
    try {
      const ok = await fetch(`${quiet.url}healthz`);
      const missing = await fetch(`${quiet.url}film/no-such-film-1999`);
      expect(await lineOf(missing.headers.get('x-request-id')!)).toMatchObject({ level: 40, res: { statusCode: 404 } });
      expect(lines.some((l) => l.reqId === ok.headers.get('x-request-id'))).toBe(false);
    } finally {
      await quiet.close();
    }
  });
});
