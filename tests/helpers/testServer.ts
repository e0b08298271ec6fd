// A real filmgraph server on 127.0.0.1 and a free port, over the shipped data (or the data a test
// gives), stopped by the test.
import { pino, type Logger } from 'pino';
import { startServer, type QueryLimits, type RemoteStoreOptions, type RunningServer, type ServerTimeouts } from '../../src/http/server.ts';
import type { DataLocations } from '../../src/store/dataFiles.ts';
import type { SparqlLimits } from '../../src/http/routes/sparql.ts';
import { Catalogue } from '../../src/store/Catalogue.ts';

export async function startTestServer(
  options: { baseIri?: string; locations?: DataLocations; sparqlLimits?: SparqlLimits; queryLimits?: QueryLimits; timeouts?: ServerTimeouts; remoteStore?: RemoteStoreOptions; logger?: Logger } = {},
): Promise<RunningServer> {
  const running = await startServer({ port: 0, host: '127.0.0.1', logger: pino({ level: 'silent' }), ...options });
  await running.ready;
  return running;
}

/** The URL on the test server of a path under the catalogue's mount path. */
export const urlOf = (running: RunningServer, path = '') => `${running.url}${path}`;

/** The embedded catalogue a test server serves (the server sees it only as a PublishedDataset). */
export function embeddedCatalogue(running: RunningServer): Catalogue {
  const current = running.holder.current;
  if (!(current instanceof Catalogue)) throw new Error('the test server does not serve the embedded catalogue');
  return current;
}
