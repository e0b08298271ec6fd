// Error responses: a clear message in a format the client reads (plain text for RDF clients and
// scripts; the HTML error page for browsers), and the server keeps serving.
import type { NextFunction, Request, Response } from 'express';
import type { Negotiation } from '../negotiate.ts';
import { BadPathError } from '../basePath.ts';
import { BadParameterError } from '../params.ts';

export function sendNegotiationError(res: Response, negotiation: Exclude<Negotiation, { ok: true }>): void {
  res.status(negotiation.status).type('text/plain');
  res.vary('Accept');
  res.send(`${negotiation.message}\n`);
}

/** Express error middleware: client mistakes get 400 with their message; anything else 500. */
export function errorHandler(error: Error & { status?: number; statusCode?: number; type?: string }, req: Request, res: Response, _next: NextFunction): void {
  let status = error.status ?? error.statusCode ?? 500;
  if (error instanceof BadPathError || error instanceof BadParameterError) status = 400;
  // Express's router refuses bad percent-encoding before any route runs; say what it is.
  if (status === 400 && /^Failed to decode param/.test(error.message)) error.message = `the path has invalid percent-encoding (${error.message.replace(/^Failed to decode param /, '')})`;
  if (error.type === 'entity.too.large') error.message = `the request body is larger than this server accepts (${(error as { limit?: number }).limit} bytes; see FILMGRAPH_MAX_QUERY_BYTES)`;
  if (status >= 500) req.log?.error({ err: error }, 'request failed');
  if (res.headersSent) {
    res.destroy(error);
    return;
  }
  const message = status >= 500 ? 'internal error: the request could not be answered (it is logged with its request id)' : error.message;
  res.status(status).type('text/plain').set('Cache-Control', 'no-store').send(`${message}\n`);
}
