// How every representation leaves the server: one place for content type, caching, validators
// and alternates, so pages, RDF and dumps behave alike.
import type { Request, Response } from 'express';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import type { Rendered } from './RepresentationCache.ts';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PublishedDataset } from '../store/PublishedDataset.ts';
import { alternatesOf, type Format } from '../representations/formats.ts';

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

/** Sends a representation; Express computes the ETag from the body and answers 304 when fresh. */
export function sendRepresentation(
  res: Response,
  options: { body: string | Buffer | Rendered; format: Format; catalogue: PublishedDataset; iri?: string; varyLanguage?: boolean; status?: number },
): void {
  const { body, format, catalogue, iri } = options;
  res.status(options.status ?? 200);
  res.set('Content-Type', contentType(format));
  res.vary('Accept');
  if (options.varyLanguage) res.vary('Accept-Language');
  res.set('Last-Modified', catalogue.lastModified.toUTCString());
  res.set('Cache-Control', options.status && options.status >= 400 ? 'no-cache' : CACHE_CONTROL);
  if (iri) res.set('Link', linkHeader(iri));
  if (typeof body === 'string' || Buffer.isBuffer(body)) res.send(body);
  else sendKept(res.req, res, body);
}

/** Bodies this small are not compressed (the compression middleware's own threshold). */
const COMPRESSION_THRESHOLD = 1024;

/**
 * Sends a body kept in the RepresentationCache: its ETag (of the body itself, as Express computes
 * it for any other answer, so it does not depend on the encoding) and its compressed forms are
 * made once and kept with it, with the compression middleware's settings.
 */
export function sendKept(req: Request, res: Response, kept: Rendered): void {
  kept.etag ??= (req.app.get('etag fn') as (body: Buffer) => string)(kept.body);
  res.set('ETag', kept.etag);
  res.vary('Accept-Encoding');
  const encoding = kept.body.length < COMPRESSION_THRESHOLD ? 'identity' : req.acceptsEncodings('br', 'gzip', 'identity');
  if (encoding !== 'br' && encoding !== 'gzip') return void res.send(kept.body);
  kept.encoded ??= {};
  const compressed = (kept.encoded[encoding] ??=
    encoding === 'br' ? brotliCompressSync(kept.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } }) : gzipSync(kept.body));
  res.set('Content-Encoding', encoding);
  res.send(compressed);
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
