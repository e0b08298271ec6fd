// One representation path for every RDF format: resource descriptions, dumps and SPARQL
// CONSTRUCT results all go through `rdfStream`. Formats without named graphs get each triple once.
import { Readable } from 'node:stream';
import { StreamWriter, DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import type { Format } from './formats.ts';
import { rdfXmlStream } from './rdfXml.ts';
import { writeTrig } from './trig.ts';
import { serializeJsonLd } from './jsonld/serializeJsonLd.ts';
import { PREFIXES } from '../vocab/namespaces.ts';
import { distinctTriples } from '../vocab/terms.ts';

export interface RdfOutputOptions {
  /** Prefixes for formats that have them; defaults to filmgraph's usual ones. */
  prefixes?: Record<string, string>;
  /** The resource described, put at the top of a JSON-LD document. */
  mainIri?: string;
  /** Quad formats: write the quads as given, without adding the merged default graph. */
  asGiven?: boolean;
}

/**
 * A description as a dataset the way the store holds it: the default graph is the merge of the
 * named graphs (each triple once), the named graphs keep each source's statements. Without the
 * merged default graph, a client querying the document's default graph (Comunica does) would
 * find it empty.
 */
export function withMergedDefaultGraph(quads: Quad[]): Quad[] {
  return [...distinctTriples(quads), ...quads.filter((q) => q.graph.termType !== 'DefaultGraph')];
}

/** Serialises quads (an in-memory description) to a string in an RDF format. */
export async function serializeQuads(quads: Quad[], format: Format, options: RdfOutputOptions = {}): Promise<string> {
  const prefixes = options.prefixes ?? PREFIXES;
  switch (format.ext) {
    case 'ttl':
      return writeTrig(distinctTriples(quads), { format: 'text/turtle', prefixes });
    case 'trig':
      return writeTrig(options.asGiven ? quads : withMergedDefaultGraph(quads), { prefixes });
    case 'jsonld':
      return serializeJsonLd(quads, { mainIri: options.mainIri });
    default: {
      const chunks: string[] = [];
      const source = format.keepsGraphs ? (options.asGiven ? quads : withMergedDefaultGraph(quads)) : [...distinctTriples(quads)];
      for await (const chunk of rdfStream(source, format, options)) chunks.push(String(chunk));
      return chunks.join('');
    }
  }
}

/**
 * A stream of text in an RDF format, for large outputs (dumps). Quads are written in the order
 * given (a caller that gives them grouped by subject gets grouped Turtle); for formats without
 * named graphs the caller gives each triple once (the store's default graph already is).
 */
export function rdfStream(quads: AsyncIterable<Quad> | Iterable<Quad>, format: Format, options: RdfOutputOptions = {}): Readable {
  const prefixes = options.prefixes ?? PREFIXES;
  if (format.ext === 'rdf') return rdfXmlStream(quads);
  if (format.ext === 'jsonld') {
    // JSON-LD is built whole (framing needs the whole graph).
    return Readable.from(
      (async function* () {
        const all: Quad[] = [];
        for await (const q of quads) all.push(q);
        yield await serializeJsonLd(all);
      })(),
    );
  }
  const n3Format = ({ ttl: 'text/turtle', nt: 'application/n-triples', nq: 'application/n-quads', trig: 'application/trig' } as Record<string, string>)[format.ext];
  if (!n3Format) throw new Error(`${format.label} is not an RDF format`);
  const writer = new StreamWriter({ format: n3Format, prefixes: format.ext === 'nt' || format.ext === 'nq' ? undefined : prefixes });
  const source = Readable.from((format.keepsGraphs ? quads : withoutGraphs(quads)) as AsyncIterable<Quad>, { objectMode: true });
  const output = writer as unknown as Readable;
  source.on('error', (error) => output.destroy(error));
  return source.pipe(writer as unknown as NodeJS.WritableStream) as unknown as Readable;
}

async function* withoutGraphs(quads: AsyncIterable<Quad> | Iterable<Quad>): AsyncGenerator<Quad> {
  for await (const q of quads) yield q.graph.termType === 'DefaultGraph' ? q : DataFactory.quad(q.subject, q.predicate, q.object);
}
