// Load and soak benchmark (issue 6 §1): starts `filmgraph serve` as a child process on loopback,
// drives it with the mixed workload of bench/workload.ts (64 connections for 60 s, closed loop),
// then soaks it at a moderate rate for 5 minutes while sampling the server's resident memory.
// Reports per kind of request: requests, answers, deliberate limits, errors, p50 and p99; and
// the server's RSS before the load, at the start, peak and end of the soak.
//
// Run: npm run bench:soak
//      npm run bench:soak -- --quick           (10 s of load, 30 s of soak)
//      npm run bench:soak -- --duration 60 --connections 64 --soak-seconds 300 --soak-connections 16 --soak-rate 1
//      server limits are passed on: --query-timeout-ms, --max-concurrent-queries, --query-workers
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { discoverWorkload } from './workload.ts';
import { driveLoad, tallyTable, type KindTally } from './driveLoad.ts';
import { writeFileAtomically } from '../src/io/writeFileAtomically.ts';
import { DEFAULT_QUERY_LIMITS } from '../src/http/server.ts';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const arg = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const settings = {
  durationSeconds: arg('duration', quick ? 10 : 60),
  connections: arg('connections', 64),
  soakSeconds: arg('soak-seconds', quick ? 30 : 300),
  soakConnections: arg('soak-connections', 16),
  /** Requests per second per connection during the soak. */
  soakRate: arg('soak-rate', 1),
  sampleSeconds: arg('sample-seconds', 5),
  queryTimeoutMs: arg('query-timeout-ms', DEFAULT_QUERY_LIMITS.timeoutMs),
  maxConcurrentQueries: arg('max-concurrent-queries', DEFAULT_QUERY_LIMITS.maxConcurrent),
  queryWorkers: arg('query-workers', DEFAULT_QUERY_LIMITS.workers),
};
const outFile = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : fileURLToPath(new URL('./soak-last.md', import.meta.url));
// A queued query may wait for the one before it to reach the time limit: wait past that.
const timeoutSeconds = Math.ceil((2 * settings.queryTimeoutMs) / 1000) + 30;

const server = await startServer();
try {
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : undefined;
  const kinds = (await discoverWorkload(server.url)).filter((k) => !only || only.some((o) => k.name.startsWith(o)));
  const origin = new URL(server.url).origin.replace('//localhost:', '//127.0.0.1:');
  const rssBefore = rssOf(server.child);
  console.error(`load: ${settings.connections} connections for ${settings.durationSeconds} s…`);
  const load = await driveLoad({ origin, kinds, connections: settings.connections, durationSeconds: settings.durationSeconds, timeoutSeconds });
  const rssAfterLoad = rssOf(server.child);
  console.error(`soak: ${settings.soakConnections} connections at ${settings.soakRate} requests/s each for ${settings.soakSeconds} s…`);
  const samples: { second: number; rssMiB: number }[] = [];
  const started = Date.now();
  const sample = () => samples.push({ second: Math.round((Date.now() - started) / 1000), rssMiB: rssOf(server.child) });
  sample();
  const sampler = setInterval(sample, settings.sampleSeconds * 1000);
  const soak = await driveLoad({ origin, kinds, connections: settings.soakConnections, durationSeconds: settings.soakSeconds, timeoutSeconds, connectionRate: settings.soakRate });
  clearInterval(sampler);
  sample();
  const report = reportOf({ load, soak, rssBefore, rssAfterLoad, samples, serverErrors: server.errors });
  console.log(report);
  await writeFileAtomically(outFile, report);
  console.error(`written to ${outFile}`);
} finally {
  await server.stop();
}

interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Log lines at level error or fatal that are not a deliberate limit (503), first few. */
  errors: { count: number; samples: string[] };
  stop(): Promise<void>;
}

