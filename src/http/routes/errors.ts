// Error responses: a clear message in a format the client reads (plain text for RDF clients and
// scripts; the HTML error page for browsers), and the server keeps serving.
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Negotiation } from '../negotiate.ts';
import { BadPathError } from '../basePath.ts';
import { BadParameterError } from '../params.ts';
import { PageRequestError } from '../../store/paging.ts';
import { RemoteStoreError, RemoteStoreTimeoutError, RemoteStoreUnavailableError } from '../../store/remote/errors.ts';

export function sendNegotiationError(res: Response, negotiation: Exclude<Negotiation, { ok: true }>): void {
  res.status(negotiation.status).type('text/plain');
  res.vary('Accept');
  res.send(`${negotiation.message}\n`);
}

/** Express error middleware: client mistakes get 400 with their message; anything else 500, logged. */
export const errorHandler = (logger: Logger) => (error: Error & { status?: number; statusCode?: number; type?: string }, req: Request, res: Response, _next: NextFunction): void => {
  let status = error.status ?? error.statusCode ?? 500;
  if (error instanceof BadPathError || error instanceof BadParameterError || error instanceof PageRequestError) status = 400;
  // Express's router refuses bad percent-encoding before any route runs; say what it is.
  if (status === 400 && /^Failed to decode param/.test(error.message)) error.message = `the path has invalid percent-encoding (${error.message.replace(/^Failed to decode param /, '')})`;
  if (error.type === 'entity.too.large') error.message = `the request body is larger than this server accepts (${(error as { limit?: number }).limit} bytes; see FILMGRAPH_MAX_QUERY_BYTES)`;
  // The remote store failed: say so, without naming the server (its address is not public).
  let message = status >= 500 ? 'internal error: the request could not be answered (it is logged with its request id)' : error.message;
  if (error instanceof RemoteStoreUnavailableError) {
    status = error instanceof RemoteStoreTimeoutError ? 504 : 503;
    res.set('Retry-After', String(error.retryAfterSeconds));
    message = status === 504 ? 'the SPARQL server behind this catalogue did not answer in time; try again shortly' : 'the SPARQL server behind this catalogue is unavailable; try again shortly';
  } else if (error instanceof RemoteStoreError) {
    status = 502;
    message = 'the SPARQL server behind this catalogue gave an answer that cannot be used (it is logged with the request id)';
  }
  if (status >= 500) logger.error({ reqId: req.id, err: error }, 'request failed');
  if (res.headersSent) {
    res.destroy(error);
    return;
  }
  res.status(status).type('text/plain').set('Cache-Control', 'no-store').send(`${message}\n`);
};
