// Starts the HTTP server: listen first (so /healthz answers 503 while loading), work out the base
// IRI from the port actually bound when none is set, then load the catalogue: the embedded one
// from the files, or, with a remote store, the load record of a SPARQL server, read again every
// few seconds (a new load is served once finished; while the server is down, 503 + Retry-After).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { CatalogueHolder } from './CatalogueHolder.ts';
import { createRequestHandler } from './createApp.ts';
import type { SparqlLimits } from './routes/sparql.ts';
import { Catalogue } from '../store/Catalogue.ts';
import { QueryWorkerPool } from '../sparql/QueryWorkerPool.ts';
import type { DataLocations } from '../store/dataFiles.ts';
import { checkBaseIri } from '../vocab/iris.ts';
import { mountPathOf } from './basePath.ts';
import { defaultLocations } from '../store/dataFiles.ts';
import { loadNamedQueries } from '../sparql/namedQueries.ts';
import { SparqlProtocolClient } from '../store/remote/SparqlProtocolClient.ts';
import { RemoteCatalogue, type RemoteStoreSettings } from '../store/remote/RemoteCatalogue.ts';
import { RemoteStoreUnavailableError } from '../store/remote/errors.ts';
import type { Credentials } from '../store/remote/authenticatingFetch.ts';

export interface ServeOptions {
  port: number;
  host: string;
  /** Defaults to http://localhost:PORT/ with the port actually bound. */
  baseIri?: string;
  locations?: DataLocations;
  logger: Logger;
  sparqlLimits?: SparqlLimits;
  queryLimits?: QueryLimits;
  timeouts?: ServerTimeouts;
  /** FILMGRAPH_CACHE_MB: memory for rendered descriptions, in MB (default DEFAULT_CACHE_MB). */
  cacheMb?: number;
  /** Serve from a SPARQL server instead of the embedded store (FILMGRAPH_STORE=sparql). */
  remoteStore?: RemoteStoreOptions;
}

export interface RemoteStoreOptions {
  /** FILMGRAPH_ENDPOINT: the query endpoint (the anonymous, read-only one). */
  queryEndpoint: string;
  /** FILMGRAPH_STORE_USER / FILMGRAPH_STORE_PASSWORD, if reads need them. */
  credentials?: Credentials;
  /** How often the load record is read again (a new load, the server down or back). */
  refreshMs?: number;
  /** Longest wait for the server's answer to a page's queries. */
  readTimeoutMs?: number;
  /**
   * FILMGRAPH_STORE_MAX_ROWS: the server's row limit (Virtuoso's ResultSetMaxRows, 10,000 by
   * default); a CONSTRUCT result that long is taken as cut (Virtuoso cuts those silently).
   */
  serverMaxRows?: number;
}

export const DEFAULT_REMOTE_REFRESH_MS = 2_000;
export const DEFAULT_REMOTE_READ_TIMEOUT_MS = 20_000;
export const DEFAULT_STORE_MAX_ROWS = 10_000;

/** How long a slow client may take; past it, 408 and the connection is closed. */
export interface ServerTimeouts {
  /** Time to receive the request head. */
  headersMs: number;
  /** Time to receive the whole request, body included. */
  requestMs: number;
  /** How often Node checks the two above (its default, 30 s, is also the real resolution). */
  checkIntervalMs: number;
}

// Slow clients must not hold connections for ever (Node's defaults are minutes).
export const DEFAULT_TIMEOUTS: ServerTimeouts = { headersMs: 20_000, requestMs: 60_000, checkIntervalMs: 30_000 };

export interface QueryLimits {
  /** FILMGRAPH_QUERY_TIMEOUT_MS: a query running longer is stopped (its worker terminated). */
  timeoutMs: number;
  /** FILMGRAPH_MAX_CONCURRENT_QUERIES: queries running or waiting; more are refused (503). */
  maxConcurrent: number;
  /** FILMGRAPH_QUERY_WORKERS: threads running queries, each with its own copy of the data. */
  workers: number;
  /**
   * FILMGRAPH_QUERY_MEMORY_MB: heap each query worker may use (its copy of the data included);
   * a query needing more is stopped with its worker, rather than exhausting the process.
   */
  memoryMb?: number;
}

