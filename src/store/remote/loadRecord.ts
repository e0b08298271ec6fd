// The load record: a small graph `filmgraph load` writes last, BASE/graph/filmgraph-meta, saying
// which version of the data the server holds (its fingerprint and last modification, as the
// embedded store computes them), which named graphs make it up and their sizes. Every filmgraph
// instance over the server reads it, so they all derive the same ETags, list the same graphs, and
// see a new version when a new load has finished (MODEL.md "The load record").
import { DataFactory } from 'n3';
import type { NamedNode, Quad } from '@rdfjs/types';
import type { LoadedDataset } from '../loadDataset.ts';
import type { SparqlProtocolClient } from './SparqlProtocolClient.ts';
import { RemoteStoreError } from './errors.ts';
import { DCTERMS, RDF, SCHEMA, VOID, XSD } from '../../vocab/namespaces.ts';

const { namedNode, literal, quad } = DataFactory;

export const loadRecordGraph = (baseIri: string) => `${baseIri}graph/filmgraph-meta`;

export interface LoadRecord {
  fingerprint: string;
  lastModified: Date;
  /** Triples of the merge (each triple once). */
  tripleCount: number;
  /** filmgraph's named graphs on the server, sorted, with their sizes. */
  graphs: { graph: NamedNode; triples: number }[];
}

/** No load record: nothing (or not all) of this base's data has been loaded. */
export class MissingLoadRecordError extends RemoteStoreError {
  name = 'MissingLoadRecordError';
}

/** The record of a loaded dataset, as quads of the record graph. */
export function loadRecordQuads(loaded: LoadedDataset): Quad[] {
  const graph = namedNode(loadRecordGraph(loaded.baseIri));
  const integer = (n: number) => literal(String(n), namedNode(`${XSD}integer`));
  // Whole seconds: HTTP dates have no more, and servers need not keep fractions.
  const modified = new Date(Math.floor(loaded.lastModified.getTime() / 1000) * 1000);
  const quads = [
    quad(graph, namedNode(`${RDF}type`), namedNode(`${VOID}Dataset`), graph),
    quad(graph, namedNode(`${SCHEMA}version`), literal(loaded.fingerprint), graph),
    quad(graph, namedNode(`${DCTERMS}modified`), literal(modified.toISOString(), namedNode(`${XSD}dateTime`)), graph),
    quad(graph, namedNode(`${VOID}triples`), integer(loaded.store.tripleCount), graph),
  ];
  for (const g of loaded.store.graphs()) {
    quads.push(quad(graph, namedNode(`${VOID}subset`), g, graph));
    quads.push(quad(g, namedNode(`${VOID}triples`), integer(loaded.store.countInGraph(g)), graph));
  }
  return quads;
}

/** Reads the record of the base's data from the server (one query). */
export async function readLoadRecord(client: SparqlProtocolClient, baseIri: string): Promise<LoadRecord> {
  const graph = loadRecordGraph(baseIri);
  const rows = await client.select(
    `SELECT ?p ?o ?n WHERE { GRAPH <${graph}> { <${graph}> ?p ?o OPTIONAL { ?o <${VOID}triples> ?n } } }`,
  );
  const value = (p: string) => rows.find((row) => row.p.value === p)?.o.value;
  const fingerprint = value(`${SCHEMA}version`);
  const modified = value(`${DCTERMS}modified`);
  const triples = value(`${VOID}triples`);
  if (fingerprint === undefined || modified === undefined || triples === undefined || Number.isNaN(Date.parse(modified)))
    throw new MissingLoadRecordError(`the SPARQL server holds no complete filmgraph data for ${baseIri} (no load record in <${graph}>): run filmgraph load with the same base IRI`);
  const graphs = rows
    .filter((row) => row.p.value === `${VOID}subset` && row.o.termType === 'NamedNode')
    .map((row) => ({ graph: row.o as NamedNode, triples: Number(row.n?.value ?? 0) }))
    .sort((a, b) => (a.graph.value < b.graph.value ? -1 : a.graph.value > b.graph.value ? 1 : 0));
  return { fingerprint, lastModified: new Date(modified), tripleCount: Number(triples), graphs };
}
