// RDF/XML, written by graphy's scribe: the RDF/JS format bundles only read RDF/XML, and
// rdflib.js writes invalid RDF/XML around blank nodes; graphy's output round-trips.
import scribe from '@graphy/content.xml.scribe';
import type { Readable } from 'node:stream';
import type { Quad } from '@rdfjs/types';
import { PREFIXES } from '../vocab/namespaces.ts';

const XML_PREFIXES = { schema: PREFIXES.schema, fg: PREFIXES.fg, xsd: PREFIXES.xsd, rdfs: PREFIXES.rdfs, prov: PREFIXES.prov, dcterms: PREFIXES.dcterms };

/** A stream of RDF/XML text for the triples (graphs are dropped: RDF/XML has none). */
export function rdfXmlStream(quads: AsyncIterable<Quad> | Iterable<Quad>): Readable {
  const writer = scribe({ prefixes: XML_PREFIXES }) as Readable & { write(q: Quad): boolean; end(): void };
  (async () => {
    try {
      for await (const quad of quads) if (!writer.write(quad)) await new Promise((resolve) => writer.once('drain', resolve));
      writer.end();
    } catch (error) {
      writer.destroy(error as Error);
    }
  })();
  return writer;
}
