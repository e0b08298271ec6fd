// The benchmark catalogue (import-catalog's writeCatalogue) at about N triples, generated once
// into bench/.data/catalogue-N/ and reused by every benchmark.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCatalogue } from '../../src/import/catalog/writeCatalogue.ts';

export const DATA = join(new URL('..', import.meta.url).pathname, '.data');

/** The catalogue (replicated) to about `triples` triples: its data folder and its real size. */
export async function catalogue(triples: number, log: (message: string) => void = () => {}): Promise<{ dir: string; triples: number }> {
  const dir = join(DATA, `catalogue-${triples}`);
  const marker = join(dir, 'generated.json');
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8'));
  mkdirSync(dir, { recursive: true });
  log(`generating the catalogue of about ${triples} triples into ${dir}`);
  const result = await writeCatalogue({ out: join(dir, 'data'), triples });
  const made = { dir: join(dir, 'data'), triples: result.triples };
  writeFileSync(marker, JSON.stringify(made));
  return made;
}
