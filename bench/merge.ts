// Load benchmark: what the materialised merge (MergedStore) costs over a plain N3 Store holding
// the same named graphs, side by side in one run, on the shipped data replicated under many
// bases (distinct IRIs per copy). Also times validation and the first SPARQL answer at that size.
// Run: npm run bench:merge   (or: npx tsx bench/merge.ts --copies 200 --rounds 5)
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Store, DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { MergedStore } from '../src/store/MergedStore.ts';
import { defaultLocations, rdfFilesUnder } from '../src/store/dataFiles.ts';
import { parseRdfText } from '../src/store/parseRdfFile.ts';
import { loadDataset } from '../src/store/loadDataset.ts';
import { validateDataset } from '../src/store/validateDataset.ts';
import { SparqlEngine } from '../src/sparql/SparqlEngine.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const copies = arg('copies', 200);
const rounds = arg('rounds', 5);
const gc = (globalThis as { gc?: () => void }).gc;

const files = (await rdfFilesUnder(defaultLocations().dataDir)).map((f) => readFileSync(f, 'utf8'));
const quads: Quad[] = [];
for (let i = 0; i < copies; i++)
  for (const text of files) quads.push(...parseRdfText(text, 'bench', 'application/trig', `http://localhost:3000/copy-${i}/`));

function byGraph(): Map<string, Quad[]> {
  const groups = new Map<string, Quad[]>();
  for (const q of quads) groups.set(q.graph.value, [...(groups.get(q.graph.value) ?? []), q]);
  return groups;
}
const groups = byGraph();

const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};

function timePlain() {
  const before = heap();
  const start = performance.now();
  const store = new Store();
  for (const q of quads) store.addQuad(q);
  const ms = performance.now() - start;
  return { ms, bytes: heap() - before, keep: store };
}

function timeMerged() {
  const before = heap();
  const start = performance.now();
  const store = new MergedStore();
  for (const [graph, graphQuads] of groups) store.addToGraph(DataFactory.namedNode(graph), graphQuads);
  // The named graphs indexed too, as a plain store holds them (MergedStore defers them to their first read).
  store.dataset.buildNamedGraphs();
  const ms = performance.now() - start;
  return { ms, bytes: heap() - before, keep: store };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const plain: number[] = [], merged: number[] = [], plainBytes: number[] = [], mergedBytes: number[] = [];
let tripleCount = 0;
for (let r = 0; r < rounds; r++) {
  // Alternate the order so drift on a noisy machine hits both sides alike.
  const [a, b] = r % 2 === 0 ? [timePlain(), timeMerged()] : (([m, p]) => [p, m])([timeMerged(), timePlain()]);
  plain.push(a.ms), merged.push(b.ms), plainBytes.push(a.bytes), mergedBytes.push(b.bytes);
  tripleCount = (b.keep as MergedStore).tripleCount;
}

// Validation and first answer at this size, through the real loader's store.
const big = new MergedStore();
for (const [graph, graphQuads] of groups) big.addToGraph(DataFactory.namedNode(graph), graphQuads);
const shapes = (await loadDataset({ baseIri: 'http://localhost:3000/' })).shapes;
let start = performance.now();
const outcome = await validateDataset({ store: big, baseIri: 'http://localhost:3000/', shapes, graphFiles: new Map() });
const validateMs = performance.now() - start;
start = performance.now();
const [row] = await new SparqlEngine(big, 'http://localhost:3000/').select('SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://schema.org/Movie> }');
const firstQueryMs = performance.now() - start;

const result = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  copies,
  rounds,
  quads: quads.length,
  mergedTriples: tripleCount,
  plainStoreMs: Math.round(median(plain)),
  mergedStoreMs: Math.round(median(merged)),
  loadRatio: +(median(merged) / median(plain)).toFixed(2),
  plainBytesPerQuad: gc ? Math.round(median(plainBytes) / quads.length) : null,
  mergedBytesPerQuad: gc ? Math.round(median(mergedBytes) / quads.length) : null,
  memoryRatio: gc ? +(median(mergedBytes) / median(plainBytes)).toFixed(2) : null,
  validateMs: Math.round(validateMs),
  validationConforms: outcome.conforms,
  firstQueryMs: Math.round(firstQueryMs),
  films: Number(row.n.value),
};
console.log(JSON.stringify(result, null, 2));
