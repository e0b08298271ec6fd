// The remote store in the benchmark (issue 7 §5): filmgraph serving the benchmark catalogue from a
// Virtuoso it was loaded into (`serve --store sparql`), against filmgraph serving the same files
// from its embedded store — dereference rate, the latency of the SPARQL mix (answers checked
// equal) and the time of a dump. Rows with reference_name "embedded" in bench/results.json (the
// other rows, and the other sizes' rows, are kept).
//   npm run bench:remote                          57k triples
//   npm run bench:remote -- --quick               57k, short runs
//   npm run bench:remote -- --quick --size 250k   about 250k triples (57k, 250k or 1M)
// Needs virtuoso-t (Debian virtuoso-opensource), as the tests do.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { openDataset } from '../src/store/openDataset.ts';
import { SparqlProtocolClient } from '../src/store/remote/SparqlProtocolClient.ts';
import { pushGraphs } from '../src/store/remote/pushGraphs.ts';
import { defaultLocations } from '../src/store/dataFiles.ts';
import { startVirtuoso } from '../tests/helpers/virtuoso.ts';
import { catalogue } from './scale/catalogue.ts';
import { startChild, waitUntilOk, type Child } from './scale/processes.ts';
import { timeRuns, percentile, requestRate, type Budget } from './scale/measure.ts';
import { row, markdownTable, type Row, type Size } from './scale/results.ts';
import { benchQueries, pickSubjects, sameResults, sparqlClient } from './scale/queries.ts';

const quick = process.argv.includes('--quick');
const SIZES: Record<Size, number> = { '57k': 57_000, '250k': 250_000, '1M': 1_000_000 };
const size = (process.argv.includes('--size') ? process.argv[process.argv.indexOf('--size') + 1] : '57k') as Size;
if (!(size in SIZES)) throw new Error(`--size: one of ${Object.keys(SIZES).join(', ')}`);
const HERE = new URL('.', import.meta.url).pathname;
const ROOT = join(HERE, '..');
const BASE = 'http://bench.example/';
const budget: Budget = quick ? { warmRuns: 30, warmSeconds: 1, runs: 30, seconds: 1.5 } : { warmRuns: 300, warmSeconds: 15, runs: 200, seconds: 20 };
const derefSeconds = quick ? 3 : 10;
const log = (...parts: unknown[]) => process.stderr.write(`${parts.join(' ')}\n`);

