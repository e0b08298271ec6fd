import { readdirSync, watch } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { DataLocations } from '../../store/dataFiles.ts';
import { DEFAULT_QUERY_LIMITS, startServer } from '../../http/server.ts';
import { DEFAULT_CACHE_MB } from '../../http/CatalogueHolder.ts';
import { DEFAULT_SPARQL_LIMITS } from '../../http/routes/sparql.ts';
import { createLogger } from '../logger.ts';
import {
  baseIriOption,
  dataOption,
  endpointFrom,
  endpointOption,
  locationsFrom,
  ontologyOption,
  positiveInteger,
  storeCredentialsFrom,
  storeMaxRowsOption,
  storeOption,
  type StoreKind,
} from '../settings.ts';
import { checkBaseIri } from '../../vocab/iris.ts';

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a port number from 0 to 65535`);
  return port;
}

/**
 * Calls `reload` once the folders have been quiet for a moment after a change (editors write in
 * bursts). Each folder is watched itself: Node's recursive watching on Linux follows files, and
 * loses a file replaced by a rename, which is how editors and deploy tools save. A folder added
 * later is not watched until a restart (SIGHUP reloads in any case).
 */
function watchForChanges(locations: DataLocations, reload: () => void): void {
  let timer: NodeJS.Timeout | undefined;
  const folders = [locations.dataDir, locations.ontologyDir].flatMap((root) => [
    root,
    ...readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(e.parentPath, e.name)),
  ]);
  for (const folder of folders)
    watch(folder, () => {
      clearTimeout(timer);
      timer = setTimeout(reload, 300);
    }).unref();
}

export const serveCommand = () =>
  new Command('serve')
    .description('serve the catalogue over HTTP: pages, RDF in every format, dumps, VoID and sitemap')
    .addOption(new Option('--port <port>', 'port to listen on; 0 picks a free one (env PORT)').env('PORT').default(3000).argParser(parsePort))
    .addOption(new Option('--host <address>', 'address to listen on (env HOST)').env('HOST').default('127.0.0.1'))
    .addOption(baseIriOption().default(undefined, 'http://localhost:PORT/ with the port bound'))
    .addOption(dataOption())
    .addOption(ontologyOption())
    .addOption(storeOption())
    .addOption(endpointOption())
    .addOption(storeMaxRowsOption('with --store sparql: '))
    .addOption(new Option('--max-query-bytes <n>', 'longest SPARQL query accepted, in bytes (env FILMGRAPH_MAX_QUERY_BYTES)').env('FILMGRAPH_MAX_QUERY_BYTES').default(DEFAULT_SPARQL_LIMITS.maxQueryBytes).argParser(positiveInteger))
    .addOption(new Option('--max-results <n>', 'most solutions or triples a SPARQL result may have; more is an error (env FILMGRAPH_MAX_RESULTS)').env('FILMGRAPH_MAX_RESULTS').default(DEFAULT_SPARQL_LIMITS.maxResults).argParser(positiveInteger))
    .addOption(new Option('--query-timeout-ms <ms>', 'time limit of a SPARQL query; past it the query is stopped (env FILMGRAPH_QUERY_TIMEOUT_MS)').env('FILMGRAPH_QUERY_TIMEOUT_MS').default(DEFAULT_QUERY_LIMITS.timeoutMs).argParser(positiveInteger))
    .addOption(new Option('--max-concurrent-queries <n>', 'SPARQL queries running or waiting; more get 503 (env FILMGRAPH_MAX_CONCURRENT_QUERIES)').env('FILMGRAPH_MAX_CONCURRENT_QUERIES').default(DEFAULT_QUERY_LIMITS.maxConcurrent).argParser(positiveInteger))
    .addOption(new Option('--query-workers <n>', 'threads running SPARQL queries, each with its own copy of the data (env FILMGRAPH_QUERY_WORKERS)').env('FILMGRAPH_QUERY_WORKERS').default(DEFAULT_QUERY_LIMITS.workers).argParser(positiveInteger))
    .addOption(new Option('--query-memory-mb <mb>', 'heap each query thread may use, its copy of the data included; a query needing more is stopped (env FILMGRAPH_QUERY_MEMORY_MB)').env('FILMGRAPH_QUERY_MEMORY_MB').default(undefined, '1024, or 4x the heap of the loaded data if more').argParser(positiveInteger))
    .addOption(new Option('--cache-mb <mb>', 'memory for rendered pages and descriptions, kept until the data changes (env FILMGRAPH_CACHE_MB)').env('FILMGRAPH_CACHE_MB').default(DEFAULT_CACHE_MB).argParser(positiveInteger))
    .option('--no-watch', 'do not reload when a file in the data or ontology folder changes (SIGHUP still reloads)')
    .action(async (options: { store: StoreKind; endpoint?: string; storeMaxRows: number; watch: boolean; port: number; host: string; base?: string; data?: string; ontology?: string; maxQueryBytes: number; maxResults: number; queryTimeoutMs: number; maxConcurrentQueries: number; queryWorkers: number; queryMemoryMb?: number; cacheMb: number }) => {
      // Settings of the remote store first: a wrong URL fails before anything listens.
      const remoteStore =
        options.store === 'sparql'
          ? { queryEndpoint: endpointFrom(options.endpoint, '--endpoint (FILMGRAPH_ENDPOINT)'), credentials: storeCredentialsFrom(), serverMaxRows: options.storeMaxRows }
          : undefined;
      const logger = createLogger();
      const running = await startServer({
        remoteStore,
        port: options.port,
        host: options.host,
        baseIri: options.base === undefined ? undefined : checkBaseIri(options.base),
        locations: locationsFrom(options),
        logger,
        sparqlLimits: { maxQueryBytes: options.maxQueryBytes, maxResults: options.maxResults },
        cacheMb: options.cacheMb,
        queryLimits: { timeoutMs: options.queryTimeoutMs, maxConcurrent: options.maxConcurrentQueries, workers: options.queryWorkers, memoryMb: options.queryMemoryMb },
      });
      process.stdout.write(`listening on ${running.url}\n`);
      if (!running.url.startsWith(running.baseIri)) process.stdout.write(`base IRI ${running.baseIri}\n`);
      const stop = (signal: string) => {
        logger.info({ signal }, 'stopping: finishing the requests under way');
        running.close().then(() => process.exit(0));
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
      // Reload on SIGHUP, and when a file of the data or the ontology changes.
      try {
        await running.ready;
      } catch (error) {
        // Invalid data: nothing is served; the report goes to the terminal and the exit code is 1.
        await running.close();
        throw error;
      }
      logger.info({ triples: running.holder.current!.tripleCount, baseIri: running.baseIri }, 'catalogue loaded');
      // Reload on SIGHUP, and when a file of the data or the ontology changes.
      process.on('SIGHUP', () => void running.reload());
      if (options.watch && !remoteStore) watchForChanges(locationsFrom(options), () => void running.reload());
    });
