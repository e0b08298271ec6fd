// /sparql: the SPARQL 1.1 Protocol, read-only. Query by GET, by POST of a form, or by POST of
// application/sparql-query; default-graph-uri and named-graph-uri; results negotiated by form
// (solutions and booleans as SPARQL JSON/XML/CSV/TSV, graphs in the RDF formats). Without a query,
// the service description. Every query is checked (checkQuery) before it runs.
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { CatalogueHolder } from '../CatalogueHolder.ts';
import type { Rendered, RepresentationCache } from '../RepresentationCache.ts';
import { negotiate, negotiateLanguage } from '../negotiate.ts';
import { sendNegotiationError } from './errors.ts';
import { checkQueryString, singleParam, type SplitUrl } from '../params.ts';
import { allowInlineStyles, contentType, sendKept, sendKeptAtOnce, sendRepresentation, wasSent } from '../responses.ts';
import { mountPathOf } from '../basePath.ts';
import { checkQuery, QueryRejectedError, type ProtocolDataset } from '../../sparql/checkQuery.ts';
import { RESULT_FORMATS, booleanResult, solutionsStream, type ResultFormat } from '../../representations/sparqlResults.ts';
import { FORMATS, RDF_FORMATS } from '../../representations/formats.ts';
import { renderSparqlPage, type Lang } from '../../representations/html/index.ts';
import { languageLinks, stylesheetUrl } from '../../representations/pageUrls.ts';
import type { PublishedDataset, QueryRunner } from '../../store/PublishedDataset.ts';
import { QueryCancelledError, QueryEvaluationError, QueryMemoryError, QueryOverloadError, QueryTimeoutError, QueryWorkerCrashError } from '../../sparql/QueryWorkerPool.ts';

const HTML = FORMATS.find((f) => f.ext === 'html')!;
import { serializeQuads } from '../../representations/serializeRdf.ts';
import { RemoteStoreIncompleteAnswerError, RemoteStoreRequestError, RemoteStoreScopeTooLargeError, RemoteStoreTimeoutError } from '../../store/remote/errors.ts';
import { serviceDescription } from '../../representations/serviceDescription.ts';
import type { Row } from '../../sparql/SparqlEngine.ts';

export interface SparqlLimits {
  /** Longest query accepted, in bytes (413 beyond). */
  maxQueryBytes: number;
  /** Most solutions (or triples) a result may have; more is an error, never a silently cut result. */
  maxResults: number;
}

export const DEFAULT_SPARQL_LIMITS: SparqlLimits = { maxQueryBytes: 64 * 1024, maxResults: 10_000 };

class ProtocolError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function sparqlRouter(holder: CatalogueHolder, limits: SparqlLimits = DEFAULT_SPARQL_LIMITS): Router {
  const router = express.Router();
  const bodyLimit = limits.maxQueryBytes * 2; // a form encodes each byte in up to three
  router.get('/sparql', (req, res) => handle(holder, limits, req, res));
  router.post(
    '/sparql',
    takeReadAhead,
    express.urlencoded({ extended: false, limit: bodyLimit, parameterLimit: 100, verify: (_req, _res, body) => checkFormBody(body) }),
    express.text({ type: ['application/sparql-query', 'application/sparql-update'], limit: bodyLimit, verify: (_req, _res, body) => checkUtf8Body(body) }),
    (req, res) => handle(holder, limits, req, res),
  );
  const allow = 'GET, HEAD, POST, OPTIONS';
  router.options('/sparql', (_req, res) => res.set('Allow', allow).status(204).end());
  router.all('/sparql', (req, res) => {
    res.set('Allow', allow).status(405).type('text/plain').send(`${req.method} is not allowed here: the endpoint is read-only (allowed: ${allow})\n`);
  });
  return router;
}

