import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMovieTable } from '../../../src/import/catalog/movieTable.ts';
import { TABLE_PATH, VEGA_ROOT } from './support.ts';

describe('readMovieTable', () => {
  it('reads the installed table and names it with the package version, licence and the SHA-256 of its bytes', async () => {
    const table = await readMovieTable();
    const bytes = readFileSync(TABLE_PATH);
    const pkg = JSON.parse(readFileSync(join(VEGA_ROOT, 'package.json'), 'utf8'));
    const datapackage = JSON.parse(readFileSync(join(VEGA_ROOT, 'datapackage.json'), 'utf8'));
    expect(table.rows).toEqual(JSON.parse(bytes.toString('utf8')));
    expect(table.source.version).toBe(pkg.version);
    expect(table.source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(table.source.licenseUrl).toBe(datapackage.licenses[0].path);
    expect(table.source.url).toContain(`vega-datasets@${pkg.version}/data/movies.json`);
    expect(table.source.description).toMatch(/\S/);
  });
});
