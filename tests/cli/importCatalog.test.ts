import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { runCli } from '../helpers/runCli.ts';
import { tableRows } from '../import/catalog/support.ts';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
const rows = tableRows();

describe('filmgraph import-catalog', () => {
  it('writes about the triples asked for into --out, reports skipped and flagged rows by number, and a summary', () => {
    dir = mkdtempSync(join(tmpdir(), 'filmgraph-import-catalog-'));
    const out = join(dir, 'catalogue');
    const run = runCli(['import-catalog', '--out', out, '--triples', '20k']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readdirSync(out)).toEqual(['vega-movies-0001.trig']);
    const quads = new Parser({ format: 'application/trig', baseIRI: 'http://localhost:3000/' }).parse(readFileSync(join(out, 'vega-movies-0001.trig'), 'utf8'));
    expect(quads.length).toBeGreaterThanOrEqual(20_000);
    expect(run.stderr).toContain(`wrote `);
    expect(run.stderr).toContain(`${quads.length} triples`);
    // The untitled row, by its number in the table (from 1).
    const untitled = rows.findIndex((r) => r.Title === null) + 1;
    expect(run.stderr).toMatch(new RegExp(`^movies\\.json row ${untitled}: skipped: no title`, 'm'));
    const skipped = run.stderr.match(/: skipped: /g)?.length ?? 0;
    expect(run.stderr).toContain(`${rows.length} rows of vega-datasets`);
    expect(run.stderr).toContain(`${skipped} rows skipped`);
    // No progress bar when standard error is not a terminal.
    expect(run.stderr).not.toMatch(/\r|\u001b\[/);
  });

  it('refuses a bad count, and --copies with --triples, with a message and no files', () => {
    dir = mkdtempSync(join(tmpdir(), 'filmgraph-import-catalog-'));
    const out = join(dir, 'catalogue');
    const bad = runCli(['import-catalog', '--out', out, '--copies', '0']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/"0" is not a positive whole number/);
    const both = runCli(['import-catalog', '--out', out, '--copies', '2', '--triples', '1M']);
    expect(both.status).not.toBe(0);
    expect(both.stderr).toMatch(/cannot be used with/);
    const base = runCli(['import-catalog', '--out', out, '--base', 'ftp://x/']);
    expect(base.status).toBe(1);
    expect(base.stderr).toMatch(/must use http or https/);
    expect(() => readdirSync(out)).toThrow();
  });

  it('explains itself with --help', () => {
    const run = runCli(['import-catalog', '--help']);
    expect(run.status).toBe(0);
    for (const flag of ['--out', '--copies', '--triples', '--base']) expect(run.stdout).toContain(flag);
    expect(run.stdout).toMatch(/vega-datasets/);
  });
});
