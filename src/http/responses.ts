// How every representation leaves the server: one place for content type, caching, validators
// and alternates, so pages, RDF and dumps behave alike.
import type { Request, Response } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import type { Rendered } from './RepresentationCache.ts';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PublishedDataset } from '../store/PublishedDataset.ts';
import Negotiator from 'negotiator';
import { alternatesOf, type Format } from '../representations/formats.ts';
import { memoizeByString } from './memoizeByString.ts';
import { COMMON_HEADERS } from './commonHeaders.ts';

/** Cache for a short while, then revalidate with ETag/Last-Modified (data can be reloaded). */
const CACHE_CONTROL = 'public, max-age=300';

export function contentType(format: Format): string {
  return format.ext === 'jsonld' || format.ext === 'nt' || format.ext === 'nq' ? format.mediaType : `${format.mediaType}; charset=utf-8`;
}

export function linkHeader(iri: string): string {
  return alternatesOf(iri)
    .map((a) => `<${a.href}>; rel="alternate"; type="${a.mediaType}"`)
    .join(', ');
}

/**
 * Sends a representation; Express computes the ETag from the body and answers 304 when fresh. A
 * body kept in the RepresentationCache keeps its headers too, made on its first sending.
 */
export function sendRepresentation(
  res: Response,
  options: { body: string | Buffer | Rendered; format: Format; catalogue: PublishedDataset; iri?: string; varyLanguage?: boolean; status?: number },
): void {
  const { body } = options;
  if (typeof body === 'string' || Buffer.isBuffer(body)) {
    res.status(options.status ?? 200);
    for (const [name, value] of representationHeaders(options)) res.setHeader(name, value);
    res.send(body);
    return;
  }
  body.headers ??= representationHeaders({ ...options, varyEncoding: true });
  sendKept(res.req, res, body);
}

/** The headers of a representation that do not depend on the request (only on what it is). */
function representationHeaders(options: { format: Format; catalogue: PublishedDataset; iri?: string; varyLanguage?: boolean; status?: number; varyEncoding?: boolean }): [string, string][] {
  const { format, catalogue, iri, status } = options;
  const vary = ['Accept', ...(options.varyLanguage ? ['Accept-Language'] : []), ...(options.varyEncoding ? ['Accept-Encoding'] : [])];
  return [
    ['Content-Type', contentType(format)],
    ['Vary', vary.join(', ')],
    ['Last-Modified', catalogue.lastModified.toUTCString()],
    ['Cache-Control', status && status >= 400 ? 'no-cache' : CACHE_CONTROL],
    ...(iri ? [['Link', linkHeader(iri)] as [string, string]] : []),
  ];
}

/** Bodies this small are not compressed (the compression middleware's own threshold). */
const COMPRESSION_THRESHOLD = 1024;

type Encoding = 'br' | 'gzip' | 'identity';

/** The encoding of a kept body for an Accept-Encoding value: remembered per value. */
const encodingFor = memoizeByString(
  (acceptEncoding): Encoding => (new Negotiator({ headers: { 'accept-encoding': acceptEncoding } }).encodings(['br', 'gzip', 'identity'])[0] as Encoding | undefined) ?? 'identity',
);

/**
 * A kept body as a request takes it: its compressed forms, with the compression middleware's
 * settings, are made once and kept with it (its ETag, of the body itself as Express computes it
 * for any other answer, so it does not depend on the encoding, is made by sendKept).
 */
function encodedKept(req: IncomingMessage, kept: Rendered): { encoding: Encoding; body: Buffer } {
  const encoding = kept.body.length < COMPRESSION_THRESHOLD ? 'identity' : encodingFor(req.headers['accept-encoding'] ?? '');
  if (encoding === 'identity') return { encoding, body: kept.body };
  kept.encoded ??= {};
  const body = (kept.encoded[encoding] ??= encoding === 'br' ? brotliCompressSync(kept.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } }) : gzipSync(kept.body));
  return { encoding, body };
}

/**
 * Sends a body kept in the RepresentationCache, with its own headers if it has them (resources),
 * else with those the route has set.
 */
export function sendKept(req: Request, res: Response, kept: Rendered): void {
  const etag = (kept.etag ??= (req.app.get('etag fn') as (body: Buffer) => string)(kept.body));
  const { encoding, body } = encodedKept(req, kept);
  res.statusCode = kept.status;
  if (kept.headers) for (const [name, value] of kept.headers) res.setHeader(name, value);
  else res.vary('Accept-Encoding');
  res.setHeader('ETag', etag);
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  // What Express's res.send does, without its checks of what kind of body this is.
  if ((req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined) && req.fresh) {
    res.statusCode = 304;
    res.removeHeader('Content-Type');
    res.removeHeader('Content-Encoding');
    res.end();
    return;
  }
  res.setHeader('Content-Length', body.length);
  if (req.method === 'HEAD') res.end();
  else res.end(body);
}

/** A kept body sent once already (by sendKept), so with its headers and ETag. */
export type SentKept = Rendered & { headers: [string, string][]; etag: string };

export const wasSent = (kept: Rendered | undefined): kept is SentKept => kept?.headers !== undefined && kept.etag !== undefined;

/**
 * Sends a kept body sent once already, with its own headers, on a response no header was set on
 * yet, without Express (keptAnswers.ts): the whole head (the common headers, the body's,
 * validators and length) is made once per encoding and written at once, which costs Node less
 * than setting each header. The same headers as sendKept after commonHeaders; conditional
 * requests are for sendKept.
 */
export function sendKeptAtOnce(req: IncomingMessage, res: ServerResponse, kept: SentKept, requestId: string): void {
  const { etag } = kept;
  const { encoding, body } = encodedKept(req, kept);
  kept.heads ??= {};
  const head = (kept.heads[encoding] ??= [
    ...COMMON_HEADERS,
    ...kept.headers,
    ['ETag', etag],
    ...(encoding === 'identity' ? [] : [['Content-Encoding', encoding] as const]),
    ['Content-Length', String(body.length)],
  ].flat());
  res.writeHead(kept.status, [...head, 'X-Request-Id', requestId]);
  if (req.method === 'HEAD') res.end();
  else res.end(body);
}

/**
 * The query editor (YASGUI) styles its result views inline; on its pages only, the CSP allows
 * inline styles. Scripts stay 'self'.
 */
export function allowInlineStyles(res: Response): void {
  const policy = res.getHeader('Content-Security-Policy');
  if (typeof policy === 'string') res.setHeader('Content-Security-Policy', policy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
}

/**
 * Streams a body (a dump, query results) to the client. A client that leaves midway (a cancelled
 * download, a closed connection) is not a failure of the server: the stream stops, nothing is
 * logged as an error.
 */
export async function streamToClient(body: Readable, res: Response): Promise<void> {
  try {
    await pipeline(body, res);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE' && res.destroyed && !res.writableFinished) return;
    throw error;
  }
}
