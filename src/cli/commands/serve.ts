import { Command, InvalidArgumentError, Option } from 'commander';
import { startServer } from '../../http/server.ts';
import { createLogger } from '../logger.ts';
import { baseIriOption, dataOption, locationsFrom, ontologyOption } from '../settings.ts';
import { checkBaseIri } from '../../vocab/iris.ts';

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a port number from 0 to 65535`);
  return port;
}

export const serveCommand = () =>
  new Command('serve')
    .description('serve the catalogue over HTTP: pages, RDF in every format, dumps, VoID and sitemap')
    .addOption(new Option('--port <port>', 'port to listen on; 0 picks a free one (env PORT)').env('PORT').default(3000).argParser(parsePort))
    .addOption(new Option('--host <address>', 'address to listen on (env HOST)').env('HOST').default('127.0.0.1'))
    .addOption(baseIriOption().default(undefined, 'http://localhost:PORT/ with the port bound'))
    .addOption(dataOption())
    .addOption(ontologyOption())
    .action(async (options: { port: number; host: string; base?: string; data?: string; ontology?: string }) => {
      const logger = createLogger();
      const running = await startServer({
        port: options.port,
        host: options.host,
        baseIri: options.base === undefined ? undefined : checkBaseIri(options.base),
        locations: locationsFrom(options),
        logger,
      });
      process.stdout.write(`listening on ${running.url}\n`);
      if (!running.url.startsWith(running.baseIri)) process.stdout.write(`base IRI ${running.baseIri}\n`);
      const stop = (signal: string) => {
        logger.info({ signal }, 'stopping: finishing the requests under way');
        running.close().then(() => process.exit(0));
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
      try {
        await running.ready;
      } catch (error) {
        // Invalid data: nothing is served; the report goes to the terminal and the exit code is 1.
        await running.close();
        throw error;
      }
      logger.info({ triples: running.holder.current!.loaded.store.tripleCount, baseIri: running.baseIri }, 'catalogue loaded');
    });
