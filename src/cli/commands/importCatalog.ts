import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { SingleBar } from 'cli-progress';
import { prepareCatalogue, writeCatalogue } from '../../import/catalog/writeCatalogue.ts';
import { formatIssue } from '../../import/catalog/checkRows.ts';
import { checkBaseIri } from '../../vocab/iris.ts';
import { UsageError } from '../userFacingErrors.ts';

const SUFFIXES: Record<string, number> = { '': 1, k: 1_000, K: 1_000, m: 1_000_000, M: 1_000_000 };

/** A positive whole number, "57k" and "1M" allowed. */
function count(value: string): number {
  const match = /^([1-9]\d{0,9})([kKmM]?)$/.exec(value);
  if (!match) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a positive whole number (1000, 57k, 1M)`);
  return Number(match[1]) * SUFFIXES[match[2]!]!;
}

export const importCatalogCommand = () =>
  new Command('import-catalog')
    .description(
      'write the benchmark catalogue: the film table of the npm package vega-datasets (movies.json) mapped to the ' +
        'filmgraph model, as TriG files (one named graph per copy) that `filmgraph serve --data DIR` serves; ' +
        'rows that cannot be used are skipped or flagged on standard error (rows count from 1)',
    )
    .addOption(new Option('-o, --out <dir>', 'folder to write into (created if needed)').default('catalogue'))
    .addOption(new Option('--copies <n>', 'whole copies of the table; copy k > 1 has its titles and names suffixed "(copy k)"').argParser(count).conflicts('triples'))
    .addOption(new Option('--triples <n>', 'about this many triples (57k, 1M): whole copies, then the first films of one more').argParser(count))
    .addOption(new Option('--base <iri>', 'write absolute IRIs under this base instead of relative ones (default: relative, resolved by the loader)'))
    .action(async (options: { out: string; copies?: number; triples?: number; base?: string }) => {
      const baseIri = options.base === undefined ? undefined : checkBaseIri(options.base);
      const out = resolve(options.out);
      if (options.copies !== undefined && options.copies > 10_000) throw new UsageError(`--copies ${options.copies} is more than 10000`);
      const prepared = await prepareCatalogue();
      for (const issue of prepared.issues) process.stderr.write(`${formatIssue(issue)}\n`);

      const bar = process.stderr.isTTY
        ? new SingleBar({ stream: process.stderr, format: 'writing {bar} {percentage}% | {value}/{total} triples', hideCursor: true })
        : undefined;
      bar?.start(1, 0);
      const result = await writeCatalogue({
        out,
        ...(options.triples !== undefined ? { triples: options.triples } : { copies: options.copies ?? 1 }),
        baseIri,
        prepared,
        onProgress: bar && ((done, total) => (bar.setTotal(total), bar.update(done))),
      }).finally(() => bar?.stop());

      const missing = Object.entries(prepared.missing)
        .map(([column, n]) => `${column} ${n}`)
        .join(', ');
      process.stderr.write(
        `${prepared.rows} rows of ${prepared.source.packageName} ${prepared.source.version} movies.json: ` +
          `${prepared.films.length} films, ${result.skipped} rows skipped, ${result.flagged} flagged; ` +
          `missing values (not stated): ${missing || 'none'}\n` +
          `wrote ${result.films} films, ${result.triples} triples (${result.triplesPerCopy} per whole copy) in ${result.files.length} file(s) to ${out}\n`,
      );
    });
