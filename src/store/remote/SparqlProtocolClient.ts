// A client of a SPARQL 1.1 server over Node's fetch: queries (SPARQL 1.1 Protocol), updates
// (SPARQL 1.1 Update over the protocol) and whole-graph writes (Graph Store HTTP Protocol), with
// Basic or Digest authentication as the server asks. Answers are read whole and checked before
// they are handed over, so a cut or timed-out answer (Virtuoso says so only in headers) becomes an
// error instead of passing for the whole; failures become the typed errors of errors.ts.
import { DataFactory, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import type { Row } from '../../sparql/SparqlEngine.ts';
import { AuthenticatingFetch, type Credentials } from './authenticatingFetch.ts';
import { UnsupportedDigestChallengeError } from './digestAuthentication.ts';
import { MalformedAnswerError, parseGraph, parseJsonResults } from './parseResults.ts';
import {
  RemoteStoreAuthenticationError,
  RemoteStoreIncompleteAnswerError,
  RemoteStoreRequestError,
  RemoteStoreTimeoutError,
  RemoteStoreUnavailableError,
} from './errors.ts';

export interface SparqlProtocolClientOptions {
  /** The query endpoint (SPARQL 1.1 Protocol), e.g. Virtuoso's http://host:8890/sparql. */
  queryEndpoint: string;
  /** Where SPARQL Update goes, e.g. Virtuoso's /sparql-auth. */
  updateEndpoint?: string;
  /** The Graph Store Protocol endpoint, graphs named by ?graph=, e.g. Virtuoso's /sparql-graph-crud-auth. */
  graphStoreEndpoint?: string;
  /** Sent only when the server asks (401), as Digest or Basic, whichever it offers. */
  credentials?: Credentials;
  /** Longest wait for a whole answer, in milliseconds (default 60 s). */
  timeoutMs?: number;
  /**
   * The server's row limit (Virtuoso's ResultSetMaxRows). Virtuoso marks cut solutions with
   * X-SPARQL-MaxRows but cuts CONSTRUCT and DESCRIBE results silently; a graph result with at
   * least this many triples is therefore taken as cut.
   */
  serverMaxRows?: number;
}

export type RemoteQueryResult =
  | { type: 'bindings'; variables: string[]; rows: Row[] }
  | { type: 'boolean'; value: boolean }
  | { type: 'quads'; quads: Quad[] };

export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

const DEFAULT_TIMEOUT_MS = 60_000;
/** Seconds to wait before retrying when the server did not say (no Retry-After). */
const DEFAULT_RETRY_AFTER_SECONDS = 5;
/** Longest query sent by GET (cacheable); longer ones are POSTed as a form. */
const MAX_GET_URL_LENGTH = 2048;
const GRAPH_MEDIA_TYPES = 'application/n-triples, text/turtle;q=0.9';
const RESULTS_MEDIA_TYPE = 'application/sparql-results+json';
const NETWORK_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EPIPE']);

/**
 * The form of a query (SELECT, ASK, CONSTRUCT, DESCRIBE): its first such keyword once IRIs,
 * strings and comments are set aside, as only BASE and PREFIX may come before it. No parse, so
 * vendor extensions pass; the form only chooses the Accept header.
 */
export function queryFormOf(query: string): QueryForm | undefined {
  const bare = query.replace(/<[^<>\s]*>|"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#[^\n]*/g, ' ');
  return /(?<![\w:?$-])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:-])/i.exec(bare)?.[1].toUpperCase() as QueryForm | undefined;
}

export class SparqlProtocolClient {
  private readonly http: AuthenticatingFetch;

  constructor(readonly options: SparqlProtocolClientOptions) {
    this.http = new AuthenticatingFetch(options.credentials);
  }

