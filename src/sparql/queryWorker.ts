// A query worker: a thread with its own copy of the dataset and its own engine, so a runaway
// query can be stopped by terminating the thread (Comunica has no query timeout, and destroying
// a result stream does not stop a CPU-bound aggregate).
import { parentPort, workerData } from 'node:worker_threads';
import { DataFactory } from 'n3';
import { loadDataset } from '../store/loadDataset.ts';
import { deriveFacts } from '../store/deriveFacts.ts';
import type { DataLocations } from '../store/dataFiles.ts';
import { SparqlEngine } from './SparqlEngine.ts';
import { quadToWire, toWire, type WireResult, type WireTerm } from './wireTerms.ts';

const { baseIri, locations } = workerData as { baseIri: string; locations?: DataLocations };
// The main thread has validated the same files; the worker only loads them.
const loaded = await loadDataset({ baseIri, locations });
const derived = deriveFacts(loaded.store, baseIri);
loaded.store.addToGraph(DataFactory.namedNode(derived.graph), derived.quads);
const engine = new SparqlEngine(loaded.store, baseIri);
engine.warm();
parentPort!.postMessage({ ready: true });

parentPort!.on('message', async ({ id, query, limit }: { id: number; query: string; limit: number }) => {
  let result: WireResult;
  try {
    const answer = await engine.query(query, limit + 1);
    if (answer.type === 'boolean') result = answer;
    else if (answer.type === 'bindings') {
      const rows: Record<string, WireTerm>[] = [];
      for await (const row of answer.rows) {
        rows.push(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, toWire(v)])));
        if (rows.length > limit) break;
      }
      result = { type: 'bindings', variables: answer.variables, rows };
    } else {
      const quads = [];
      for await (const quad of answer.quads) {
        quads.push(quadToWire(quad));
        if (quads.length > limit) break;
      }
      result = { type: 'quads', quads };
    }
  } catch (error) {
    result = { type: 'error', message: (error as Error).message };
  }
  parentPort!.postMessage({ id, result });
});