async function handle(holder: CatalogueHolder, limits: SparqlLimits, req: Request, res: Response): Promise<void> {
  const catalogue = holder.current!;
  const endpoint = `${catalogue.baseIri}sparql`;
  try {
    const { query, dataset } = protocolRequest(req);
    if (query !== undefined) return await answerQuery(catalogue, holder.queries!, limits, query, dataset, req, res, holder.representations);
    // No query: the query page for browsers, the service description for RDF clients.
    const negotiation = negotiate(req.get('Accept'), singleParam(req, 'format'), [HTML, ...RDF_FORMATS]);
    if (!negotiation.ok) return sendNegotiationError(res, negotiation);
    if (negotiation.format.ext === 'html') {
      const lang = negotiateLanguage(singleParam(req, 'lang'), req.get('Accept-Language')) as Lang;
      allowInlineStyles(res);
      const body = renderSparqlPage({ baseIri: catalogue.baseIri, lang, endpoint, queries: catalogue.namedQueries, stylesheet: stylesheetUrl(catalogue.baseIri), languageLinks: languageLinks(endpoint) });
      return sendRepresentation(res, { body, format: negotiation.format, catalogue, varyLanguage: true });
    }
    const body = await serializeQuads(serviceDescription(catalogue, await catalogue.graphSizes(), endpoint), negotiation.format);
    sendRepresentation(res, { body, format: negotiation.format, catalogue });
  } catch (error) {
    if (!sendRefusal(error, res)) throw error;
  }
}

/**
 * Checks and runs a query, answering in the negotiated format: also how /queries/NAME runs a
 * named query. Refusals (malformed, update, SERVICE, limits) are answered, not thrown.
 */
export async function answerQuery(
  catalogue: PublishedDataset,
  queries: QueryRunner,
  limits: SparqlLimits,
  query: string,
  dataset: ProtocolDataset | undefined,
  req: Request,
  res: Response,
  /** Where answers are kept until the data changes (the cache of rendered descriptions). */
  cache?: RepresentationCache,
): Promise<void> {
  // The same text, dataset and Accept over the same data give the same bytes: a kept answer is
  // sent without checking or running the query again (it passed the checks when it was made).
  const key = cache && isRepeatable(query) ? answerKey(catalogue, req.get('Accept'), singleParam(req, 'format'), dataset, query) : undefined;
  const kept = key ? cache!.peek(key) : undefined;
  if (kept) return sendKept(req, res, kept);
  try {
    if (Buffer.byteLength(query) > limits.maxQueryBytes)
      throw new ProtocolError(413, `the query is longer than ${limits.maxQueryBytes} bytes (FILMGRAPH_MAX_QUERY_BYTES)`);
    const checked = checkQuery(query, catalogue.baseIri, dataset);
    const graphResult = checked.form === 'CONSTRUCT' || checked.form === 'DESCRIBE';
    // Negotiate before running: a client that reads none of the formats gets 406 at once.
    const negotiation = graphResult
      ? negotiate(req.get('Accept'), singleParam(req, 'format'), RDF_FORMATS)
      : negotiate(req.get('Accept'), singleParam(req, 'format'), RESULT_FORMATS.filter((f) => checked.form === 'SELECT' || f.boolean));
    if (!negotiation.ok) return sendNegotiationError(res, negotiation);

    // A client that leaves before its query runs frees its place in the queue.
    const left = new AbortController();
    if (res.destroyed) left.abort();
    else res.once('close', () => res.writableFinished || left.abort());
    const result = await queries.run(checked.text, limits.maxResults, left.signal);
    let answer: { body: Buffer; contentType: string };
    if (result.type === 'quads') {
      const format = negotiation.format as (typeof RDF_FORMATS)[number];
      const quads = await capped(result.quads, limits.maxResults, 'triples');
      answer = { body: Buffer.from(await serializeQuads(quads, format)), contentType: contentType(format) };
    } else {
      const format = negotiation.format as ResultFormat;
      // Results are capped, so whole in memory already: serialised into one body.
      const body =
        result.type === 'boolean'
          ? Buffer.from(booleanResult(result.value, format))
          : await buffer(solutionsStream(result.variables, toAsync(await capped(result.rows, limits.maxResults, 'solutions')), format));
      answer = { body, contentType: `${format.mediaType}${format.ext === 'csv' || format.ext === 'tsv' ? '; charset=utf-8' : ''}` };
    }
    // Answers are not cached by HTTP caches (a query's answer is asked for again, not revalidated).
    const headers: [string, string][] = [['Content-Type', answer.contentType], ['Vary', 'Accept, Accept-Encoding'], ['Cache-Control', 'no-cache']];
    const rendered: Rendered = { body: answer.body, status: 200, headers };
    if (key) cache!.put(key, rendered);
    sendKept(req, res, rendered);
  } catch (error) {
    if (!sendRefusal(error, res)) throw error;
  }
}

