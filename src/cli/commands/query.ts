import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { pipeline } from 'node:stream/promises';
import { Catalogue } from '../../store/Catalogue.ts';
import { checkQuery } from '../../sparql/checkQuery.ts';
import { RESULT_FORMATS, booleanResult, solutionsStream } from '../../representations/sparqlResults.ts';
import { RDF_FORMATS, formatNamed } from '../../representations/formats.ts';
import { serializeQuads } from '../../representations/serializeRdf.ts';
import { UsageError } from '../userFacingErrors.ts';
import { baseIriFrom, baseIriOption, dataOption, locationsFrom, ontologyOption } from '../settings.ts';

export const queryCommand = () =>
  new Command('query')
    .description('run a SPARQL query (a .rq file, or the name of a query in queries/) over the catalogue')
    .argument('<query>', 'a file such as queries/cast.rq, or a named query such as cast')
    .addOption(new Option('-f, --format <format>', 'result format: json, xml, csv, tsv for solutions; ttl, nt, nq, trig, jsonld, rdf for graphs (default: tsv or ttl)'))
    .addOption(baseIriOption())
    .addOption(dataOption())
    .addOption(ontologyOption())
    .action(async (queryArg: string, options: { format?: string; base?: string; data?: string; ontology?: string }) => {
      const catalogue = await Catalogue.open({ baseIri: baseIriFrom(options.base), locations: locationsFrom(options) });
      const named = catalogue.namedQueries.find((q) => q.name === queryArg);
      const text = named ? named.text : await readFile(queryArg, 'utf8');
      const checked = checkQuery(text, catalogue.baseIri);
      const graph = checked.form === 'CONSTRUCT' || checked.form === 'DESCRIBE';
      const wanted = options.format ?? (graph ? 'ttl' : checked.form === 'ASK' ? 'json' : 'tsv');
      const result = await catalogue.engine.query(checked.text);
      if (result.type === 'quads') {
        const format = formatNamed(wanted);
        if (!format || !RDF_FORMATS.includes(format)) throw new UsageError(`a ${checked.form} result is a graph: use --format ${RDF_FORMATS.map((f) => f.ext).join(', ')}`);
        const quads = [];
        for await (const q of result.quads) quads.push(q);
        process.stdout.write(await serializeQuads(quads, format));
        return;
      }
      const format = RESULT_FORMATS.find((f) => f.ext === wanted && (result.type === 'bindings' || f.boolean));
      if (!format) throw new UsageError(`a ${checked.form} result is given as ${RESULT_FORMATS.filter((f) => result.type === 'bindings' || f.boolean).map((f) => f.ext).join(', ')}`);
      if (result.type === 'boolean') process.stdout.write(booleanResult(result.value, format));
      else await pipeline(solutionsStream(result.variables, result.rows, format), process.stdout);
    });
