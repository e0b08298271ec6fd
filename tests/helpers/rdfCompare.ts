// Parsing what the server sends back into quads, and comparing graphs as sets of N-Quads lines
// (the data has no blank nodes, so set equality is isomorphism).
import { execFileSync } from 'node:child_process';
import { DataFactory, Parser, Writer } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import jsonld from 'jsonld';
import type { Quad } from '@rdfjs/types';
import { documentLoader } from '../../src/representations/jsonld/documentLoader.ts';
import { requireTool } from './requireTool.ts';

export const nquad = (q: Quad) => new Writer({ format: 'N-Quads' }).quadToString(q.subject, q.predicate, q.object, q.graph).trim();
export const ntriple = (q: Quad) => new Writer({ format: 'N-Triples' }).quadToString(q.subject, q.predicate, q.object).trim();

/** Parses a response body of an RDF format into quads, with an independent parser for RDF/XML. */
export async function parseBody(body: string, ext: string, baseIri: string): Promise<Quad[]> {
  switch (ext) {
    case 'ttl':
      return new Parser({ format: 'text/turtle', baseIRI: baseIri }).parse(body);
    case 'nt':
      return new Parser({ format: 'N-Triples' }).parse(body);
    case 'nq':
      return new Parser({ format: 'N-Quads' }).parse(body);
    case 'trig':
      return new Parser({ format: 'application/trig', baseIRI: baseIri }).parse(body);
    case 'jsonld': {
      const nquads = (await jsonld.toRDF(JSON.parse(body), { format: 'application/n-quads', documentLoader } as never)) as unknown as string;
      return new Parser({ format: 'N-Quads' }).parse(nquads);
    }
    case 'rdf': {
      const rapper = requireTool('rapper', 'raptor2-utils');
      const nt = execFileSync(rapper, ['-q', '-i', 'rdfxml', '-o', 'ntriples', '-', baseIri], { input: body, encoding: 'utf8', maxBuffer: 1 << 28 });
      return new Parser({ format: 'N-Triples' }).parse(nt);
    }
    default:
      throw new Error(`not an RDF format: ${ext}`);
  }
}

export const tripleSet = (quads: Iterable<Quad>) => new Set([...quads].map(ntriple));
export const quadSet = (quads: Iterable<Quad>) => new Set([...quads].map(nquad));

/** Graph isomorphism (blank nodes mapped), with rdf-isomorphic; graphs ignored if `asTriples`. */
export function isomorphicTo(actual: Quad[], expected: Quad[], asTriples: boolean): boolean {
  const strip = (qs: Quad[]) => (asTriples ? [...new Map(qs.map((q) => [ntriple(q), DataFactory.quad(q.subject, q.predicate, q.object)])).values()] : qs);
  return isomorphic(strip(actual), strip(expected));
}