/** Where an answer is kept: its text and dataset, as asked for (Accept, format), over one version of the data. */
function answerKey(catalogue: PublishedDataset, accept: string | undefined, format: string | undefined, dataset: ProtocolDataset | undefined, query: string): string {
  return [catalogue.fingerprint, accept ?? '', format ?? '', JSON.stringify(dataset ?? null), query].join('\u0000');
}

/**
 * Answers a query whose answer is kept, before Express (createApp.ts), as keptResource answers a
 * kept description and for the same reason: Express and the middleware cost more than sending.
 * Only the plain cases: GET or HEAD with one `query` parameter, or a POST of
 * application/sparql-query in UTF-8 with a Content-Length the route accepts. Anything else, and
 * any answer not kept, goes on (`next`) to Express, which answers it as before; a POST body read
 * here is handed to the route (`readAhead`), as the body parser would read it.
 */
export function keptAnswer(holder: CatalogueHolder, limits: SparqlLimits = DEFAULT_SPARQL_LIMITS) {
  return (req: IncomingMessage, res: ServerResponse, url: SplitUrl, next: () => void): void => {
    const catalogue = holder.current;
    const id = req.id;
    if (!catalogue || holder.unavailable || !id) return next();
    if (url.path !== `${mountPathOf(catalogue.baseIri)}sparql`) return next();
    const { query, format, update } = url.params;
    if (update !== undefined || (format !== undefined && typeof format !== 'string')) return next();
    const dataset: ProtocolDataset = { defaultGraphUris: listParam(url.params['default-graph-uri']), namedGraphUris: listParam(url.params['named-graph-uri']) };
    const answered = (text: string) => {
      const kept = holder.representations.peek(answerKey(catalogue, req.headers.accept, format, dataset, text));
      if (!wasSent(kept)) return false;
      sendKeptAtOnce(req, res, kept, id);
      return true;
    };
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (typeof query !== 'string' || req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined || !answered(query)) next();
      return;
    }
    const length = Number(req.headers['content-length']);
    const type = req.headers['content-type']?.toLowerCase().replace(/\s+/g, '');
    if (
      req.method !== 'POST' || query !== undefined || req.headers['content-encoding'] !== undefined ||
      (type !== 'application/sparql-query' && type !== 'application/sparql-query;charset=utf-8') ||
      !Number.isSafeInteger(length) || length > limits.maxQueryBytes * 2
    )
      return next();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('error', () => res.destroy()); // the client is gone
    req.once('end', () => {
      const body = Buffer.concat(chunks);
      if (isUtf8(body) && answered(body.toString('utf8'))) return;
      readAhead.set(req, body);
      next();
    });
  };
}

/** Request bodies keptAnswer has read, for the routes to take instead of the body parsers. */
const readAhead = new WeakMap<IncomingMessage, Buffer>();

/** The body keptAnswer read, checked as the body parser would check it. */
function takeReadAhead(req: Request, _res: Response, next: NextFunction): void {
  const body = readAhead.get(req);
  if (body) {
    checkUtf8Body(body);
    req.body = body.toString('utf8');
  }
  next();
}

const listParam = (value: unknown): string[] => [value].flat().filter((v): v is string => typeof v === 'string');

/** Functions whose value changes from one run to the next: a query calling one is never kept. */
const isRepeatable = (query: string) => !/\b(NOW|RAND|UUID|STRUUID|BNODE)\s*\(/i.test(query);

async function buffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as string | Buffer));
  return Buffer.concat(chunks);
}

