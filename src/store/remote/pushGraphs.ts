// Puts a loaded dataset's named graphs into a remote SPARQL server, each replaced whole, so a
// second run changes nothing, and last the load record (loadRecord.ts); removes the server's filmgraph graphs (under BASE/graph/) that the
// data no longer has; then compares every graph's triple count with the local one and, unless
// told to count only, reads every graph back and compares it triple by triple: a server may keep
// the count and change a value (Virtuoso 7.2 stores "PT120M"^^xsd:duration as "7200.0").
//
// Only named graphs go over. filmgraph's default graph is the merge of its named graphs
// (MergedStore); a remote server keeps the named graphs alone, and readers take their union, so
// nothing has to be kept in step when one graph is replaced. (A server's own default graph may
// hold other data, such as Virtuoso's system triples: never read it.)
import { DataFactory, Writer } from 'n3';
import type { NamedNode, Quad, Term } from '@rdfjs/types';
import { termKey } from '../../vocab/terms.ts';
import type { LoadedDataset } from '../loadDataset.ts';
import type { SparqlProtocolClient } from './SparqlProtocolClient.ts';
import { RemoteStoreError } from './errors.ts';
import { loadRecordGraph, loadRecordQuads } from './loadRecord.ts';
import { DEFAULT_SERVER_MAX_ROWS, iriKey, keysetRows, pageSizeUnder } from './keysetPages.ts';
import { namedGraphQuads } from './dumpQuads.ts';

/** How graphs are written: Graph Store Protocol PUT, or SPARQL Update (DROP, then INSERT DATA). */
export type WriteProtocol = 'graph-store' | 'sparql-update';
export const WRITE_PROTOCOLS: WriteProtocol[] = ['graph-store', 'sparql-update'];

/** What is compared after loading: the count of each graph, or also each triple. */
export type LoadCheck = 'triples' | 'counts';
export const LOAD_CHECKS: LoadCheck[] = ['triples', 'counts'];

/** Triples per INSERT DATA request, well under the request sizes servers accept. */
const INSERT_CHUNK = 2000;
/** Graphs named per counting query, at most. */
const GRAPHS_PER_QUERY = 200;

export class RemoteCountMismatchError extends RemoteStoreError {
  name = 'RemoteCountMismatchError';
}

/** The server holds the right number of triples, but not the same ones. */
export class RemoteContentMismatchError extends RemoteStoreError {
  name = 'RemoteContentMismatchError';
}

export interface PushReport {
  graphs: number;
  triples: number;
  /** Graphs under BASE/graph/ that the server had and the data no longer has, now removed. */
  removed: string[];
}

const ntriples = (quads: Quad[]) => new Writer({ format: 'N-Triples' }).quadsToString(quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object)));

/** Replaces one graph on the server with these triples. */
export async function replaceGraph(client: SparqlProtocolClient, protocol: WriteProtocol, graph: NamedNode, quads: Quad[]): Promise<void> {
  if (protocol === 'graph-store') return client.putGraph(graph.value, quads);
  // A blank node's label names one node only within one request, so a graph with blank nodes
  // goes in one request, and as INSERT {} WHERE {} since Virtuoso refuses blank nodes in INSERT
  // DATA (SP031). The first chunk shares its request with the DROP, so a graph that fits in one
  // chunk is replaced in one step.
  const hasBlankNodes = quads.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode');
  const size = hasBlankNodes ? Math.max(quads.length, 1) : INSERT_CHUNK;
  let drop = `DROP SILENT GRAPH <${graph.value}>`;
  for (let start = 0; start < quads.length || drop; start += size) {
    const chunk = quads.slice(start, start + size);
    const triples = `GRAPH <${graph.value}> {\n${ntriples(chunk)}}`;
    const insert = chunk.length === 0 ? '' : hasBlankNodes ? `INSERT { ${triples} } WHERE {}` : `INSERT DATA { ${triples} }`;
    await client.update([drop, insert].filter(Boolean).join(' ;\n'));
    drop = '';
  }
}

/** The server's triple count of each graph (0 for a graph it does not have). */
export async function remoteCounts(client: SparqlProtocolClient, graphs: string[]): Promise<Map<string, number>> {
  const counts = new Map(graphs.map((g) => [g, 0]));
  // A row per graph: fewer graphs a query than the server's row limit.
  const perQuery = Math.min(GRAPHS_PER_QUERY, pageSizeUnder(client.options.serverMaxRows ?? DEFAULT_SERVER_MAX_ROWS));
  for (let start = 0; start < graphs.length; start += perQuery) {
    const values = graphs.slice(start, start + perQuery).map((g) => `<${g}>`).join(' ');
    const rows = await client.select(`SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { ${values} } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g`);
    for (const row of rows) counts.set(row.g.value, Number(row.n.value));
  }
  return counts;
}

/**
 * The server's named graphs whose IRI starts with the prefix, page by page after the last graph of
 * the page before (never at an OFFSET: Virtuoso sorts at most 10,000 rows for one query).
 */
export async function remoteGraphsUnder(client: SparqlProtocolClient, prefix: string): Promise<string[]> {
  const graphs: string[] = [];
  const query = { select: 'DISTINCT ?g', where: `GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), ${JSON.stringify(prefix)}))`, keys: [iriKey('?g')] };
  for await (const row of keysetRows(client, query, pageSizeUnder(client.options.serverMaxRows ?? DEFAULT_SERVER_MAX_ROWS))) graphs.push(row.g.value);
  return graphs;
}

