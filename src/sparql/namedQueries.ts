// The named queries that ship in queries/: each file NAME.rq starts with comment lines
// "# title: …" and "# description: …" saying what it answers.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface NamedQuery {
  /** The file name without .rq: the query's name in /queries/NAME and on the command line. */
  name: string;
  title: string;
  description: string;
  text: string;
}

export async function loadNamedQueries(dir: string): Promise<NamedQuery[]> {
  const files = (await readdir(dir)).filter((f) => /^[a-z0-9][a-z0-9-]*\.rq$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(join(dir, file), 'utf8');
      const header = (key: string) => new RegExp(`^# ${key}: (.+)$`, 'm').exec(text)?.[1].trim();
      const name = file.replace(/\.rq$/, '');
      return { name, title: header('title') ?? name, description: header('description') ?? '', text };
    }),
  );
}
