// `filmgraph load`: validates the data as `validate` does, then puts the ontology, the data and
// the derived graph into a remote SPARQL server graph by graph, each replaced whole (a second run
// changes nothing), and checks the server's triple counts against the data's.
import { Command, Option } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { openDataset } from '../../store/openDataset.ts';
import { formatProblem } from '../../store/validateDataset.ts';
import { SparqlProtocolClient } from '../../store/remote/SparqlProtocolClient.ts';
import { LOAD_CHECKS, pushGraphs, WRITE_PROTOCOLS, type LoadCheck, type WriteProtocol } from '../../store/remote/pushGraphs.ts';
import {
  baseIriFrom,
  baseIriOption,
  dataOption,
  endpointFrom,
  endpointOption,
  locationsFrom,
  ontologyOption,
  storeCredentialsFrom,
  storeMaxRowsOption,
  updateEndpointOption,
} from '../settings.ts';

interface LoadOptions {
  base?: string;
  data?: string;
  ontology?: string;
  endpoint?: string;
  updateEndpoint?: string;
  updateProtocol: WriteProtocol;
  check: LoadCheck;
  storeMaxRows: number;
}

export const loadCommand = () =>
  new Command('load')
    .description('validate ontology/ and data/, then load them into a SPARQL server graph by graph (each graph replaced whole) and check the triple counts; credentials from FILMGRAPH_STORE_USER and FILMGRAPH_STORE_PASSWORD')
    .addOption(baseIriOption())
    .addOption(dataOption())
    .addOption(ontologyOption())
    .addOption(endpointOption())
    .addOption(updateEndpointOption())
    .addOption(storeMaxRowsOption())
    .addOption(
      new Option('--update-protocol <protocol>', 'how graphs are written: graph-store (PUT a whole graph) or sparql-update (DROP, then INSERT DATA) (env FILMGRAPH_UPDATE_PROTOCOL)')
        .env('FILMGRAPH_UPDATE_PROTOCOL')
        .choices(WRITE_PROTOCOLS)
        .default('graph-store'),
    )
    .addOption(
      new Option('--check <what>', 'after loading, compare each graph with the data: triples (read every graph back) or counts (triple counts only, for very large loads)')
        .choices(LOAD_CHECKS)
        .default('triples'),
    )
    .action(async (options: LoadOptions) => {
      // Settings first: a wrong URL or half the credentials fail before minutes of validation.
      const queryEndpoint = endpointFrom(options.endpoint, '--endpoint (FILMGRAPH_ENDPOINT)');
      const writeEndpoint = endpointFrom(options.updateEndpoint, '--update-endpoint (FILMGRAPH_UPDATE_ENDPOINT)');
      const credentials = storeCredentialsFrom();
      const baseIri = baseIriFrom(options.base);

      const { loaded, warnings } = await openDataset({ baseIri, locations: locationsFrom(options) });
      for (const warning of warnings) process.stderr.write(`warning: ${formatProblem(warning)}\n`);

      const client = new SparqlProtocolClient({
        queryEndpoint,
        ...(options.updateProtocol === 'graph-store' ? { graphStoreEndpoint: writeEndpoint } : { updateEndpoint: writeEndpoint }),
        credentials,
        serverMaxRows: options.storeMaxRows,
      });
      const graphs = loaded.store.graphs();
      const total = graphs.reduce((sum, graph) => sum + loaded.store.countInGraph(graph), 0);
      // A bar only for a person watching; logs and pipes get the summary lines alone.
      const bar = process.stderr.isTTY
        ? new SingleBar({ format: 'loading |{bar}| {value}/{total} triples, {graphs} graphs', stream: process.stderr, hideCursor: true }, Presets.shades_classic)
        : undefined;
      bar?.start(total, 0, { graphs: `0/${graphs.length}` });
      let done = 0;
      let triplesDone = 0;
      try {
        const report = await pushGraphs(loaded, client, {
          protocol: options.updateProtocol,
          check: options.check,
          onGraph: (_graph, triples) => bar?.update((triplesDone += triples), { graphs: `${++done}/${graphs.length}` }),
        });
        bar?.stop();
        process.stdout.write(`loaded ${report.graphs} graphs, ${report.triples} triples into ${writeEndpoint}\n`);
        if (report.removed.length > 0)
          process.stdout.write(`removed ${report.removed.length} graph(s) no longer in the data:\n${report.removed.map((g) => `  <${g}>\n`).join('')}`);
        process.stdout.write(`checked: ${options.check === 'triples' ? 'every graph' : 'the triple count of every graph'} at ${queryEndpoint} matches the data\n`);
      } finally {
        bar?.stop();
      }
    });
