import { Command, Option } from 'commander';
import { Catalogue } from '../../store/Catalogue.ts';
import { RDF_FORMATS, formatNamed } from '../../representations/formats.ts';
import { rdfStream } from '../../representations/serializeRdf.ts';
import { writeFileAtomically } from '../../io/writeFileAtomically.ts';
import { baseIriFrom, baseIriOption, dataOption, locationsFrom, ontologyOption } from '../settings.ts';
import { pipeline } from 'node:stream/promises';
import type { Quad } from '@rdfjs/types';
import { loadRecordQuads } from '../../store/remote/loadRecord.ts';
import { UsageError } from '../userFacingErrors.ts';

const FORMAT_NAMES = RDF_FORMATS.flatMap((f) => [f.ext, ...f.names]);

export const dumpCommand = () =>
  new Command('dump')
    .description('write the whole dataset in an RDF format (N-Quads and TriG keep one named graph per source)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('turtle'))
    .option('-o, --out <file>', 'write to FILE (through a temporary file and a rename) instead of standard output')
    .option('--load-record', "add the load record (graph BASE/graph/filmgraph-meta) that serve --store sparql reads, for a SPARQL server filled from this dump by its own bulk loader (nquads or trig)")
    .addOption(baseIriOption())
    .addOption(dataOption())
    .addOption(ontologyOption())
    .action(async (options: { format: string; out?: string; base?: string; data?: string; ontology?: string; loadRecord?: boolean }) => {
      const format = formatNamed(options.format)!;
      if (options.loadRecord && !format.keepsGraphs)
        throw new UsageError(`--load-record needs a format that keeps named graphs (nquads or trig), not ${options.format}: the record is a graph of its own`);
      const catalogue = await Catalogue.open({ baseIri: baseIriFrom(options.base), locations: locationsFrom(options) });
      const quads = !format.keepsGraphs ? catalogue.triples() : options.loadRecord ? withRecord(catalogue) : catalogue.quads();
      const stream = rdfStream(quads, format);
      if (options.out) await writeFileAtomically(options.out, stream);
      else await pipeline(stream, process.stdout);
    });

/** The dataset's quads, then the record `filmgraph load` would write last for them. */
function* withRecord(catalogue: Catalogue): Generator<Quad> {
  yield* catalogue.quads();
  yield* loadRecordQuads(catalogue.loaded);
}
