// RDF/XML, written by graphy's scribe: the RDF/JS format bundles only read RDF/XML, and
// rdflib.js writes invalid RDF/XML around blank nodes; graphy's output round-trips.
import scribe from '@graphy/content.xml.scribe';
import { Transform, type Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { Quad } from '@rdfjs/types';
import { PREFIXES } from '../vocab/namespaces.ts';

const XML_PREFIXES = { schema: PREFIXES.schema, fg: PREFIXES.fg, xsd: PREFIXES.xsd, rdfs: PREFIXES.rdfs, prov: PREFIXES.prov, dcterms: PREFIXES.dcterms };

/** A stream of RDF/XML text for the triples (graphs are dropped: RDF/XML has none). */
export function rdfXmlStream(quads: AsyncIterable<Quad> | Iterable<Quad>): Readable {
  const written = writeRdfXml(quads);
  const output = lineEndsAsReferences();
  written.on('error', (error) => output.destroy(error));
  return written.pipe(output);
}

function writeRdfXml(quads: AsyncIterable<Quad> | Iterable<Quad>): Readable {
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

/**
 * graphy writes a literal's carriage returns raw, and an XML parser reads them back as line
 * feeds (some parsers NEL, LINE and PARAGRAPH SEPARATOR too): written as character references they
 * survive. They can only occur in literal text and attribute values, where a reference means
 * the same character.
 */
function lineEndsAsReferences(): Transform {
  const decoder = new StringDecoder('utf8');
  const escape = (text: string) => text.replace(/[\r\u0085\u2028\u2029]/g, (c) => `&#${c.charCodeAt(0)};`);
  return new Transform({
    transform(chunk: Buffer | string, _encoding, done) {
      done(null, escape(typeof chunk === 'string' ? chunk : decoder.write(chunk)));
    },
    flush(done) {
      done(null, escape(decoder.end()));
    },
  });
}
