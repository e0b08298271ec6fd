// Request logs: one JSON line (pino) per request, written when its response is done, with a
// request id — the client's X-Request-Id when it is a sane token, else a new UUID — that the
// response carries (commonHeaders.ts) so a user can quote it. Lean on purpose, since it runs on every request: no child logger, no
// dump of the headers, nothing formatted when the level is off (pino-http did all three and cost
// about a fifth of a kept page's time; bench/RESULTS.md, issue 5).
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { IncomingMessage, ServerResponse } from 'node:http';

declare module 'node:http' {
  interface IncomingMessage {
    /** The request id (X-Request-Id), set by the request logger. */
    id?: string;
  }
}

const SANE_ID = /^[\w.-]{1,64}$/;

/**
 * Starts the log of a request: gives it its id (req.id) and writes its line once the response
 * is done. The first thing every request meets (createApp.ts), kept answers included.
 */
export function logRequest(logger: Logger, req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && SANE_ID.test(given) ? given : randomUUID();
  req.id = id;
  const start = performance.now();
  const url = req.url; // as sent: routers rewrite req.url on the way
  // 'close' comes after 'finish', or alone when the client left before the answer was sent.
  res.once('close', () => {
    const aborted = !res.writableFinished;
    const status = res.statusCode;
    const level = status >= 500 ? 'error' : status >= 400 || aborted ? 'warn' : 'info';
    if (!logger.isLevelEnabled(level)) return;
    const entry = {
      reqId: id,
      req: { method: req.method, url, remoteAddress: req.socket.remoteAddress },
      res: { statusCode: status },
      responseTime: Math.round(performance.now() - start),
    };
    logger[level](entry, aborted ? 'request aborted' : 'request completed');
  });
  return id;
}
