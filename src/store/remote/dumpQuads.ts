// The whole of filmgraph's data on a SPARQL server, for dumps: the merge (each triple once) or
// every quad of the named graphs (and the sitemap's list of subjects), in a number of queries
// that grows with the size of the data and queries whose cost grows with a part of it, not the
// whole (so a dump's time grows about linearly while graphs stay of a size), in an order the
// server fixes, so that instances give the same bytes.
//
// A keyset page over the whole data costs the server a pass that filters and sorts all that is
// left (no index orders terms by their text), so pages of the whole data make a dump quadratic:
// 17 s for 64k triples on Virtuoso, where one page's pass would outlast a query time limit at a
// million (bench/RESULTS.md). Here no query sorts more than one part of the data:
// - The named graphs, from the load record, are cut into parts: a graph of a page or more alone,
//   smaller ones together (fewer than a page of triples, each part named by VALUES ?g).
// - A part is listed as its IRI subjects with their triple counts, in keyset pages ordered by
//   STR(?s) (the sort is over one part's subjects); batches of consecutive subjects holding
//   fewer triples than a page are then read by naming them (VALUES ?s: the server's indexes find
//   them, nothing is sorted), and ordered here. A subject of a page of triples or more is read
//   alone, in keyset pages of its own triples.
// - The merge: the parts' subject lists merged in their common order (code point order of
//   STR(?s), SPARQL's order of strings; a list out of that order is an error), each batch read
//   from every graph and each triple kept once (no DISTINCT over the whole data).
// - The named graphs: a part smaller than a page is read in one query; a larger one (one graph)
//   by batches of subjects, as above.
// - Triples with a blank subject cannot be named in a query, nor paged after a key: they are read
//   in one query (per part of a page or more, or for the merge), and written first. There may be
//   fewer of them than a page holds (filmgraph's data has a few dozen: the vocabulary's lists).
//   A triple with a blank object comes with its IRI subject (Virtuoso keeps its blank nodes'
//   labels from one query to the next, so they join up and stay the same between instances).
// - What the queries hold must add up: each batch to its subjects' listed counts, and the whole
//   to the load record's count (the merge's triples, or the named graphs' sizes): a version
//   changed under the reader, or pages that skip or repeat, end the dump as an error rather than
//   pass for the whole.
import { DataFactory } from 'n3';
import type { NamedNode, Quad, Quad_Graph } from '@rdfjs/types';
import type { Row } from '../../sparql/SparqlEngine.ts';
import type { GraphSize } from '../PublishedDataset.ts';
import { termKey, tripleKey } from '../../vocab/terms.ts';
import type { SparqlProtocolClient } from './SparqlProtocolClient.ts';
import { RemoteStoreIncompleteAnswerError } from './errors.ts';
import { iriKey, keysetRows, objectKey, pageSizeUnder } from './keysetPages.ts';
import { valuesOf } from './sparqlText.ts';

const { quad, defaultGraph } = DataFactory;

/** Graphs named in one VALUES ?g at most: the query's text, and its compilation, stay small. */
const GRAPHS_PER_PART = 100;
/**
 * Subjects named in one VALUES ?s at most: Virtuoso 7.2 refuses more than about 4,090 values
 * ("Too many arguments", SP030) and takes about 0.15 ms a value to compile them; a thousand
 * IRIs keep a query under 200 kB, the form size Jetty (Fuseki) accepts by default.
 */
const SUBJECTS_PER_BATCH = 1000;

export interface DumpSource {
  client: SparqlProtocolClient;
  /** A FILTER keeping a graph variable to filmgraph's graphs. */
  scope: (variable: string) => string;
  /** The server's row limit (Virtuoso's ResultSetMaxRows). */
  serverMaxRows: number;
  /** filmgraph's named graphs and their sizes, from the load record, in its order. */
  graphs: GraphSize[];
}

/** The merge of filmgraph's graphs, each triple once, in the default graph. */
export function mergeTriples(source: DumpSource, expected: number): AsyncGenerator<Quad> {
  return counted(merged(source), expected, 'the merge of the named graphs');
}

/** Every quad of filmgraph's named graphs, graph by graph. */
export function namedGraphQuads(source: DumpSource, expected: number): AsyncGenerator<Quad> {
  return counted(named(source), expected, "filmgraph's named graphs");
}

/** Graphs read together: one of a page or more, or several holding fewer triples than a page. */
interface Part {
  graphs: NamedNode[];
  triples: number;
}

/** The graphs, in order, cut into parts. */
export function partsOf(graphs: GraphSize[], page: number): Part[] {
  const parts: Part[] = [];
  let open: Part | undefined;
  for (const { graph, triples } of graphs) {
    if (open && open.triples + triples < page && open.graphs.length < GRAPHS_PER_PART) {
      open.graphs.push(graph);
      open.triples += triples;
      continue;
    }
    open = { graphs: [graph], triples };
    parts.push(open);
  }
  return parts;
}

