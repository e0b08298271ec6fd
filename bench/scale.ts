// The catalogue-scale benchmark (issue 5): filmgraph side by side with its references, on the same
// data, at about 57k and 1M triples — load, resting and peak memory, dereference rate, and the
// latency of a fixed SPARQL mix — each figure as a ratio to its reference.
//   npm run bench              full run, writes bench/results.json
//   npm run bench -- --quick   57k only, short runs (under two minutes), writes bench/results-quick.json
//   npm run bench -- --size 1M one size again, keeping the other size's rows in bench/results.json
// The data is made by import-catalog's writeCatalogue into bench/.data/ (not committed).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { startChild, waitUntilOk, rssOf, watchPeakRss, type Child } from './scale/processes.ts';
import { timeRuns, percentile, requestRate, type Budget } from './scale/measure.ts';
import { row, markdownTable, type Row, type Size } from './scale/results.ts';
import { catalogue, DATA } from './scale/catalogue.ts';
import { benchQueries, pickSubjects, sameResults, sparqlClient, type BenchQuery } from './scale/queries.ts';

const quick = process.argv.includes('--quick');
const HERE = new URL('.', import.meta.url).pathname;
const ROOT = join(HERE, '..');
const BIG_HEAP = ['--max-old-space-size=12288'];
const TSX = ['--import', 'tsx'];
const MB = 1024 * 1024;

const budget: Budget = quick ? { warmRuns: 30, warmSeconds: 1, runs: 30, seconds: 1.5 } : { warmRuns: 300, warmSeconds: 15, runs: 200, seconds: 20 };
const derefSeconds = quick ? 3 : 10;
const SMALL = { size: '57k', triples: 57_000 } as const, LARGE = { size: '1M', triples: 1_000_000 } as const;
const only = process.argv.includes('--size') ? process.argv[process.argv.indexOf('--size') + 1] : undefined;
// --size 57k|1M measures one size again; the other size's rows are kept from the last run.
const sizes: { size: Size; triples: number }[] = (quick ? [SMALL] : [SMALL, LARGE]).filter((s) => !only || s.size === only);

const log = (...parts: unknown[]) => process.stderr.write(`${parts.join(' ')}\n`);
const rows: Row[] = [];
const notes: string[] = [];

