// The load record: a small graph `filmgraph load` writes last, BASE/graph/filmgraph-meta, saying
// which version of the data the server holds (its fingerprint and last modification, as the
// embedded store computes them), which named graphs make it up and their sizes. Every filmgraph
// instance over the server reads it, so they all derive the same ETags, list the same graphs, and
// see a new version when a new load has finished (MODEL.md "The load record"). An instance polls
// the record's head alone (three values), and reads the graph list, page by page, only at start and
// when the head changes: a catalogue may have more graphs than one answer of the server may hold.
import { DataFactory } from 'n3';
import type { NamedNode, Quad } from '@rdfjs/types';
import type { LoadedDataset } from '../loadDataset.ts';
import type { SparqlProtocolClient } from './SparqlProtocolClient.ts';
import { RemoteStoreError } from './errors.ts';
import { iriKey, keysetRows, pageSizeUnder } from './keysetPages.ts';
import { DCTERMS, RDF, SCHEMA, VOID, XSD } from '../../vocab/namespaces.ts';

const { namedNode, literal, quad } = DataFactory;

export const loadRecordGraph = (baseIri: string) => `${baseIri}graph/filmgraph-meta`;

/** What names a version of the data: the record less its graph list. */
export interface LoadRecordHead {
  fingerprint: string;
  lastModified: Date;
  /** Triples of the merge (each triple once). */
  tripleCount: number;
}

export interface LoadRecord extends LoadRecordHead {
  /** filmgraph's named graphs on the server, sorted, with their sizes. */
  graphs: { graph: NamedNode; triples: number }[];
}

/** No load record: nothing (or not all) of this base's data has been loaded. */
export class MissingLoadRecordError extends RemoteStoreError {
  name = 'MissingLoadRecordError';
}

/**
 * The record of a loaded dataset, as quads of the record graph: the graph list first, its head
 * (fingerprint, last modification, size) last. A server written to in several requests (SPARQL
 * Update in chunks) thus holds the head only once the whole list is there: a reader that finds
 * the head finds the list whole.
 */
export function loadRecordQuads(loaded: LoadedDataset): Quad[] {
  const graph = namedNode(loadRecordGraph(loaded.baseIri));
  const integer = (n: number) => literal(String(n), namedNode(`${XSD}integer`));
  // Whole seconds: HTTP dates have no more, and servers need not keep fractions.
  const modified = new Date(Math.floor(loaded.lastModified.getTime() / 1000) * 1000);
  const quads: Quad[] = [];
  for (const g of loaded.store.graphs()) {
    quads.push(quad(graph, namedNode(`${VOID}subset`), g, graph));
    quads.push(quad(g, namedNode(`${VOID}triples`), integer(loaded.store.countInGraph(g)), graph));
  }
  quads.push(
    quad(graph, namedNode(`${RDF}type`), namedNode(`${VOID}Dataset`), graph),
    quad(graph, namedNode(`${SCHEMA}version`), literal(loaded.fingerprint), graph),
    quad(graph, namedNode(`${DCTERMS}modified`), literal(modified.toISOString(), namedNode(`${XSD}dateTime`)), graph),
    quad(graph, namedNode(`${VOID}triples`), integer(loaded.store.tripleCount), graph),
  );
  return quads;
}

/**
 * The head of the server's record (one query of three rows, whatever the number of graphs): what
 * an instance polls to notice a new load. Throws MissingLoadRecordError when there is none.
 */
export async function readLoadRecordHead(client: SparqlProtocolClient, baseIri: string): Promise<LoadRecordHead> {
  const graph = loadRecordGraph(baseIri);
  const rows = await client.select(
    `SELECT ?p ?o WHERE { VALUES ?p { <${SCHEMA}version> <${DCTERMS}modified> <${VOID}triples> } GRAPH <${graph}> { <${graph}> ?p ?o } }`,
  );
  const value = (p: string) => rows.find((row) => row.p.value === p)?.o.value;
  const fingerprint = value(`${SCHEMA}version`);
  const modified = value(`${DCTERMS}modified`);
  const triples = value(`${VOID}triples`);
  if (fingerprint === undefined || modified === undefined || triples === undefined || Number.isNaN(Date.parse(modified)))
    throw new MissingLoadRecordError(`the SPARQL server holds no complete filmgraph data for ${baseIri} (no load record in <${graph}>): run filmgraph load with the same base IRI`);
  return { fingerprint, lastModified: new Date(modified), tripleCount: Number(triples) };
}

/** Whether two heads name the same version of the data. */
export const sameVersion = (a: LoadRecordHead, b: LoadRecordHead) =>
  a.fingerprint === b.fingerprint && a.lastModified.getTime() === b.lastModified.getTime() && a.tripleCount === b.tripleCount;

/** Times the graph list is read again when the record changed while it was read. */
const READ_ATTEMPTS = 3;

/**
 * Reads the whole record: the head, then the graph list in keyset pages under the server's row
 * limit (one row per graph: a catalogue may have more graphs than one answer may hold), then the
 * head and the number of graphs again. The list is taken only if neither changed meanwhile, and
 * it holds that many graphs: a load that rewrote the record while it was read (even with the same
 * fingerprint, as a second load of the same data does) shows in one or the other, and the list is
 * read again.
 */
export async function readLoadRecord(client: SparqlProtocolClient, baseIri: string, serverMaxRows: number): Promise<LoadRecord> {
  const graph = loadRecordGraph(baseIri);
  const list = {
    select: '?g ?n',
    where: `GRAPH <${graph}> { <${graph}> <${VOID}subset> ?g FILTER(isIRI(?g)) OPTIONAL { ?g <${VOID}triples> ?n } }`,
    keys: [iriKey('?g')],
  };
  for (let attempt = 1; ; attempt++) {
    const head = await readLoadRecordHead(client, baseIri);
    const graphs: LoadRecord['graphs'] = [];
    for await (const row of keysetRows(client, list, pageSizeUnder(serverMaxRows))) graphs.push({ graph: row.g as NamedNode, triples: Number(row.n?.value ?? 0) });
    const [after, [count]] = await Promise.all([
      readLoadRecordHead(client, baseIri),
      client.select(`SELECT (COUNT(?g) AS ?n) WHERE { GRAPH <${graph}> { <${graph}> <${VOID}subset> ?g FILTER(isIRI(?g)) } }`),
    ]);
    if (sameVersion(head, after) && Number(count?.n.value) === graphs.length) {
      graphs.sort((a, b) => (a.graph.value < b.graph.value ? -1 : a.graph.value > b.graph.value ? 1 : 0));
      return { ...after, graphs };
    }
    if (attempt === READ_ATTEMPTS)
      throw new MissingLoadRecordError(`the load record in <${graph}> changed each of the ${READ_ATTEMPTS} times it was read: a load is in progress; try again once it has finished`);
  }
}