/** A subject and the rows its triples make in a part (or in every part, for the merge). */
interface Listed {
  subject: NamedNode;
  rows: number;
}

/** A part's IRI subjects, in keyset pages ordered by STR(?s). */
async function* subjectsOf(source: DumpSource, part: Part, page: number): AsyncGenerator<Listed> {
  const rows = keysetRows(
    source.client,
    {
      select: '?s (COUNT(*) AS ?n)',
      where: `${valuesOf('g', part.graphs)} GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s))`,
      groupBy: '?s',
      keys: [iriKey('?s')],
    },
    page,
  );
  for await (const row of rows) {
    const count = Number(row.n?.value);
    if (!Number.isInteger(count) || count < 1) throw new RemoteStoreIncompleteAnswerError(`the SPARQL server counted ${row.n?.value} triples of <${row.s.value}>`, 'paging');
    yield { subject: row.s as NamedNode, rows: count };
  }
}

/** Code point order, SPARQL's order of strings (JavaScript's `<` compares UTF-16 code units). */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const [x, y] = [a.charCodeAt(i), b.charCodeAt(i)];
    if (x === y) continue;
    // Surrogates (U+D800–DFFF) stand for code points above U+FFFF: they go after U+E000–FFFF.
    const rank = (c: number) => (c >= 0xd800 && c <= 0xdfff ? c + 0x2000 : c >= 0xe000 ? c - 0x800 : c);
    return rank(x) - rank(y);
  }
  return a.length - b.length;
}

/** The subject lists of several parts as one list, in their common order, counts summed. */
async function* mergedSubjects(lists: AsyncGenerator<Listed>[]): AsyncGenerator<Listed> {
  const heads: (Listed | undefined)[] = [];
  for (const list of lists) heads.push((await list.next()).value as Listed | undefined); // one query at a time
  for (;;) {
    let least: string | undefined;
    for (const head of heads) if (head && (least === undefined || compareCodePoints(head.subject.value, least) < 0)) least = head.subject.value;
    if (least === undefined) return;
    let rows = 0;
    let subject: NamedNode | undefined;
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i];
      if (head?.subject.value !== least) continue;
      [subject, rows] = [head.subject, rows + head.rows];
      const next = (await lists[i].next()).value as Listed | undefined;
      if (next && compareCodePoints(next.subject.value, least) <= 0)
        throw new RemoteStoreIncompleteAnswerError(
          `the SPARQL server listed <${next.subject.value}> after <${least}>: it does not order strings by code point, so the graphs' subjects cannot be merged`,
          'paging',
        );
      heads[i] = next;
    }
    yield { subject: subject!, rows };
  }
}

/**
 * Every IRI subject of filmgraph's graphs, once each, in code point order: the sitemap's list,
 * read as a dump's, one part's subjects sorted at a time.
 */
export async function* subjectIris(source: DumpSource): AsyncGenerator<string> {
  const page = pageSizeUnder(source.serverMaxRows);
  for await (const { subject } of mergedSubjects(partsOf(source.graphs, page).map((part) => subjectsOf(source, part, page)))) yield subject.value;
}

/** Consecutive subjects whose rows stay under a page (SUBJECTS_PER_BATCH at most); a subject of a page or more alone. */
async function* batches(subjects: AsyncIterable<Listed>, page: number): AsyncGenerator<Listed[]> {
  let batch: Listed[] = [];
  let rows = 0;
  for await (const listed of subjects) {
    if (batch.length > 0 && (rows + listed.rows >= page || batch.length === SUBJECTS_PER_BATCH)) {
      yield batch;
      [batch, rows] = [[], 0];
    }
    batch.push(listed);
    rows += listed.rows;
  }
  if (batch.length > 0) yield batch;
}

/** Reads rows that must come in one query: fewer than a page, or an error naming them. */
async function whole(source: DumpSource, query: string, what: string): Promise<Row[]> {
  const page = pageSizeUnder(source.serverMaxRows);
  const rows = await source.client.select(`${query} LIMIT ${page}`);
  if (rows.length >= page)
    throw new RemoteStoreIncompleteAnswerError(
      `${what} number ${page} or more, which are read in one query of fewer rows than that (under the SPARQL server's row limit, ${source.serverMaxRows}, FILMGRAPH_STORE_MAX_ROWS, and at most 10,000)`,
      'row-limit',
    );
  return rows;
}