const runJson = async (args: string[]) => {
  const { execFile } = await import('node:child_process');
  return new Promise<Record<string, number>>((resolve, reject) =>
    execFile(process.execPath, [...BIG_HEAP, '--expose-gc', ...TSX, ...args], { maxBuffer: 1 << 20 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${args.join(' ')}: ${stderr}`)) : resolve(JSON.parse(stdout)),
    ),
  );
};

async function measureSize(size: Size, dataDir: string) {
  // 1. Load, each side in a fresh process, filmgraph first then Oxigraph.
  const base = 'http://localhost:3000/';
  const fgLoad = await runJson([join(HERE, 'scale/loadTime.ts'), 'filmgraph', dataDir, base]);
  const oxLoad = await runJson([join(HERE, 'scale/loadTime.ts'), 'oxigraph', dataDir, base]);
  log(size, 'load', JSON.stringify({ fgLoad, oxLoad }));
  rows.push(row('load', size, fgLoad.loadS, oxLoad.loadS, 'oxigraph', 's'));
  notes.push(
    `${size}: ${fgLoad.triples} triples (${fgLoad.films} films). filmgraph parsed to first answer in ${fgLoad.loadS.toFixed(2)} s; ` +
      `then derived facts and SHACL validation ${fgLoad.validateS.toFixed(2)} s, a query worker loading its copy ${fgLoad.workerS.toFixed(2)} s; ` +
      `heap-settled RSS after load ${(fgLoad.restRss / MB).toFixed(0)} MB (${(fgLoad.restRss / fgLoad.triples).toFixed(0)} B/triple, main thread only). ` +
      `Oxigraph loaded in ${oxLoad.loadS.toFixed(2)} s to ${(oxLoad.restRss / MB).toFixed(0)} MB (${(oxLoad.restRss / oxLoad.triples).toFixed(0)} B/quad).`,
  );

  // 2. The servers.
  const children: Child[] = [];
  try {
    const fg = await startChild(join(ROOT, 'bin/filmgraph.js'), ['serve', '--port', '0', '--data', dataDir, '--no-watch', '--max-results', '1000000', '--query-timeout-ms', '600000', '--max-concurrent-queries', '64'], BIG_HEAP);
    children.push(fg);
    const fgUrl = fg.url.replace('//localhost:', '//127.0.0.1:');
    await waitUntilOk(`${fgUrl}healthz`);
    const sparql = sparqlClient(`${fgUrl}sparql`, 'filmgraph');
    await sparql('ASK {}'); // the query worker has loaded its copy
    const dump = join(DATA, `dump-${size}.nq`);
    writeFileSync(dump, Buffer.from(await (await fetch(`${fgUrl}dump.nq`)).arrayBuffer()));
    const ox = await startChild(join(HERE, 'scale/oxigraphServer.ts'), [dump], [...BIG_HEAP, ...TSX]);
    children.push(ox);
    const oxSparql = sparqlClient(`${ox.url}sparql`, 'oxigraph');

    const subjects = await pickSubjects(sparql);
    log(size, 'subjects', JSON.stringify(subjects));
    await sleep(2000);
    const fgRest = rssOf(fg.process.pid!), oxRest = rssOf(ox.process.pid!);

    // 3. Dereference: filmgraph against the same bytes served statically, and Oxigraph's DESCRIBE.
    const filmPath = new URL(subjects.film).pathname;
    for (const [metric, accept] of [['deref-html', 'text/html'], ['deref-turtle', 'text/turtle']] as const) {
      const response = await fetch(`${fgUrl}${filmPath.slice(1)}`, { headers: { Accept: accept } });
      const file = join(DATA, `${metric}-${size}`);
      writeFileSync(file, Buffer.from(await response.arrayBuffer()));
      const type = response.headers.get('content-type')!;
      const express = await startChild(join(HERE, 'scale/staticServers.ts'), ['express', file, type], TSX);
      const bare = await startChild(join(HERE, 'scale/staticServers.ts'), ['node', file, type], TSX);
      children.push(express, bare);
      const fgRate = await requestRate(`${fgUrl}${filmPath.slice(1)}`, { Accept: accept }, 16, derefSeconds);
      const expressRate = await requestRate(express.url, {}, 16, derefSeconds);
      const bareRate = await requestRate(bare.url, {}, 16, derefSeconds);
      const oxRate = await requestRate(`${ox.url}describe?iri=${encodeURIComponent(subjects.film)}`, {}, 16, derefSeconds);
      for (const [name, rate] of [['filmgraph', fgRate], ['express', expressRate], ['node', bareRate], ['oxigraph', oxRate]] as const)
        log(size, metric, name, JSON.stringify(rate));
      if (fgRate.errors) notes.push(`${size} ${metric}: filmgraph answered ${fgRate.errors} requests with an error or non-2xx.`);
      rows.push(row(metric, size, fgRate.requestsPerSecond, oxRate.requestsPerSecond, 'oxigraph', 'req/s'));
      rows.push(row(metric, size, fgRate.requestsPerSecond, expressRate.requestsPerSecond, 'express-static', 'req/s'));
      rows.push(row(metric, size, fgRate.requestsPerSecond, bareRate.requestsPerSecond, 'node-static', 'req/s'));
      notes.push(`${size} ${metric} p50/p99 ms: filmgraph ${fgRate.p50}/${fgRate.p99}, Express static ${expressRate.p50}/${expressRate.p99}, node:http static ${bareRate.p50}/${bareRate.p99}, Oxigraph ${oxRate.p50}/${oxRate.p99}.`);
      await Promise.all([express.stop(), bare.stop()]);
    }

    // 4. The SPARQL mix, results checked equal; peak memory watched throughout.
    const fgPeak = watchPeakRss(fg.process.pid!), oxPeak = watchPeakRss(ox.process.pid!);
    for (const query of benchQueries(subjects)) {
      await checkEqual(query, sparql, oxSparql);
      const text = (i: number) => (query.repeat ? query.text : `${query.text}\n# run ${i}`); // a new text defeats any result cache
      const fgTimes = await timeRuns((i) => sparql(text(i), query.accept), budget);
      const oxTimes = await timeRuns((i) => oxSparql(text(i), query.accept), budget);
      log(size, query.name, `filmgraph median ${percentile(fgTimes, 0.5).toFixed(2)} p90 ${percentile(fgTimes, 0.9).toFixed(2)} ms (${fgTimes.length} runs); oxigraph median ${percentile(oxTimes, 0.5).toFixed(2)} p90 ${percentile(oxTimes, 0.9).toFixed(2)} ms (${oxTimes.length} runs)`);
      rows.push(row(query.name, size, percentile(fgTimes, 0.5), percentile(oxTimes, 0.5), 'oxigraph', 'ms'));
      notes.push(`${size} ${query.name} p90 ms: filmgraph ${percentile(fgTimes, 0.9).toFixed(2)}, Oxigraph ${percentile(oxTimes, 0.9).toFixed(2)} (${fgTimes.length} and ${oxTimes.length} timed runs).`);
    }
    const peak = fgPeak.stop(), oxPeakRss = oxPeak.stop();
    rows.push(row('rss-peak', size, peak / MB, fgRest / MB, 'rss-rest', 'MB'));
    notes.push(`${size} memory: filmgraph server ${(fgRest / MB).toFixed(0)} MB at rest, ${(peak / MB).toFixed(0)} MB at peak during the mix; Oxigraph ${(oxRest / MB).toFixed(0)} and ${(oxPeakRss / MB).toFixed(0)} MB.`);
  } finally {
    await Promise.all(children.map((c) => c.stop()));
  }
}

/** The same answer from both servers, or the benchmark stops: a fast wrong answer is no answer. */
async function checkEqual(query: BenchQuery, fg: (q: string, a?: string) => Promise<string>, ox: (q: string, a?: string) => Promise<string>) {
  const [a, b] = await Promise.all([fg(query.text, query.accept), ox(query.text, query.accept)]);
  const problem = await sameResults(query, a, b);
  if (problem) throw new Error(`${query.name}: filmgraph and Oxigraph disagree: ${problem}`);
}

mkdirSync(DATA, { recursive: true });
for (const { size, triples } of sizes) await measureSize(size, (await catalogue(triples, log)).dir);

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const machine = `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`;
const out = join(HERE, quick ? 'results-quick.json' : 'results.json');
// The remote store's rows (bench/remote.ts, reference "embedded") are kept.
const remoteRows = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Row[]).filter((r) => r.reference_name === 'embedded' || (only && r.size !== only)) : [];
writeFileSync(out, `${JSON.stringify([...rows, ...remoteRows], null, 2)}\n`);
process.stdout.write(`# ${quick ? 'npm run bench -- --quick' : 'npm run bench'} — ${new Date().toISOString().slice(0, 10)} — ${machine}\n\n${markdownTable(rows)}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n\nwritten to ${out}\n`);
