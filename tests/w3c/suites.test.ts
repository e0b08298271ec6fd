// Conformance: the W3C SPARQL 1.1 suites, run offline with rdf-test-suite on the copy in
// rdf-tests/. Query evaluation and syntax go through filmgraph's query path (engine.cjs); the
// protocol and service-description suites go against a live filmgraph endpoint (the protocol's
// update and data-loading tests skipped: the endpoint is read-only). Pass counts must not drop
// below the baseline, and no test may fail that is not a known failure.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/server.ts';
import { startTestServer } from '../helpers/testServer.ts';

interface Baseline {
  passed: number;
  total: number;
  knownFailures: string[];
}
const root = fileURLToPath(new URL('../../', import.meta.url));
const suite = fileURLToPath(new URL('./rdf-tests/sparql/sparql11/', import.meta.url));
const baselines = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as Record<string, Baseline>;

async function runSuite(specification: string, extra: string[]) {
  // Output to a file: the runner exits with process.exit, which would cut a piped stdout short.
  const output = join(mkdtempSync(join(tmpdir(), 'filmgraph-w3c-')), 'out.txt');
  const fd = openSync(output, 'w');
  const child = spawn(
    process.execPath,
    [
      '--import', 'tsx', 'node_modules/rdf-test-suite/bin/Runner.js', 'tests/w3c/engine.cjs',
      'https://w3c.github.io/rdf-tests/sparql/sparql11/manifest-all.ttl',
      '-m', `https://w3c.github.io/rdf-tests/sparql/sparql11/~${suite}`,
      '-s', specification, '-o', 'summary', ...extra,
    ],
    { cwd: root, stdio: ['ignore', fd, fd], timeout: 300_000 },
  );
  await new Promise((resolve) => child.on('exit', resolve)); // exit code 1 when any test fails
  closeSync(fd);
  const text = readFileSync(output, 'utf8');
  const summary = /(\d+) \/ (\d+) tests succeeded/.exec(text);
  expect(summary, text.slice(-2000)).not.toBeNull();
  const failures = [...text.matchAll(/^✖ .* \((http[^)]+)\)$/gm)].map((m) => m[1]).sort();
  return { passed: Number(summary![1]), total: Number(summary![2]), failures };
}

function expectBaseline(result: { passed: number; total: number; failures: string[] }, baseline: Baseline) {
  expect(result.failures).toEqual([...baseline.knownFailures].sort());
  expect(result.total).toBe(baseline.total);
  expect(result.passed).toBeGreaterThanOrEqual(baseline.passed);
}

describe('W3C SPARQL 1.1 suites', () => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await startTestServer();
    // The query worker loads its copy of the data at the first query: not inside a protocol test.
    await fetch(`${running.url}sparql?query=${encodeURIComponent('ASK {}')}`);
  });
  afterAll(() => running.close());

  it('query evaluation and syntax: as many as the baseline, failing only the known failures', async () => {
    expectBaseline(await runSuite('http://www.w3.org/TR/sparql11-query/', []), baselines['sparql11-query']);
  }, 180_000); // 318 tests: about 20 s alone, much more when the suite shares the machine

  it('protocol, against the live endpoint (update and data-loading tests skipped)', async () => {
    const endpoint = `${running.baseIri}sparql`;
    const result = await runSuite('http://www.w3.org/TR/sparql11-protocol/', ['-i', JSON.stringify({ protocolEndpoint: endpoint }), '--skip', 'update_|query_dataset|query_multiple_dataset']);
    expectBaseline(result, baselines['sparql11-protocol']);
  }, 120_000);

  it('service description, against the live endpoint', async () => {
    const endpoint = `${running.baseIri}sparql`;
    expectBaseline(await runSuite('http://www.w3.org/TR/sparql11-service-description/', ['-i', JSON.stringify({ serviceDescriptionEndpoint: endpoint })]), baselines['sparql11-service-description']);
  });
});
