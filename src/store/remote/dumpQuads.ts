// The whole of filmgraph's data on a SPARQL server, for dumps: the merge (each triple once) or
// every quad of the named graphs, read in pages of a fixed number of queries whatever the size
// of the data, in an order the server fixes, so that instances give the same bytes.
//
// - Triples without blank nodes: page after page in key order (keysetPages.ts): by graph (for
//   quads), subject, predicate, then the object's digest; grouped by subject, as Turtle wants.
// - Triples with a blank node: no query can name a blank node it did not find itself, so they
//   cannot be paged after a key; they are read in one query, sorted by the server (Virtuoso
//   keeps its blank nodes' labels from one query to the next, so they join up with the pages
//   and stay the same between instances). There may be fewer of them than a page holds
//   (filmgraph's data has a few dozen: the vocabulary's lists). Each is written with its
//   owner: one with an IRI subject just before that subject's other triples, one with a blank
//   subject at the start of its graph.
// - What the pages hold must add up to the load record's count (the merge's triples, or the
//   named graphs' sizes): a version changed under the reader, or pages that skip or repeat, end
//   the dump as an error rather than pass for the whole.
import { DataFactory } from 'n3';
import type { Quad, Quad_Graph } from '@rdfjs/types';
import type { Row } from '../../sparql/SparqlEngine.ts';
import type { SparqlProtocolClient } from './SparqlProtocolClient.ts';
import { RemoteStoreIncompleteAnswerError } from './errors.ts';
import { iriKey, keysetRows, objectKey, pageSizeUnder } from './keysetPages.ts';

const { quad, defaultGraph } = DataFactory;

export interface DumpSource {
  client: SparqlProtocolClient;
  /** A FILTER keeping a graph variable to filmgraph's graphs. */
  scope: (variable: string) => string;
  /** The server's row limit (Virtuoso's ResultSetMaxRows). */
  serverMaxRows: number;
}

/** The merge of filmgraph's graphs, each triple once, in the default graph. */
export function mergeTriples(source: DumpSource, expected: number): AsyncGenerator<Quad> {
  return counted(dumpPart(source, 'merge'), expected, 'the merge of the named graphs');
}

/** Every quad of filmgraph's named graphs, graph by graph. */
export function namedGraphQuads(source: DumpSource, expected: number): AsyncGenerator<Quad> {
  return counted(dumpPart(source, 'named'), expected, "filmgraph's named graphs");
}

async function* dumpPart(source: DumpSource, part: 'merge' | 'named'): AsyncGenerator<Quad> {
  const { client, scope, serverMaxRows } = source;
  const merge = part === 'merge';
  const match = `GRAPH ?g { ?s ?p ?o } ${scope('?g')}`;
  const graphOf = (row: Row): Quad_Graph => (merge ? defaultGraph() : (row.g as Quad_Graph));
  const toQuad = (row: Row) => quad(row.s as never, row.p as never, row.o as never, graphOf(row));

  const page = pageSizeUnder(serverMaxRows);
  const withBlankNodes = await client.select(
    `SELECT ${merge ? 'DISTINCT' : '?g'} ?s ?p ?o WHERE { ${match} FILTER(isBlank(?s) || isBlank(?o)) } ORDER BY ${merge ? '' : '?g '}?s ?p ?o LIMIT ${page}`,
  );
  if (withBlankNodes.length >= page)
    throw new RemoteStoreIncompleteAnswerError(
      `${merge ? 'the merge' : 'the named graphs'} hold ${page} triples with blank nodes or more, which are read in one query of fewer rows than that (under the SPARQL server's row limit, ${serverMaxRows}, FILMGRAPH_STORE_MAX_ROWS, and at most 10,000)`,
      'row-limit',
    );
  // Each waits for its owner: its graph (blank subject) or its graph and subject.
  const owners = new Map<string, Quad[]>();
  for (const row of withBlankNodes) {
    const owner = row.s.termType === 'BlankNode' ? graphOf(row).value : `${graphOf(row).value} ${row.s.value}`;
    owners.set(owner, [...(owners.get(owner) ?? []), toQuad(row)]);
  }
  const takeOwned = (owner: string): Quad[] => {
    const owned = owners.get(owner) ?? [];
    owners.delete(owner);
    return owned;
  };

  const keys = [iriKey('?s'), iriKey('?p'), objectKey('?o')];
  const pages = keysetRows(
    client,
    {
      select: merge ? 'DISTINCT ?s ?p ?o' : '?g ?s ?p ?o',
      where: `${match} FILTER(!isBlank(?s) && !isBlank(?o))`,
      keys: merge ? keys : [iriKey('?g'), ...keys],
    },
    page,
  );
  let graph: string | undefined;
  let subject: string | undefined;
  for await (const row of pages) {
    const g = graphOf(row).value;
    if (g !== graph) {
      [graph, subject] = [g, undefined];
      yield* takeOwned(g);
    }
    if (row.s.value !== subject) {
      subject = row.s.value;
      yield* takeOwned(`${g} ${subject}`);
    }
    yield toQuad(row);
  }
  // Owners without a triple of their own in the pages (a graph of blank nodes only, a subject
  // whose every object is a blank node), in the server's order.
  for (const owned of owners.values()) yield* owned;
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
