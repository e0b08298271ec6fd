// Shared by the catalogue tests: the real table's rows, picked by their content.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { COLUMNS } from '../../../src/import/catalog/checkRows.ts';

export type Row = Record<string, unknown>;

/** The installed vega-datasets folder, found independently of src/ (from its entry point). */
export const VEGA_ROOT = join(dirname(createRequire(import.meta.url).resolve('vega-datasets')), '..');
export const TABLE_PATH = join(VEGA_ROOT, 'data/movies.json');
export const tableRows = (): Row[] => JSON.parse(readFileSync(TABLE_PATH, 'utf8'));

const MAPPED = Object.values(COLUMNS);

/** The first row with a text title and every mapped column given. */
export function completeRow(rows: Row[]): { row: Row; index: number } {
  const index = rows.findIndex((r) => typeof r.Title === 'string' && MAPPED.every((c) => r[c] !== null && r[c] !== undefined));
  if (index < 0) throw new Error('no complete row in the table');
  return { row: rows[index]!, index };
}

/** The release date as an ISO date, computed with Date (independently of parseReleaseDate). */
export const isoDate = (written: string) => new Date(`${written} UTC`).toISOString().slice(0, 10);
export const yearOf = (written: string) => new Date(`${written} UTC`).getUTCFullYear();
