// Peak memory of the heavy queries on their own (issue 5, `rss-peak`): servers that differ by
// environment or Node flags, side by side on the same catalogue, each asked Q3, Q4 and Q5 in
// turn, three rounds, their peak RSS watched as bench/scale.ts watches it. Prints each server's
// RSS before the queries, its peak, and its RSS a few seconds after (once the garbage may have
// been collected), and the median time of each query (the servers share the machine: a rough
// figure).
//   npm run bench:peak -- [--data DIR] '[{"name":"a"},{"name":"b","env":{"K":"V"},"node":["--flag"]}]'
// --data: a catalogue folder (default the 1M benchmark catalogue in bench/.data/, made if missing).
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { rssOf, startChild, waitUntilOk, watchPeakRss } from './scale/processes.ts';
import { catalogue } from './scale/catalogue.ts';
import { benchQueries, pickSubjects, sparqlClient } from './scale/queries.ts';

const HERE = new URL('.', import.meta.url).pathname;
const flag = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const log = (...parts: unknown[]) => process.stderr.write(`${parts.join(' ')}\n`);
const dataDir = flag('--data') ?? (await catalogue(1_000_000, log)).dir;
const configs = JSON.parse(process.argv.at(-1)!.startsWith('[') ? process.argv.at(-1)! : '[{"name":"filmgraph"}]') as { name: string; env?: Record<string, string>; node?: string[] }[];
const MB = 1024 * 1024;

const servers = await Promise.all(
  configs.map(async (config) => {
    const child = await startChild(
      join(HERE, '../bin/filmgraph.js'),
      ['serve', '--port', '0', '--data', dataDir, '--no-watch', '--max-results', '1000000', '--query-timeout-ms', '600000'],
      ['--max-old-space-size=12288', ...(config.node ?? [])],
      config.env,
    );
    const url = child.url.replace('//localhost:', '//127.0.0.1:');
    return { ...config, child, pid: child.process.pid!, sparql: sparqlClient(`${url}sparql`, config.name), healthz: `${url}healthz` };
  }),
);
try {
  for (const server of servers) {
    await waitUntilOk(server.healthz);
    await server.sparql('ASK {}'); // the query worker has loaded its copy
  }
  const queries = benchQueries(await pickSubjects(servers[0].sparql)).filter((q) => ['Q3', 'Q4', 'Q5'].includes(q.name));
  await sleep(3000);
  const before = servers.map((s) => rssOf(s.pid));
  const watches = servers.map((s) => watchPeakRss(s.pid));
  const times = new Map<string, number[]>();
  for (let round = 0; round < 3; round++)
    for (const query of queries)
      for (const server of servers) {
        const start = performance.now();
        await server.sparql(`${query.text}\n# run ${round}`, query.accept);
        times.set(`${server.name} ${query.name}`, [...(times.get(`${server.name} ${query.name}`) ?? []), performance.now() - start]);
      }
  const peaks = watches.map((w) => w.stop());
  await sleep(3000);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  process.stdout.write(`| server | RSS before, MB | peak, MB | after, MB | peak ÷ before | peak ÷ after | ${queries.map((q) => `${q.name} median ms`).join(' | ')} |\n|---|---|---|---|---|---|${queries.map(() => '---|').join('')}\n`);
  servers.forEach((s, i) => {
    const after = rssOf(s.pid);
    const medians = queries.map((q) => median(times.get(`${s.name} ${q.name}`)!).toFixed(0));
    process.stdout.write(`| ${s.name} | ${(before[i] / MB).toFixed(0)} | ${(peaks[i] / MB).toFixed(0)} | ${(after / MB).toFixed(0)} | ${(peaks[i] / before[i]).toFixed(2)} | ${(peaks[i] / after).toFixed(2)} | ${medians.join(' | ')} |\n`);
  });
} finally {
  await Promise.all(servers.map((s) => s.child.stop()));
}