/** memoryMb unset: 1024 MB, or four times the main thread's heap once the data is loaded if more (see QueryWorkerPool). */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { timeoutMs: 30_000, maxConcurrent: 4, workers: 1 };

export interface RunningServer {
  server: Server;
  holder: CatalogueHolder;
  baseIri: string;
  /** Where this process listens, with the catalogue's mount path. */
  url: string;
  /** Settles when the catalogue is loaded (rejects if it cannot be). */
  ready: Promise<void>;
  /**
   * Loads the data again; only a graph that loads and validates replaces the one served, whole.
   * Resolves with the reason when the new data is refused (the old graph keeps serving).
   */
  reload(): Promise<Error | undefined>;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
  const server = createServer({ connectionsCheckingInterval: timeouts.checkIntervalMs });
  server.headersTimeout = timeouts.headersMs;
  server.requestTimeout = timeouts.requestMs;
  server.keepAliveTimeout = 5_000;
  // Node refuses a request head over 16 KB, or one it cannot parse, before Express runs, with
  // an empty response: say what is wrong.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return;
    const [status, message] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? ['431 Request Header Fields Too Large', 'the request head (URL and headers) is larger than 16 KB; send a long SPARQL query by POST']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? ['408 Request Timeout', 'the request did not arrive in time']
          : ['400 Bad Request', `the request is not valid HTTP (${error.code ?? 'parse error'})`];
    socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n${message}\n`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const baseIri = checkBaseIri(options.baseIri ?? `http://localhost:${port}/`);
  const holder = new CatalogueHolder(options.cacheMb);
  server.on('request', createRequestHandler({ holder, baseIri, logger: options.logger, sparqlLimits: options.sparqlLimits }));
  // Loopback is reached as "localhost", the host of the default base IRI.
  const host = ['127.0.0.1', '::1', 'localhost'].includes(options.host) ? 'localhost' : options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${host}:${port}${mountPathOf(baseIri)}`;

  const limits = { ...DEFAULT_QUERY_LIMITS, ...options.queryLimits };
  if (options.remoteStore) {
    const remote = await serveRemote(holder, options, options.remoteStore, baseIri, limits);
    const close = async () => {
      remote.stop();
      await closeServer(server);
    };
    return { server, holder, baseIri, url, ready: remote.ready, reload: remote.refresh, close };
  }

  // The query worker loads its copy of the data while this thread validates (both take long at
  // scale: 22 s and 32 s at 1M triples); refused data closes it.
  const open = () => {
    let pool: QueryWorkerPool | undefined;
    const onLoaded = () => {
      pool = new QueryWorkerPool({ baseIri, locations: options.locations, logger: options.logger, ...limits });
      pool.warm();
    };
    return Catalogue.open({ baseIri, locations: options.locations, onLoaded }).then(
      (catalogue) => ({ catalogue, pool: pool! }),
      (error: Error) => {
        void pool?.close();
        throw error;
      },
    );
  };
  let stopped = false;
  const serve = ({ catalogue, pool }: { catalogue: Catalogue; pool: QueryWorkerPool }) => {
    if (stopped) return void pool.close(); // closed while the data loaded
    const previous = holder.queries;
    holder.queries = pool;
    holder.current = catalogue;
    holder.failure = undefined;
    void previous?.retire();
  };
  const ready = open().then(
    serve,
    (error: Error) => {
      holder.failure = error;
      throw error;
    },
  );
  ready.catch(() => {}); // the caller decides what a failed load means
  let reloading: Promise<Error | undefined> | undefined;
  const reload = () =>
    (reloading ??= open()
      .then(
        ({ catalogue, pool }) => {
          serve({ catalogue, pool });
          options.logger.info({ triples: catalogue.tripleCount }, 'reloaded: the new data is served');
          return undefined;
        },
        (error: Error) => {
          options.logger.error({ err: error }, 'reload refused: the data being served is unchanged');
          return error;
        },
      )
      .finally(() => (reloading = undefined)));
  const close = async () => {
    stopped = true;
    await closeServer(server);
    await holder.queries?.close();
  };
  return { server, holder, baseIri, url, ready, reload, close };
}

function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections();
  });
}

/**
 * Serves the version of the data the SPARQL server's load record names, and reads the record
 * again every `refreshMs`: a new fingerprint swaps in a new RemoteCatalogue whole; an unreachable
 * server marks the holder unavailable (503 + Retry-After) until it answers again. `ready` settles
 * with the first record read; it rejects only when the server answers but holds no filmgraph data
 * for this base (or refuses us), which waiting will not mend.
 */
async function serveRemote(holder: CatalogueHolder, options: ServeOptions, store: RemoteStoreOptions, baseIri: string, limits: QueryLimits) {
  const queriesDir = options.locations?.queriesDir ?? defaultLocations().queriesDir;
  const settings: RemoteStoreSettings = {
    client: new SparqlProtocolClient({ queryEndpoint: store.queryEndpoint, credentials: store.credentials, timeoutMs: store.readTimeoutMs ?? DEFAULT_REMOTE_READ_TIMEOUT_MS }),
    // A client's query: the server stops it at the time limit; this side waits a little longer for its answer.
    queryClient: new SparqlProtocolClient({
      queryEndpoint: store.queryEndpoint,
      credentials: store.credentials,
      timeoutMs: limits.timeoutMs + 2_000,
      serverMaxRows: store.serverMaxRows ?? DEFAULT_STORE_MAX_ROWS,
    }),
    baseIri,
    namedQueries: queriesDir ? await loadNamedQueries(queriesDir) : [],
    serverMaxRows: store.serverMaxRows ?? DEFAULT_STORE_MAX_ROWS,
    queryTimeoutMs: limits.timeoutMs,
    maxConcurrent: limits.maxConcurrent,
    counter: { inProgress: 0 },
  };
  const logger = options.logger;
  let settle: { resolve(): void; reject(error: Error): void } | undefined;
  const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  ready.catch(() => {}); // the caller decides what a failed start means
  let refreshing: Promise<Error | undefined> | undefined;
  const refresh = () =>
    (refreshing ??= RemoteCatalogue.readRecord(settings)
      .then(
        (record) => {
          if (holder.unavailable) logger.info('the SPARQL server answers again');
          holder.unavailable = undefined;
          holder.failure = undefined;
          const current = holder.current;
          if (!current || current.fingerprint !== record.fingerprint || current.lastModified.getTime() !== record.lastModified.getTime()) {
            const catalogue = RemoteCatalogue.withRecord(settings, record);
            holder.current = catalogue;
            holder.queries = catalogue;
            logger.info({ triples: record.tripleCount, fingerprint: record.fingerprint }, current ? 'a new load of the SPARQL server is served' : 'serving from the SPARQL server');
          }
          settle?.resolve();
          return undefined;
        },
        (error: Error) => {
          if (error instanceof RemoteStoreUnavailableError) {
            if (!holder.unavailable) logger.error({ err: error }, 'the SPARQL server is unavailable: answering 503 until it is back');
            holder.unavailable = error;
          } else if (!holder.current) {
            holder.failure = error;
            settle?.reject(error);
          } else logger.error({ err: error }, 'the load record could not be read: the version served is unchanged');
          return error;
        },
      )
      .finally(() => (refreshing = undefined)));
  void refresh();
  const timer = setInterval(() => void refresh(), store.refreshMs ?? DEFAULT_REMOTE_REFRESH_MS);
  timer.unref();
  return { ready, refresh, stop: () => clearInterval(timer) };
}
