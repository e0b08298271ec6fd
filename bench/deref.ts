// The dereference benchmark on its own (issue 5): a film's page and Turtle from the real filmgraph
// server (kept in its RepresentationCache after the first request) against the very same bytes
// from a bare Express route and from bare node:http, in one run. The machine is shared, so the
// servers are measured in alternation, round after round, and what counts is the ratio within a
// round (to Express static), with its spread over the rounds; beside req/s, the CPU time each
// server process spends per request (from /proc), which other load on the machine disturbs less.
//   npm run bench:deref [-- --data DIR] [--rounds 5] [--seconds 5] [--baseline DIR] [--cpu-prof DIR] [--encoding br]
// --data: a catalogue folder (default the 57k benchmark catalogue in bench/.data/, made if missing);
// --baseline: another filmgraph checkout (e.g. `git archive` of an older commit, with node_modules)
//   measured in the same rounds, for before/after figures from one run;
// --cpu-prof: this checkout's server runs under `node --cpu-prof`, its profile written to DIR;
// --encoding: the Accept-Encoding sent to filmgraph (the static servers send identity bytes).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { startChild, waitUntilOk, type Child } from './scale/processes.ts';
import { percentile, requestRate, type Rate } from './scale/measure.ts';
import { catalogue } from './scale/catalogue.ts';
import { pickSubjects, sparqlClient } from './scale/queries.ts';

const HERE = new URL('.', import.meta.url).pathname;
const ROOT = join(HERE, '..');
const TSX = ['--import', 'tsx'];
const CONNECTIONS = 16;

const flag = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const rounds = Number(flag('--rounds') ?? 5);
const seconds = Number(flag('--seconds') ?? 5);
const baselineDir = flag('--baseline');
const cpuProfDir = flag('--cpu-prof');
const encoding = flag('--encoding');
const log = (...parts: unknown[]) => process.stderr.write(`${parts.join(' ')}\n`);

/** CPU time (user + system) a process has used, in ms: /proc/PID/stat fields 14 and 15, in ticks of 10 ms. */
const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

interface Measured extends Rate {
  /** Server CPU time per answered request, in µs. */
  cpuUsPerRequest: number;
}

/** One server answering one page. */
interface Side {
  name: string;
  pid: number;
  url: string;
  headers: Record<string, string>;
  runs: Measured[];
}

async function measure(side: Side, duration: number): Promise<Measured> {
  const before = cpuMs(side.pid);
  const rate = await requestRate(side.url, side.headers, CONNECTIONS, duration);
  return { ...rate, cpuUsPerRequest: ((cpuMs(side.pid) - before) * 1000) / rate.total };
}

const dataDir = flag('--data') ?? (await catalogue(57_000, log)).dir;
const children: Child[] = [];
const files: string[] = [];
const stopAll = async () => {
  await Promise.all(children.map((c) => c.stop()));
  for (const file of files) rmSync(file, { force: true });
};
process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));

/** `filmgraph serve` of a checkout on the data, once it answers; its URL. */
async function startFilmgraph(checkout: string, nodeArgs: string[]): Promise<{ child: Child; url: string }> {
  const child = await startChild(join(checkout, 'bin/filmgraph.js'), ['serve', '--port', '0', '--data', dataDir, '--no-watch', '--query-workers', '1'], nodeArgs);
  children.push(child);
  const url = child.url.replace('//localhost:', '//127.0.0.1:');
  await waitUntilOk(`${url}healthz`);
  return { child, url };
}

