// A repeated query on its own (issue 5, `Q1-repeat`): the same query text asked again and again,
// so filmgraph answers from what it kept, against Oxigraph answering it each time, in one run.
// Serial POSTs over loopback, the servers taking turns round after round; the median of each, and
// its ratio to Oxigraph. filmgraph is asked twice: for identity bytes (what Oxigraph sends) and
// with the Accept-Encoding a browser or fetch sends, whose decoding the client pays.
//   npm run bench:repeat [-- --data DIR] [--rounds 6] [--requests 300] [--baseline DIR]
// --data: a catalogue folder (default the 57k benchmark catalogue in bench/.data/, made if missing);
// --baseline: another filmgraph checkout (with node_modules) measured in the same rounds.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { startChild, waitUntilOk, type Child } from './scale/processes.ts';
import { catalogue } from './scale/catalogue.ts';
import { benchQueries, pickSubjects, sameResults, sparqlClient, type Sparql } from './scale/queries.ts';
import { percentile } from './scale/measure.ts';

const HERE = new URL('.', import.meta.url).pathname;
const flag = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const rounds = Number(flag('--rounds') ?? 6);
const requests = Number(flag('--requests') ?? 300);
const baselineDir = flag('--baseline');
const log = (...parts: unknown[]) => process.stderr.write(`${parts.join(' ')}\n`);

const dataDir = flag('--data') ?? (await catalogue(57_000, log)).dir;
const dump = join(HERE, '.data', `repeat-dump-${process.pid}.nq`);
const children: Child[] = [];

/** `filmgraph serve` of a checkout on the data, once it answers; its URL. One base IRI for all, so that one query fits every server. */
async function startFilmgraph(checkout: string): Promise<string> {
  const child = await startChild(join(checkout, 'bin/filmgraph.js'), ['serve', '--port', '0', '--data', dataDir, '--no-watch', '--base', 'http://films.example/'], []);
  children.push(child);
  const url = child.url.replace('//localhost:', '//127.0.0.1:');
  await waitUntilOk(`${url}healthz`);
  return url;
}

try {
  const filmgraph = await startFilmgraph(join(HERE, '..'));
  const baseline = baselineDir ? await startFilmgraph(baselineDir) : undefined;
  writeFileSync(dump, Buffer.from(await (await fetch(`${filmgraph}dump.nq`)).arrayBuffer()));
  const ox = await startChild(join(HERE, 'scale/oxigraphServer.ts'), [dump], ['--import', 'tsx']);
  children.push(ox);
  const browserEncoding = 'gzip, deflate, br';
  const sides: [string, Sparql][] = [
    ['filmgraph, identity', sparqlClient(`${filmgraph}sparql`, 'filmgraph', 'identity')],
    [`filmgraph, ${browserEncoding}`, sparqlClient(`${filmgraph}sparql`, 'filmgraph', browserEncoding)],
    ...(baseline ? ([['baseline, identity', sparqlClient(`${baseline}sparql`, 'baseline', 'identity')], [`baseline, ${browserEncoding}`, sparqlClient(`${baseline}sparql`, 'baseline', browserEncoding)]] as [string, Sparql][]) : []),
    ['oxigraph', sparqlClient(`${ox.url}sparql`, 'oxigraph', 'identity')],
  ];
  for (const [, ask] of sides) await ask('ASK {}'); // the query workers have loaded their copy
  const query = benchQueries(await pickSubjects(sides[0][1])).find((q) => q.name === 'Q1-repeat')!;
  const reference = sides.at(-1)![1];
  for (const [name, ask] of sides.slice(0, -1)) {
    const problem = await sameResults(query, await ask(query.text, query.accept), await reference(query.text, query.accept));
    if (problem) throw new Error(`${name} and Oxigraph disagree: ${problem}`); // a fast wrong answer is no answer
  }
  const time = async (ask: Sparql, n: number) => {
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      await ask(query.text, query.accept);
      times.push(performance.now() - start);
    }
    return times;
  };
  for (const [, ask] of sides) await time(ask, 500); // warm-up (JIT)
  const times = new Map<string, number[]>(sides.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) for (const [name, ask] of round % 2 ? [...sides].reverse() : sides) times.get(name)!.push(...(await time(ask, requests)));
  const oxigraph = percentile(times.get('oxigraph')!, 0.5);
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`;
  process.stdout.write(`# npm run bench:repeat — ${new Date().toISOString().slice(0, 10)} — ${machine}\n\n${rounds} rounds of ${requests} serial POSTs per server, load average ${os.loadavg()[0].toFixed(1)}\n\n| server, Accept-Encoding | median ms | ÷ Oxigraph |\n|---|---|---|\n`);
  for (const [name, xs] of times) process.stdout.write(`| ${name} | ${percentile(xs, 0.5).toFixed(3)} | ${(percentile(xs, 0.5) / oxigraph).toFixed(2)} |\n`);
} finally {
  await Promise.all(children.map((c) => c.stop()));
  rmSync(dump, { force: true });
}