  /**
   * Runs a query and returns its whole answer. `serverTimeoutMs` is sent as the `timeout`
   * parameter, which Virtuoso reads as milliseconds for an "anytime" query: past it, Virtuoso
   * returns what it has with X-SQL-State: S1TAT, which becomes RemoteStoreIncompleteAnswerError.
   */
  async query(query: string, options: { form?: QueryForm; serverTimeoutMs?: number } = {}): Promise<RemoteQueryResult> {
    const form = options.form ?? queryFormOf(query);
    if (!form) throw new RemoteStoreRequestError('not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE found', 0);
    const graph = form === 'CONSTRUCT' || form === 'DESCRIBE';
    const params = new URLSearchParams({ query });
    if (options.serverTimeoutMs !== undefined) params.set('timeout', String(options.serverTimeoutMs));
    const url = new URL(this.options.queryEndpoint);
    const accept = graph ? GRAPH_MEDIA_TYPES : RESULTS_MEDIA_TYPE;
    const body = params.toString();
    const viaGet = url.href.length + body.length + 1 <= MAX_GET_URL_LENGTH;
    if (viaGet) for (const [name, value] of params) url.searchParams.append(name, value);
    const response = await this.request(url, {
      method: viaGet ? 'GET' : 'POST',
      headers: viaGet ? { accept } : { accept, 'content-type': 'application/x-www-form-urlencoded' },
      body: viaGet ? undefined : body,
      idempotent: true,
    });
    const text = await this.readBody(url, response);
    this.refuseIncomplete(url, response);
    const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    try {
      if (graph) {
        const quads = parseGraph(text, mediaType);
        const limit = this.options.serverMaxRows;
        if (limit !== undefined && quads.length >= limit)
          throw new RemoteStoreIncompleteAnswerError(`${url.origin}${url.pathname} returned ${quads.length} triples, the server's row limit (${limit}): the graph result may be cut`, 'row-limit');
        return { type: 'quads', quads };
      }
      if (mediaType !== RESULTS_MEDIA_TYPE) throw new MalformedAnswerError(`a ${form} result came as ${mediaType || 'no media type'}, not ${RESULTS_MEDIA_TYPE}`);
      return parseJsonResults(text);
    } catch (error) {
      if (error instanceof MalformedAnswerError) throw new RemoteStoreRequestError(`${url.origin}${url.pathname}: ${error.message}`, 0);
      throw error;
    }
  }

  /** Runs a SELECT query and returns its solutions. */
  async select(query: string): Promise<Row[]> {
    const result = await this.query(query, { form: 'SELECT' });
    if (result.type !== 'bindings') throw new RemoteStoreRequestError('a SELECT query did not return solutions', 0);
    return result.rows;
  }