/** Answers the refusals of the protocol; false for any other error. */
function sendRefusal(error: unknown, res: Response): boolean {
  if (res.headersSent) return false;
  if (error instanceof QueryCancelledError) return true; // nobody is left to answer
  if (error instanceof QueryRejectedError || error instanceof QueryEvaluationError) res.status(400).type('text/plain').send(`${error.message}\n`);
  else if (error instanceof QueryTimeoutError || error instanceof QueryMemoryError) res.status(503).set('Retry-After', '10').type('text/plain').send(`${error.message}\n`);
  else if (error instanceof QueryOverloadError) res.status(503).set('Retry-After', '2').type('text/plain').send(`${error.message}\n`);
  else if (error instanceof QueryWorkerCrashError) res.status(500).type('text/plain').send(`${error.message}\n`);
  else if (error instanceof ProtocolError) res.status(error.status).type('text/plain').send(`${error.message}\n`);
  // The remote store's answers to a client's query: the same statuses as the embedded store's.
  else if (error instanceof RemoteStoreIncompleteAnswerError && error.reason === 'row-limit')
    res.status(413).type('text/plain').send("the result is longer than the SPARQL server's row limit: add a LIMIT, and OFFSET to page through it\n");
  else if (error instanceof RemoteStoreIncompleteAnswerError || error instanceof RemoteStoreTimeoutError)
    res.status(503).set('Retry-After', '10').type('text/plain').send('the query was stopped at the time limit (FILMGRAPH_QUERY_TIMEOUT_MS): simplify it or add a LIMIT\n');
  else if (error instanceof RemoteStoreScopeTooLargeError) res.status(501).type('text/plain').send(`${error.message}\n`);
  else if (error instanceof RemoteStoreRequestError && error.status === 400)
    res.status(400).type('text/plain').send(`the SPARQL server refused the query: ${error.message.replace(/^.*? answered 400 [^:]*:? ?/, '')}\n`);
  else return false;
  return true;
}

/** The query and dataset of a protocol request, from the URL or the body, each given once. */
function protocolRequest(req: Request): { query: string | undefined; dataset: ProtocolDataset } {
  const contentTypeHeader = req.is('application/sparql-query') ? 'query' : req.is('application/sparql-update') ? 'update' : req.is('application/x-www-form-urlencoded') ? 'form' : undefined;
  if (req.method === 'POST' && !contentTypeHeader)
    throw new ProtocolError(415, 'POST a query as application/sparql-query or as an application/x-www-form-urlencoded form with a "query" field');
  // The protocol: a query posted directly is UTF-8.
  const charset = /;\s*charset\s*=\s*"?([^";]+)/i.exec(req.get('Content-Type') ?? '')?.[1]?.toLowerCase();
  if (req.method === 'POST' && charset && charset !== 'utf-8' && charset !== 'utf8')
    throw new ProtocolError(415, `a query must be sent in UTF-8, not ${charset}`);
  const form = contentTypeHeader === 'form' ? (req.body as Record<string, string | string[]>) : {};
  const all = (name: string): string[] => [req.query[name], form[name]].flat().filter((v): v is string => typeof v === 'string');
  if (contentTypeHeader === 'update' || all('update').length > 0)
    throw new QueryRejectedError('this endpoint is read-only: SPARQL Update is refused', 'update');
  const queries = [...all('query'), ...(contentTypeHeader === 'query' ? [String(req.body ?? '')] : [])];
  if (queries.length > 1) throw new ProtocolError(400, 'give exactly one query (the "query" parameter appears more than once)');
  return { query: queries[0], dataset: { defaultGraphUris: all('default-graph-uri'), namedGraphUris: all('named-graph-uri') } };
}

/**
 * Bodies are read strictly, like query strings: the body parsers would turn bytes that are not
 * UTF-8 into U+FFFD, and the query run would not be the one sent.
 */
function checkUtf8Body(body: Buffer): void {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw Object.assign(new Error('the request body is not valid UTF-8'), { status: 400 });
  }
}

function checkFormBody(body: Buffer): void {
  checkUtf8Body(body);
  try {
    checkQueryString(body.toString('utf8'));
  } catch (error) {
    throw Object.assign(new Error(`the form ${(error as Error).message.replace(/^the query parameter/, 'field')}`), { status: 400 });
  }
}

/** Collects up to `limit` items; one more is an error rather than a silently cut result. */
async function capped<T>(items: AsyncIterable<T>, limit: number, what: string): Promise<T[]> {
  const collected: T[] = [];
  for await (const item of items) {
    if (collected.length === limit)
      throw new ProtocolError(413, `the result has more than ${limit} ${what} (FILMGRAPH_MAX_RESULTS): add a LIMIT, and OFFSET to page through it`);
    collected.push(item);
  }
  return collected;
}

function toAsync(rows: Row[]): AsyncIterable<Row> {
  return Readable.from(rows, { objectMode: true });
}
