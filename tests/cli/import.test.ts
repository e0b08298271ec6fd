import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.ts';

const seed = new URL('../fixtures/pages/rust-and-bone-film-page.txt', import.meta.url).pathname;
const committed = readFileSync(new URL('../../data/pages/de-rouille-et-d-os-2012.trig', import.meta.url), 'utf8');
let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('filmgraph import', () => {
  it('writes the committed page graph for the seed page, on standard output', () => {
    const run = runCli(['import', seed]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(committed);
    expect(run.stderr).toMatch(/:6: warning: "Screenwriter" lists only blank names/);
  });

  it('writes to --out through a temporary file and leaves no temporary file behind', () => {
    dir = mkdtempSync(join(tmpdir(), 'filmgraph-import-'));
    const out = join(dir, 'film.trig');
    const run = runCli(['import', seed, '--out', out]);
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(committed);
    expect(run.stderr).toMatch(/wrote 274 triples about <film\/de-rouille-et-d-os-2012>/);
    expect(readFileSync(out, 'utf8')).not.toMatch(/localhost/);
    expect(readdirSync(dir)).toEqual(['film.trig']);
  });

  it('names file, line and column of a bad page and writes nothing, not even over an existing file', () => {
    dir = mkdtempSync(join(tmpdir(), 'filmgraph-import-'));
    const page = join(dir, 'bad.txt');
    writeFileSync(page, readFileSync(seed, 'utf8').replace('17 May 2012', '31 Foo 2012'));
    const out = join(dir, 'film.trig');
    const fresh = runCli(['import', page, '--out', out]);
    expect(fresh.status).toBe(1);
    expect(fresh.stderr).toMatch(new RegExp(`^filmgraph: ${page.replace(/[.]/g, '\\.')}:13:29: expected a date like .*found "31 Foo 2012"`));
    expect(existsSync(out)).toBe(false);
    writeFileSync(out, 'previous content');
    expect(runCli(['import', page, '--out', out]).status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('previous content');
  });

  it('refuses a page that does not exist with a message', () => {
    const run = runCli(['import', '/nonexistent/page.txt']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/ENOENT.*\/nonexistent\/page\.txt/);
  });
});