const toQuad = (row: Row, graph: Quad_Graph) => quad(row.s as never, row.p as never, row.o as never, graph);
const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => {
  const [x, y] = [key(a), key(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};
/** Quads ordered here, subject by subject (the order is only to be the same every time). */
const sortedQuads = (quads: Quad[]) => quads.sort(byKey(tripleKey));

/**
 * The triples of a batch of subjects, subject by subject in the batch's order: `pattern` reads
 * ?s ?p ?o (and ?g) from the graphs wanted. Each triple once when `distinct` (the merge).
 */
async function* batchQuads(source: DumpSource, batch: Listed[], pattern: string, graphOf: (row: Row) => Quad_Graph, distinct: boolean): AsyncGenerator<Quad> {
  const page = pageSizeUnder(source.serverMaxRows);
  if (batch.length === 1 && batch[0].rows >= page) return yield* largeSubject(source, batch[0].subject, pattern, graphOf, distinct);
  const expected = batch.reduce((sum, listed) => sum + listed.rows, 0);
  // The merge needs no ?g: a triple in two graphs is still two rows (no DISTINCT), as counted.
  const select = distinct ? '?s ?p ?o' : '?g ?s ?p ?o';
  const rows = await source.client.select(`SELECT ${select} WHERE { ${valuesOf('s', batch.map((listed) => listed.subject))} ${pattern} } LIMIT ${page}`);
  if (rows.length !== expected)
    throw new RemoteStoreIncompleteAnswerError(
      `the SPARQL server gave ${rows.length} triples for ${batch.length} subjects it had listed with ${expected} (the data changed while it was read, or the server does not answer consistently)`,
      'paging',
    );
  const bySubject = new Map<string, Map<string, Quad>>(batch.map((listed) => [listed.subject.value, new Map()]));
  for (const row of rows) {
    const q = toQuad(row, graphOf(row));
    bySubject.get(row.s.value)?.set(distinct ? tripleKey(q) : `${tripleKey(q)}\u0001${termKey(q.graph)}`, q);
  }
  for (const quads of bySubject.values()) yield* sortedQuads([...quads.values()]);
}

/** A subject of a page of triples or more: those with a blank object in one query, the others in keyset pages. */
async function* largeSubject(source: DumpSource, subject: NamedNode, pattern: string, graphOf: (row: Row) => Quad_Graph, distinct: boolean): AsyncGenerator<Quad> {
  const bound = `${valuesOf('s', [subject])} ${pattern}`;
  const select = distinct ? 'DISTINCT ?s ?p ?o' : '?g ?s ?p ?o';
  const blank = await whole(source, `SELECT ${select} WHERE { ${bound} FILTER(isBlank(?o)) }`, `<${subject.value}>'s triples with a blank object`);
  yield* sortedQuads(blank.map((row) => toQuad(row, graphOf(row))));
  const keys = [iriKey('?p'), objectKey('?o')];
  const rows = keysetRows(source.client, { select, where: `${bound} FILTER(!isBlank(?o))`, keys: distinct ? keys : [iriKey('?g'), ...keys] }, pageSizeUnder(source.serverMaxRows));
  for await (const row of rows) yield toQuad(row, graphOf(row));
}

async function* merged(source: DumpSource): AsyncGenerator<Quad> {
  const page = pageSizeUnder(source.serverMaxRows);
  const pattern = `GRAPH ?g { ?s ?p ?o } ${source.scope('?g')}`;
  const blank = await whole(source, `SELECT DISTINCT ?s ?p ?o WHERE { ${pattern} FILTER(isBlank(?s)) }`, 'the merge’s triples with a blank subject');
  yield* sortedQuads(blank.map((row) => toQuad(row, defaultGraph())));
  const subjects = mergedSubjects(partsOf(source.graphs, page).map((part) => subjectsOf(source, part, page)));
  for await (const batch of batches(subjects, page)) yield* batchQuads(source, batch, pattern, defaultGraph, true);
}

async function* named(source: DumpSource): AsyncGenerator<Quad> {
  const page = pageSizeUnder(source.serverMaxRows);
  const graphOf = (row: Row) => row.g as Quad_Graph;
  for (const part of partsOf(source.graphs, page)) {
    const pattern = `${valuesOf('g', part.graphs)} GRAPH ?g { ?s ?p ?o }`;
    if (part.triples < page) {
      // Graph by graph, in the record's order.
      const rows = await whole(source, `SELECT ?g ?s ?p ?o WHERE { ${pattern} }`, `the triples of graphs ${part.graphs.map((g) => `<${g.value}>`).join(', ')}`);
      const quads = sortedQuads(rows.map((row) => toQuad(row, graphOf(row))));
      for (const graph of part.graphs) yield* quads.filter((q) => q.graph.equals(graph));
      continue;
    }
    const blank = await whole(source, `SELECT ?g ?s ?p ?o WHERE { ${pattern} FILTER(isBlank(?s)) }`, `<${part.graphs[0].value}>'s triples with a blank subject`);
    yield* sortedQuads(blank.map((row) => toQuad(row, graphOf(row))));
    for await (const batch of batches(subjectsOf(source, part, page), page)) yield* batchQuads(source, batch, pattern, graphOf, false);
  }
}

async function* counted(quads: AsyncIterable<Quad>, expected: number, what: string): AsyncGenerator<Quad> {
  let count = 0;
  for await (const q of quads) {
    count++;
    yield q;
  }
  if (count !== expected)
    throw new RemoteStoreIncompleteAnswerError(
      `${what}: the SPARQL server's pages hold ${count} triples where the load record says ${expected} (the data changed while it was read, or the server does not page it consistently)`,
      'paging',
    );
}