/** A blank node's label is the server's own, so blank nodes compare by position only. */
const keyOf = (t: Term) => (t.termType === 'BlankNode' ? '_:' : termKey(t));
const tripleOf = (s: Term, p: Term, o: Term) => `${keyOf(s)} ${keyOf(p)} ${keyOf(o)}`;
const show = (t: Term) => (t.termType === 'Literal' ? `${JSON.stringify(t.value)}${t.language ? `@${t.language}` : `^^<${t.datatype.value}>`}` : t.termType === 'BlankNode' ? '[]' : `<${t.value}>`);

/**
 * Reads a graph back and compares it with the local triples; returns a line per triple that is
 * missing on the server or that the server has and the data does not (at most `limit`). Called
 * once the server's count equals the data's. The graph is read as a dump reads it
 * (dumpQuads.ts: its subjects listed, then read by name in batches under the row limit), so a
 * large graph costs no sorted pass over the whole of it per page.
 */
export async function remoteDifferences(client: SparqlProtocolClient, graph: NamedNode, quads: Quad[], limit = 10): Promise<string[]> {
  const missing = new Map<string, { quad: Quad; n: number }>();
  for (const quad of quads) {
    const key = tripleOf(quad.subject, quad.predicate, quad.object);
    const entry = missing.get(key);
    if (entry) entry.n++;
    else missing.set(key, { quad, n: 1 });
  }
  const unexpected: string[] = [];
  const source = { client, scope: () => '', serverMaxRows: client.options.serverMaxRows ?? DEFAULT_SERVER_MAX_ROWS, graphs: [{ graph, triples: quads.length }] };
  for await (const { subject: s, predicate: p, object: o } of namedGraphQuads(source, quads.length)) {
    const entry = missing.get(tripleOf(s, p, o));
    if (entry && --entry.n === 0) missing.delete(tripleOf(s, p, o));
    else if (!entry) unexpected.push(`  server has ${show(s)} ${show(p)} ${show(o)}`);
  }
  const lines = [...[...missing.values()].map(({ quad: q }) => `  missing   ${show(q.subject)} ${show(q.predicate)} ${show(q.object)}`), ...unexpected];
  return lines.slice(0, limit);
}

/**
 * Pushes every named graph of the dataset, removes stale filmgraph graphs, and checks the counts;
 * throws RemoteCountMismatchError naming the graphs whose counts differ.
 */
export async function pushGraphs(
  loaded: LoadedDataset,
  client: SparqlProtocolClient,
  options: { protocol: WriteProtocol; check?: LoadCheck; onGraph?: (graph: string, triples: number) => void },
): Promise<PushReport> {
  const graphs = loaded.store.graphs();
  let triples = 0;
  for (const graph of graphs) {
    const quads = loaded.store.dataset.getQuads(null, null, null, graph);
    await replaceGraph(client, options.protocol, graph, quads);
    triples += quads.length;
    options.onGraph?.(graph.value, quads.length);
  }

  // The load record is not data: it is written last, below.
  const local = new Set([...graphs.map((g) => g.value), loadRecordGraph(loaded.baseIri)]);
  const removed = (await remoteGraphsUnder(client, `${loaded.baseIri}graph/`)).filter((g) => !local.has(g));
  for (const graph of removed) {
    if (options.protocol === 'graph-store') await client.deleteGraph(graph);
    else await client.update(`DROP SILENT GRAPH <${graph}>`);
  }

  const counts = await remoteCounts(client, graphs.map((g) => g.value));
  const mismatches = graphs
    .map((graph) => ({ graph: graph.value, here: loaded.store.countInGraph(graph), there: counts.get(graph.value) ?? 0 }))
    .filter(({ here, there }) => here !== there);
  if (mismatches.length > 0) {
    const shown = mismatches.slice(0, 10).map(({ graph, here, there }) => `  <${graph}>: ${here} triples here, ${there} on the server`);
    if (mismatches.length > 10) shown.push(`  ... and ${mismatches.length - 10} more`);
    throw new RemoteCountMismatchError(`the server's triple counts differ from the data in ${mismatches.length} graph(s):\n${shown.join('\n')}`);
  }
  if ((options.check ?? 'triples') === 'triples') {
    const differences: string[] = [];
    for (const graph of graphs) {
      const lines = await remoteDifferences(client, graph, loaded.store.dataset.getQuads(null, null, null, graph));
      if (lines.length > 0) differences.push(`  in <${graph.value}>:`, ...lines.map((line) => `  ${line}`));
    }
    if (differences.length > 0)
      throw new RemoteContentMismatchError(`the server does not give back the triples it was sent (the counts match; it changed some terms):\n${differences.join('\n')}`);
  }
  // Last, once the data is complete and checked: the record that tells the filmgraph instances
  // over this server which version it holds (loadRecord.ts).
  await replaceGraph(client, options.protocol, DataFactory.namedNode(loadRecordGraph(loaded.baseIri)), loadRecordQuads(loaded));
  return { graphs: graphs.length, triples, removed };
}