try {
  const servers = [{ name: 'filmgraph', ...(await startFilmgraph(ROOT, cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfDir] : [])) }];
  if (baselineDir) servers.push({ name: 'baseline', ...(await startFilmgraph(baselineDir, [])) });
  const { film } = await pickSubjects(sparqlClient(`${servers[0].url}sparql`, 'filmgraph'));
  const filmPath = new URL(film).pathname.slice(1);
  log('film', filmPath);

  const pages: { kind: string; bytes: number; sides: Side[] }[] = [];
  for (const [kind, accept] of [['html', 'text/html'], ['turtle', 'text/turtle']] as const) {
    const bodies = await Promise.all(
      servers.map(async (s) => {
        const response = await fetch(`${s.url}${filmPath}`, { headers: { Accept: accept } });
        if (response.status !== 200) throw new Error(`${s.name} answered ${response.status} for ${filmPath} (${accept})`);
        return { body: Buffer.from(await response.arrayBuffer()), type: response.headers.get('content-type')! };
      }),
    );
    const { body, type } = bodies[0];
    const file = join(os.tmpdir(), `filmgraph-deref-${process.pid}-${kind}`);
    writeFileSync(file, body);
    files.push(file);
    const express = await startChild(join(HERE, 'scale/staticServers.ts'), ['express', file, type], TSX);
    const node = await startChild(join(HERE, 'scale/staticServers.ts'), ['node', file, type], TSX);
    children.push(express, node);
    const fgHeaders = { Accept: accept, ...(encoding ? { 'Accept-Encoding': encoding } : {}) };
    pages.push({
      kind,
      bytes: body.length,
      sides: [
        ...servers.map((s) => ({ name: s.name, pid: s.child.process.pid!, url: `${s.url}${filmPath}`, headers: fgHeaders, runs: [] })),
        { name: 'express-static', pid: express.process.pid!, url: express.url, headers: {}, runs: [] },
        { name: 'node-static', pid: node.process.pid!, url: node.url, headers: {}, runs: [] },
      ],
    });
  }

  // A warm-up of each server, then rounds; the order alternates so drift in the machine's load
  // does not always favour the same side.
  for (const page of pages) for (const side of page.sides) await measure(side, 1);
  for (let round = 0; round < rounds; round++) {
    for (const page of pages) {
      for (const side of round % 2 === 0 ? page.sides : [...page.sides].reverse()) {
        const run = await measure(side, seconds);
        side.runs.push(run);
        log(`round ${round + 1} ${page.kind} ${side.name}`, JSON.stringify(run));
      }
    }
  }

  const median = (xs: number[]) => percentile(xs, 0.5);
  const spread = (xs: number[]) => `${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
  const lines = [
    '| page | server | req/s | req/s ÷ Express static, per round: median (min–max) | CPU µs/request | Express static CPU ÷ this, per round | p50/p99 ms | errors |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const page of pages) {
    const reference = page.sides.find((s) => s.name === 'express-static')!;
    for (const side of page.sides) {
      const rateRatios = side.runs.map((run, i) => run.requestsPerSecond / reference.runs[i].requestsPerSecond);
      const cpuRatios = side.runs.map((run, i) => reference.runs[i].cpuUsPerRequest / run.cpuUsPerRequest);
      lines.push(
        `| ${page.kind} (${page.bytes} B) | ${side.name} | ${median(side.runs.map((r) => r.requestsPerSecond)).toFixed(0)} | ${spread(rateRatios)} | ` +
          `${median(side.runs.map((r) => r.cpuUsPerRequest)).toFixed(0)} | ${spread(cpuRatios)} | ${median(side.runs.map((r) => r.p50))}/${median(side.runs.map((r) => r.p99))} | ${side.runs.reduce((n, r) => n + r.errors, 0)} |`,
      );
    }
  }
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`;
  const command = `npm run bench:deref -- ${process.argv.slice(2).join(' ')}`.trim();
  process.stdout.write(
    `# ${command} — ${new Date().toISOString().slice(0, 10)} — ${machine}\n\n` +
      `${rounds} rounds of ${seconds} s per server, ${CONNECTIONS} connections${encoding ? `, filmgraph asked for Accept-Encoding: ${encoding}` : ''}\n\n${lines.join('\n')}\n`,
  );
} finally {
  await stopAll();
}
if (cpuProfDir) log(`CPU profile of filmgraph written to ${cpuProfDir}`);