const rows: Row[] = [];
const notes: string[] = [];
const { dir: dataDir } = await catalogue(SIZES[size], log);
// Solutions up to the benchmark's own limit: the server must not cut them.
const virtuoso = await startVirtuoso({ resultSetMaxRows: 1_000_000 });
const children: Child[] = [];
try {
  const { loaded } = await openDataset({ baseIri: BASE, locations: { ...defaultLocations(), dataDir } });
  const writer = new SparqlProtocolClient({ queryEndpoint: virtuoso.queryEndpoint, graphStoreEndpoint: virtuoso.graphStoreEndpoint, credentials: virtuoso.writer });
  const started = performance.now();
  await pushGraphs(loaded, writer, { protocol: 'graph-store', check: 'counts' });
  notes.push(`loaded ${loaded.store.tripleCount} triples (merge) into Virtuoso in ${((performance.now() - started) / 1000).toFixed(1)} s (Graph Store PUT, counts checked).`);

  const common = ['serve', '--port', '0', '--base', BASE, '--no-watch', '--max-results', '1000000', '--query-timeout-ms', '600000', '--max-concurrent-queries', '64'];
  const embedded = await startChild(join(ROOT, 'bin/filmgraph.js'), [...common, '--data', dataDir]);
  children.push(embedded);
  const remote = await startChild(join(ROOT, 'bin/filmgraph.js'), [...common, '--store', 'sparql', '--endpoint', virtuoso.queryEndpoint, '--store-max-rows', '1000000']);
  children.push(remote);
  const urlOf = (child: Child) => child.url.replace('//localhost:', '//127.0.0.1:');
  for (const child of [embedded, remote]) await waitUntilOk(`${urlOf(child)}healthz`);
  const [local, far] = [sparqlClient(`${urlOf(embedded)}sparql`, 'embedded'), sparqlClient(`${urlOf(remote)}sparql`, 'remote')];
  await local('ASK {}');
  const subjects = await pickSubjects(local);
  log('subjects', JSON.stringify(subjects));

  const filmPath = new URL(subjects.film).pathname.slice(1);
  for (const [metric, accept] of [['deref-html', 'text/html'], ['deref-turtle', 'text/turtle']] as const) {
    const localRate = await requestRate(`${urlOf(embedded)}${filmPath}`, { Accept: accept }, 16, derefSeconds);
    const farRate = await requestRate(`${urlOf(remote)}${filmPath}`, { Accept: accept }, 16, derefSeconds);
    log(metric, 'embedded', JSON.stringify(localRate), 'remote', JSON.stringify(farRate));
    if (farRate.errors || localRate.errors) notes.push(`${metric}: ${farRate.errors} errors over the remote store, ${localRate.errors} embedded.`);
    rows.push(row(metric, size, farRate.requestsPerSecond, localRate.requestsPerSecond, 'embedded', 'req/s'));
    notes.push(`${size} ${metric} p50/p99 ms: over Virtuoso ${farRate.p50}/${farRate.p99}, embedded ${localRate.p50}/${localRate.p99}.`);
  }

  for (const query of benchQueries(subjects)) {
    const problem = await sameResults(query, await local(query.text, query.accept), await far(query.text, query.accept));
    if (problem) throw new Error(`${query.name}: the embedded and the remote store disagree: ${problem}`);
    const text = (i: number) => (query.repeat ? query.text : `${query.text}\n# run ${i}`);
    const localTimes = await timeRuns((i) => local(text(i), query.accept), budget);
    const farTimes = await timeRuns((i) => far(text(i), query.accept), budget);
    log(query.name, `remote median ${percentile(farTimes, 0.5).toFixed(2)} ms, embedded ${percentile(localTimes, 0.5).toFixed(2)} ms`);
    rows.push(row(query.name, size, percentile(farTimes, 0.5), percentile(localTimes, 0.5), 'embedded', 'ms'));
  }

  // The whole merge as N-Triples, read to its end: one run each (a remote dump takes seconds:
  // each part's subjects listed, then batches of them read by name, src/store/remote/dumpQuads.ts).
  const dumpSeconds = async (child: Child) => {
    const started = performance.now();
    const response = await fetch(`${urlOf(child)}dump.nt`);
    if (!response.ok) throw new Error(`dump.nt: ${response.status}`);
    const bytes = (await response.arrayBuffer()).byteLength;
    return { seconds: (performance.now() - started) / 1000, bytes };
  };
  const [farDump, localDump] = [await dumpSeconds(remote), await dumpSeconds(embedded)];
  if (farDump.bytes !== localDump.bytes) notes.push(`dump.nt: ${farDump.bytes} bytes over the remote store, ${localDump.bytes} embedded.`);
  rows.push(row('dump-nt', size, farDump.seconds, localDump.seconds, 'embedded', 's'));
} finally {
  await Promise.all(children.map((c) => c.stop()));
  await virtuoso.stop();
}

// Keep the other rows of results.json (bench/scale.ts keeps these in turn).
const out = join(HERE, quick ? 'results-quick.json' : 'results.json');
const others = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Row[]).filter((r) => r.reference_name !== 'embedded' || r.size !== size) : [];
writeFileSync(out, `${JSON.stringify([...others, ...rows], null, 2)}\n`);
const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`;
const args = [quick && '--quick', size !== '57k' && `--size ${size}`].filter(Boolean).join(' ');
process.stdout.write(`# npm run bench:remote${args ? ` -- ${args}` : ''} — ${new Date().toISOString().slice(0, 10)} — ${machine}\n\n${markdownTable(rows)}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n\nwritten to ${out}\n`);
