// Load only (issue 5's load target): filmgraph and Oxigraph loading the same catalogue, each load
// in a fresh process (bench/scale/loadTime.ts --load-only), alternating, repeated, with the ratio of
// each round, and the resting memory of each. The machine is shared: the spread of the rounds is
// part of the answer.
//   npm run bench:load -- [--size 57k|1M] [--data DIR] [--rounds N]
//     [--compare ROOT]   also load with the filmgraph checkout at ROOT (same loadTime.ts), e.g. the
//                        code before a change, so before and after are measured in one run
//     [--node-flags "F"] extra V8 flags for the filmgraph processes
// The catalogue is the one `npm run bench` generates in bench/.data/ (or any folder of .trig files).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { writeCatalogue } from '../src/import/catalog/writeCatalogue.ts';

const HERE = new URL('.', import.meta.url).pathname;
const option = (name: string) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
const size = option('size') ?? '1M';
const rounds = Number(option('rounds') ?? 3);
const compare = option('compare');
const nodeFlags = option('node-flags')?.split(/\s+/).filter(Boolean) ?? [];
const BASE = 'http://localhost:3000/';
const MB = 1024 * 1024;
const log = (...parts: unknown[]) => process.stderr.write(`${parts.join(' ')}\n`);

async function dataDir(): Promise<string> {
  const given = option('data');
  if (given) return given;
  const triples = size === '57k' ? 57_000 : 1_000_000;
  const marker = join(HERE, '.data', `catalogue-${triples}`, 'generated.json');
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8')).dir;
  // Generated as bench/scale.ts does, with the same marker, so either benchmark reuses it.
  log(`generating the catalogue of about ${triples} triples into bench/.data/`);
  const dir = join(HERE, '.data', `catalogue-${triples}`, 'data');
  const result = await writeCatalogue({ out: dir, triples });
  writeFileSync(marker, JSON.stringify({ dir, triples: result.triples }));
  return dir;
}

interface Load {
  loadS: number;
  cpuS: number;
  triples: number;
  restRss: number;
  heapUsed: number;
}

const runLoad = (script: string, engine: string, dir: string, flags: string[]) =>
  new Promise<Load>((resolve, reject) =>
    execFile(process.execPath, ['--max-old-space-size=12288', '--expose-gc', ...flags, '--import', 'tsx', script, engine, dir, BASE, '--load-only'], { maxBuffer: 1 << 20 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${engine}: ${stderr}`)) : resolve(JSON.parse(stdout)),
    ),
  );

const dir = await dataDir();
const sides: { name: string; run: () => Promise<Load> }[] = [
  { name: 'filmgraph', run: () => runLoad(join(HERE, 'scale/loadTime.ts'), 'filmgraph', dir, nodeFlags) },
  ...(compare ? [{ name: 'before', run: () => runLoad(join(compare, 'bench/scale/loadTime.ts'), 'filmgraph', dir, nodeFlags) }] : []),
  { name: 'oxigraph', run: () => runLoad(join(HERE, 'scale/loadTime.ts'), 'oxigraph', dir, []) },
];
const results = new Map<string, Load[]>(sides.map((s) => [s.name, []]));
for (let round = 0; round < rounds; round++) {
  // Alternate the order so neither side always runs on a machine warmed (or loaded) by the other.
  const order = round % 2 === 0 ? sides : [...sides].reverse();
  for (const side of order) {
    const load = await side.run();
    results.get(side.name)!.push(load);
    log(`round ${round + 1} ${side.name}: ${load.loadS.toFixed(2)} s (CPU ${load.cpuS.toFixed(2)} s), ${load.triples} triples, RSS ${(load.restRss / MB).toFixed(0)} MB, heap ${(load.heapUsed / MB).toFixed(0)} MB`);
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs: number[], digits: number) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}-${Math.max(...xs).toFixed(digits)})`;
const ox = results.get('oxigraph')!;
console.log(`# npm run bench:load -- --size ${size} --rounds ${rounds}${nodeFlags.length ? ` --node-flags "${nodeFlags.join(' ')}"` : ''} — ${new Date().toISOString().slice(0, 16)} — ${os.cpus()[0].model}, nproc ${os.availableParallelism()}, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`);
console.log('');
console.log('| side | load s, median (min-max) | ratio to Oxigraph per round | CPU s | CPU ratio per round | resting RSS MB | heap MB | RSS B/triple |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [name, loads] of results) {
  const ratios = loads.map((l, i) => l.loadS / ox[i].loadS);
  const cpuRatios = loads.map((l, i) => l.cpuS / ox[i].cpuS);
  const rss = loads.map((l) => l.restRss / MB);
  console.log(`| ${name} | ${spread(loads.map((l) => l.loadS), 2)} | ${spread(ratios, 2)} | ${spread(loads.map((l) => l.cpuS), 2)} | ${spread(cpuRatios, 2)} | ${median(rss).toFixed(0)} | ${median(loads.map((l) => l.heapUsed / MB)).toFixed(0)} | ${(median(loads.map((l) => l.restRss)) / loads[0].triples).toFixed(0)} |`);
}
