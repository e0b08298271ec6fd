import { Command, Option } from 'commander';
import { Catalogue } from '../../store/Catalogue.ts';
import { RDF_FORMATS, formatNamed } from '../../representations/formats.ts';
import { rdfStream } from '../../representations/serializeRdf.ts';
import { writeFileAtomically } from '../../io/writeFileAtomically.ts';
import { baseIriFrom, baseIriOption, dataOption, locationsFrom, ontologyOption } from '../settings.ts';
import { pipeline } from 'node:stream/promises';

const FORMAT_NAMES = RDF_FORMATS.flatMap((f) => [f.ext, ...f.names]);

export const dumpCommand = () =>
  new Command('dump')
    .description('write the whole dataset in an RDF format (N-Quads and TriG keep one named graph per source)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('turtle'))
    .option('-o, --out <file>', 'write to FILE (through a temporary file and a rename) instead of standard output')
    .addOption(baseIriOption())
    .addOption(dataOption())
    .addOption(ontologyOption())
    .action(async (options: { format: string; out?: string; base?: string; data?: string; ontology?: string }) => {
      const format = formatNamed(options.format)!;
      const catalogue = await Catalogue.open({ baseIri: baseIriFrom(options.base), locations: locationsFrom(options) });
      const stream = rdfStream(format.keepsGraphs ? catalogue.quads() : catalogue.triples(), format);
      if (options.out) await writeFileAtomically(options.out, stream);
      else await pipeline(stream, process.stdout);
    });
