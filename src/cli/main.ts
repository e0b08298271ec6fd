// `filmgraph <command>`: parses the command line, runs the command, and turns the errors people
// can fix (bad data, bad pages, bad settings) into a message and exit code 1, without a stack.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { validateCommand } from './commands/validate.ts';
import { importCommand } from './commands/import.ts';
import { importCatalogCommand } from './commands/importCatalog.ts';
import { serveCommand } from './commands/serve.ts';
import { dumpCommand } from './commands/dump.ts';
import { queryCommand } from './commands/query.ts';
import { loadCommand } from './commands/load.ts';
import { PACKAGE_ROOT } from '../store/dataFiles.ts';
import { isUserFacingError } from './userFacingErrors.ts';

const { version } = JSON.parse(readFileSync(`${PACKAGE_ROOT}package.json`, 'utf8')) as { version: string };

const program = new Command('filmgraph')
  .description('publish films as schema.org linked data')
  .version(version)
  .showHelpAfterError()
  .exitOverride()
  .addCommand(validateCommand())
  .addCommand(serveCommand())
  .addCommand(dumpCommand())
  .addCommand(queryCommand())
  .addCommand(loadCommand())
  .addCommand(importCommand())
  .addCommand(importCatalogCommand());
for (const command of program.commands) command.exitOverride().showHelpAfterError();

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exitCode = error.exitCode;
  else if (isUserFacingError(error)) {
    process.stderr.write(`filmgraph: ${(error as Error).message}\n`);
    process.exitCode = 1;
  } else throw error;
}
