import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { importPage, PageError } from '../../import/importPage.ts';
import { writeTrig } from '../../representations/trig.ts';
import { writeFileAtomically } from '../../io/writeFileAtomically.ts';
import { baseIriFrom, baseIriOption } from '../settings.ts';

export const importCommand = () =>
  new Command('import')
    .description('turn a film page (text, in the layout of the seed page) into TriG: the page graph of that film')
    .argument('<page>', 'the page, a UTF-8 text file')
    .option('-o, --out <file>', 'write to FILE (through a temporary file and a rename) instead of standard output')
    .option('--title-lang <tag>', 'language of the original title (default: inferred from the first country listed)')
    .addOption(baseIriOption())
    .action(async (page: string, options: { out?: string; titleLang?: string; base?: string }) => {
      const baseIri = baseIriFrom(options.base);
      const bytes = await readFile(page);
      let result;
      try {
        result = importPage(bytes, { baseIri, titleLanguage: options.titleLang });
      } catch (error) {
        if (error instanceof PageError) error.message = error.inFile(page);
        throw error;
      }
      for (const warning of result.warnings) process.stderr.write(`${page}:${warning.line}: warning: ${warning.message}\n`);
      const trig = await writeTrig(result.quads, { baseIri });
      if (options.out) {
        await writeFileAtomically(options.out, trig);
        process.stderr.write(`wrote ${result.quads.length} triples about <${result.film}> to ${options.out}\n`);
      } else process.stdout.write(trig);
    });