  /** Runs a SPARQL Update request at the update endpoint. */
  async update(update: string): Promise<void> {
    const url = new URL(this.required('updateEndpoint'));
    const response = await this.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ update }).toString(),
    });
    await this.readBody(url, response);
  }

  /** Replaces a named graph whole with these triples (Graph Store Protocol PUT); their own graph is ignored. */
  async putGraph(graph: string, quads: Iterable<Quad>): Promise<void> {
    const url = this.graphUrl(graph);
    const body = new Writer({ format: 'N-Triples' }).quadsToString([...quads].map((q) => DataFactory.quad(q.subject, q.predicate, q.object)));
    const response = await this.request(url, { method: 'PUT', headers: { 'content-type': 'application/n-triples' }, body });
    await this.readBody(url, response);
  }

  /** Removes a named graph (Graph Store Protocol DELETE); false when there was none. */
  async deleteGraph(graph: string): Promise<boolean> {
    const url = this.graphUrl(graph);
    const response = await this.request(url, { method: 'DELETE', headers: {} });
    if (response.status === 404) {
      await response.body?.cancel();
      return false;
    }
    await this.readBody(url, response);
    return true;
  }

  private required(endpoint: 'updateEndpoint' | 'graphStoreEndpoint'): string {
    const value = this.options[endpoint];
    if (!value) throw new RemoteStoreRequestError(`no ${endpoint === 'updateEndpoint' ? 'update' : 'graph store'} endpoint is set`, 0);
    return value;
  }

  private graphUrl(graph: string): URL {
    const url = new URL(this.required('graphStoreEndpoint'));
    url.searchParams.set('graph', graph);
    return url;
  }

  /** Sends a request within the time limit; network failures and time-outs become typed errors. */
  private async request(url: URL, request: { method: string; headers: Record<string, string>; body?: string; idempotent?: boolean }): Promise<Response> {
    const where = `${url.origin}${url.pathname}`;
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const signal = AbortSignal.timeout(timeoutMs);
    let response: Response | undefined;
    // A kept-alive connection the server closed while idle fails as soon as it is reused; a
    // request that may be repeated is sent again (the pool may hold more than one such connection).
    const attempts = (request.idempotent ?? request.method !== 'POST') ? 3 : 1;
    for (let attempt = 1; !response; attempt++) {
      try {
        response = await this.http.fetch(url, { ...request, signal });
      } catch (error) {
        if (attempt === attempts || !closedConnection(error) || signal.aborted) throw this.networkError(where, timeoutMs, error);
      }
    }
    if (response.ok) return response;
    const detail = (await response.text().catch(() => '')).trim().slice(0, 500);
    if (response.status === 401)
      throw new RemoteStoreAuthenticationError(
        !this.options.credentials
          ? `${where} asks for credentials: set FILMGRAPH_STORE_USER and FILMGRAPH_STORE_PASSWORD (or FILMGRAPH_STORE_TOKEN)`
          : 'token' in this.options.credentials
            ? `${where} refused the access token (FILMGRAPH_STORE_TOKEN)`
            : `${where} refused the credentials (user ${JSON.stringify(this.options.credentials.user)} from FILMGRAPH_STORE_USER)`,
      );
    if (response.status === 403) throw new RemoteStoreAuthenticationError(`${where} forbids this request (403)${detail ? `: ${detail}` : ''}`);
    if ([502, 503, 504].includes(response.status))
      throw new RemoteStoreUnavailableError(`${where} is unavailable (${response.status} ${response.statusText})`, retryAfterOf(response));
    throw new RemoteStoreRequestError(`${where} answered ${response.status} ${response.statusText}${detail ? `: ${detail}` : ''}`, response.status);
  }

  /** Reads a body; the time limit and the connection can still fail here. */
  private async readBody(url: URL, response: Response): Promise<string> {
    try {
      return await response.text();
    } catch (error) {
      throw this.networkError(`${url.origin}${url.pathname}`, this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS, error);
    }
  }

  private networkError(where: string, timeoutMs: number, error: unknown): Error {
    if (error instanceof UnsupportedDigestChallengeError) return new RemoteStoreAuthenticationError(`${where}: ${error.message}`);
    const name = (error as Error)?.name;
    if (name === 'TimeoutError' || name === 'AbortError')
      return new RemoteStoreTimeoutError(`${where} did not answer within ${timeoutMs} ms`, DEFAULT_RETRY_AFTER_SECONDS, { cause: error });
    const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
    const code = cause?.code ?? (error as NodeJS.ErrnoException)?.code;
    if ((code && (NETWORK_ERROR_CODES.has(code) || code.startsWith('UND_ERR'))) || (error instanceof TypeError && error.message === 'fetch failed'))
      return new RemoteStoreUnavailableError(`${where} cannot be reached (${code ?? cause?.message ?? (error as Error).message}); retry in ${DEFAULT_RETRY_AFTER_SECONDS} s`, DEFAULT_RETRY_AFTER_SECONDS, { cause: error });
    return error as Error;
  }

  private refuseIncomplete(url: URL, response: Response): void {
    const where = `${url.origin}${url.pathname}`;
    if (response.headers.get('x-sql-state') === 'S1TAT')
      throw new RemoteStoreIncompleteAnswerError(`${where} stopped the query at its time limit and returned a partial answer (X-SQL-State: S1TAT)`, 'time-limit');
    const maxRows = response.headers.get('x-sparql-maxrows');
    if (maxRows !== null)
      throw new RemoteStoreIncompleteAnswerError(`${where} cut the answer at its row limit of ${maxRows} rows (X-SPARQL-MaxRows; Virtuoso's ResultSetMaxRows)`, 'row-limit');
  }
}

/** Whether fetch failed because the other side closed or reset the connection. */
function closedConnection(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } })?.cause?.code;
  return code === 'UND_ERR_SOCKET' || code === 'ECONNRESET';
}

/** Retry-After in seconds (a number or an HTTP date), else the default. */
function retryAfterOf(response: Response): number {
  const value = response.headers.get('retry-after');
  if (!value) return DEFAULT_RETRY_AFTER_SECONDS;
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? DEFAULT_RETRY_AFTER_SECONDS : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