/** `filmgraph serve` on 127.0.0.1 and a free port; resolves once the catalogue is served. */
async function startServer(): Promise<ServerProcess> {
  const bin = fileURLToPath(new URL('../bin/filmgraph.js', import.meta.url));
  const child = spawn(
    process.execPath,
    [bin, 'serve', '--port', '0', '--host', '127.0.0.1', '--no-watch', '--query-timeout-ms', String(settings.queryTimeoutMs), '--max-concurrent-queries', String(settings.maxConcurrentQueries), '--query-workers', String(settings.queryWorkers)],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' } },
  );
  const errors = { count: 0, samples: [] as string[] };
  // The request log is read as it comes (a full pipe would stall the server); only errors kept.
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (!/"level":(50|60)/.test(line)) return;
    const entry = JSON.parse(line) as { msg?: string; res?: { statusCode?: number }; err?: { message?: string }; req?: { method?: string; url?: string } };
    if (entry.res?.statusCode === 503) return;
    errors.count++;
    if (errors.samples.length < 5) errors.samples.push(`${entry.msg} (${entry.res?.statusCode ?? 'no status'}): ${entry.err?.message ?? ''} ${entry.req?.method ?? ''} ${entry.req?.url?.slice(0, 80) ?? ''}`);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^listening on (\S+)/.exec(line);
      if (match) resolve(match[1]);
    });
    void exited.then((code) => reject(new Error(`filmgraph serve exited (${code}) before listening`)));
  });
  for (;;) {
    const health = await fetch(`${new URL(url).origin}/healthz`).catch(() => undefined);
    if (health?.status === 200) break;
    if (child.exitCode !== null) throw new Error(`filmgraph serve exited (${child.exitCode}) while loading`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    url,
    errors,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resident memory of a process, in MiB (Linux). */
function rssOf(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Math.round(Number(/^VmRSS:\s+(\d+) kB/m.exec(status)![1]) / 1024);
}

function reportOf(r: { load: KindTally[]; soak: KindTally[]; rssBefore: number; rssAfterLoad: number; samples: { second: number; rssMiB: number }[]; serverErrors: ServerProcess['errors'] }): string {
  const cpus = os.cpus();
  const peak = Math.max(...r.samples.map((s) => s.rssMiB));
  const every = Math.max(1, Math.round(r.samples.length / 10));
  const series = r.samples.filter((_, i) => i % every === 0 || i === r.samples.length - 1).map((s) => `${s.second} s: ${s.rssMiB}`).join(', ');
  // Flatness: the mean over the first and the last minute (one heavy query swings RSS by a GB).
  const minute = Math.max(1, Math.round(60 / settings.sampleSeconds));
  const mean = (xs: { rssMiB: number }[]) => Math.round(xs.reduce((sum, x) => sum + x.rssMiB, 0) / xs.length);
  const errorSamples = [...r.load, ...r.soak].flatMap((t) => t.errorSamples.map((e) => `- ${t.name}: ${e}`));
  return [
    `- Command: \`npm run bench:soak -- ${argv.join(' ')}\``.replace(' -- `', '`'),
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${cpus[0]?.model ?? 'unknown CPU'}, nproc ${os.availableParallelism()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average before the run ${os.loadavg()[0].toFixed(1)}`,
    `- Server: \`filmgraph serve\` in its own process; query time limit ${settings.queryTimeoutMs} ms, ${settings.maxConcurrentQueries} queries in progress at most, ${settings.queryWorkers} query worker(s); request log at ${process.env.LOG_LEVEL ?? 'info'} level; the load generator (autocannon) runs in a second process on the same machine`,
    '',
    `### Load: ${settings.connections} connections, ${settings.durationSeconds} s, closed loop`,
    '',
    tallyTable(r.load),
    '',
    `### Soak: ${settings.soakConnections} connections at ${settings.soakRate} requests/s each, ${settings.soakSeconds} s`,
    '',
    tallyTable(r.soak),
    '',
    `Server RSS (MiB): ${r.rssBefore} before the load, ${r.rssAfterLoad} after it; soak start ${r.samples[0].rssMiB}, peak ${peak}, lowest ${Math.min(...r.samples.map((s) => s.rssMiB))}, end ${r.samples.at(-1)!.rssMiB}; mean over the first minute ${mean(r.samples.slice(0, minute))}, over the last minute ${mean(r.samples.slice(-minute))}.`,
    `RSS during the soak (MiB, every ${settings.sampleSeconds * every} s): ${series}.`,
    `Server log lines at error level other than deliberate 503s: ${r.serverErrors.count}.`,
    ...(errorSamples.length + r.serverErrors.samples.length > 0 ? ['', 'Errors seen (first few):', ...errorSamples, ...r.serverErrors.samples.map((l) => `- server log: ${l}`)] : []),
    '',
  ].join('\n');
}
