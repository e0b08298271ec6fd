import { Command } from 'commander';
import { openDataset } from '../../store/openDataset.ts';
import { formatProblem } from '../../store/validateDataset.ts';
import { SparqlEngine } from '../../sparql/SparqlEngine.ts';
import { formatSummary, summarizeDataset } from '../../sparql/summarizeDataset.ts';
import { baseIriFrom, baseIriOption, dataOption, locationsFrom, ontologyOption } from '../settings.ts';

export const validateCommand = () =>
  new Command('validate')
    .description('load ontology/ and data/, validate them against the SHACL shapes, and summarise the graph')
    .addOption(baseIriOption())
    .addOption(dataOption())
    .addOption(ontologyOption())
    .action(async (options: { base?: string; data?: string; ontology?: string }) => {
      const baseIri = baseIriFrom(options.base);
      const { loaded, warnings } = await openDataset({ baseIri, locations: locationsFrom(options) });
      for (const warning of warnings) process.stderr.write(`warning: ${formatProblem(warning)}\n`);
      const summary = await summarizeDataset(loaded.store, new SparqlEngine(loaded.store, baseIri));
      process.stdout.write(`valid: the data satisfies the shapes\n${formatSummary(summary, baseIri)}\n`);
    });
