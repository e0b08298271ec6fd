// One load, timed in a fresh process (run by bench/scale.ts): the data's RDF files parsed into the
// store until the first query is answered, then, for filmgraph, the steps start-up adds apart
// (derived facts and SHACL validation; a query worker loading its own copy). Prints JSON.
// With --load-only (bench/load.ts) filmgraph stops after the first answer and reports the
// resting memory of the loaded store.
//   node --import tsx bench/scale/loadTime.ts filmgraph|oxigraph DATA_DIR BASE_IRI [--load-only]
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { DataFactory } from 'n3';
import { defaultLocations, rdfFilesUnder } from '../../src/store/dataFiles.ts';
import { loadDataset } from '../../src/store/loadDataset.ts';
import { deriveFacts } from '../../src/store/deriveFacts.ts';
import { validateDataset } from '../../src/store/validateDataset.ts';
import { SparqlEngine } from '../../src/sparql/SparqlEngine.ts';
import { QueryWorkerPool } from '../../src/sparql/QueryWorkerPool.ts';
import { rssOf } from './processes.ts';

const [engine, dataDir, baseIri] = process.argv.slice(2);
const loadOnly = process.argv.includes('--load-only');
const FIRST_QUERY = 'SELECT (COUNT(*) AS ?n) WHERE { ?film a <http://schema.org/Movie> }';
const locations = { ...defaultLocations(), dataDir };
const gc = (globalThis as { gc?: () => void }).gc;
const seconds = (since: number) => (performance.now() - since) / 1000;
// CPU time of the process (all its threads, garbage collection included): on a shared machine it
// varies less than wall time with what else is running.
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1e6;
};

async function filmgraph() {
  const cpu = process.cpuUsage();
  let start = performance.now();
  const loaded = await loadDataset({ baseIri, locations });
  const [row] = await new SparqlEngine(loaded.store, baseIri).select(FIRST_QUERY);
  const loadS = seconds(start);
  if (loadOnly) {
    const cpuS = cpuSeconds(cpu);
    gc?.();
    return { loadS, cpuS, films: Number(row.n.value), triples: loaded.store.tripleCount, restRss: rssOf(process.pid), heapUsed: process.memoryUsage().heapUsed };
  }
  start = performance.now();
  const derived = deriveFacts(loaded.store, baseIri);
  loaded.store.addToGraph(DataFactory.namedNode(derived.graph), derived.quads);
  const { problems } = await validateDataset(loaded);
  const validateS = seconds(start);
  gc?.();
  const restRss = rssOf(process.pid);
  start = performance.now();
  const pool = new QueryWorkerPool({ baseIri, locations, workers: 1, timeoutMs: 600_000, maxConcurrent: 1 });
  await pool.run(FIRST_QUERY, 1);
  const workerS = seconds(start);
  await pool.close();
  return { loadS, validateS, workerS, films: Number(row.n.value), triples: loaded.store.tripleCount, restRss, violations: problems.length };
}

async function oxigraph() {
  const { Store, namedNode } = await import('oxigraph');
  const files = [...(await rdfFilesUnder(locations.ontologyDir)).filter((f) => !f.endsWith('shapes.ttl')), ...(await rdfFilesUnder(dataDir))];
  const cpu = process.cpuUsage();
  const start = performance.now();
  const store = new Store();
  for (const file of files)
    store.load(await readFile(file, 'utf8'), { format: file.endsWith('.ttl') ? 'text/turtle' : 'application/trig', base_iri: baseIri, ...(file.endsWith('.ttl') ? { to_graph_name: namedNode('https://w3id.org/filmgraph/vocab') } : {}) });
  const result = store.query(FIRST_QUERY, { use_default_graph_as_union: true }) as Map<string, { value: string }>[];
  const loadS = seconds(start);
  const cpuS = cpuSeconds(cpu);
  gc?.();
  return { loadS, cpuS, films: Number(result[0].get('n')!.value), triples: store.size, restRss: rssOf(process.pid), heapUsed: process.memoryUsage().heapUsed };
}

process.stdout.write(`${JSON.stringify(engine === 'oxigraph' ? await oxigraph() : await filmgraph())}\n`);
