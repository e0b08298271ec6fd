// Conformance: the W3C SPARQL 1.1 query tests (evaluation and syntax) through filmgraph's query
// path (engine.cjs), run offline with rdf-test-suite on the copy in rdf-tests/. The pass count
// must not drop below the baseline, and no test may fail that is not a known failure.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const suite = fileURLToPath(new URL('./rdf-tests/sparql/sparql11/', import.meta.url));
const baseline = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8'))['sparql11-query'] as { passed: number; total: number; knownFailures: string[] };

describe('W3C SPARQL 1.1 query tests', () => {
  it('pass as many as the baseline, failing only the known failures', async () => {
    // Output to a file: the runner exits with process.exit, which would cut a piped stdout short.
    const output = join(mkdtempSync(join(tmpdir(), 'filmgraph-w3c-')), 'out.txt');
    const fd = openSync(output, 'w');
    const child = spawn(
      process.execPath,
      [
        '--import', 'tsx', 'node_modules/rdf-test-suite/bin/Runner.js', 'tests/w3c/engine.cjs',
        'https://w3c.github.io/rdf-tests/sparql/sparql11/manifest-all.ttl',
        '-m', `https://w3c.github.io/rdf-tests/sparql/sparql11/~${suite}`,
        '-s', 'http://www.w3.org/TR/sparql11-query/', '-o', 'summary',
      ],
      { cwd: root, stdio: ['ignore', fd, fd], timeout: 300_000 },
    );
    await new Promise((resolve) => child.on('exit', resolve)); // exit code 1 when any test fails
    closeSync(fd);
    const stdout = readFileSync(output, 'utf8');
    const summary = /(\d+) \/ (\d+) tests succeeded/.exec(stdout);
    expect(summary, stdout.slice(-2000)).not.toBeNull();
    const [passed, total] = [Number(summary![1]), Number(summary![2])];
    const failures = [...stdout.matchAll(/^✖ .* \((http[^)]+)\)$/gm)].map((m) => m[1]).sort();
    expect(failures).toEqual([...baseline.knownFailures].sort());
    expect(total).toBe(baseline.total);
    expect(passed).toBeGreaterThanOrEqual(baseline.passed);
  });
});
