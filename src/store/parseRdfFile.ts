// Parses one Turtle or TriG file, turning the parser's errors into ones that name file and line.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { DataFileError } from './DataFileError.ts';

export type RdfFileFormat = 'text/turtle' | 'application/trig';

export function formatOfFile(file: string): RdfFileFormat | undefined {
  if (file.endsWith('.trig')) return 'application/trig';
  if (file.endsWith('.ttl')) return 'text/turtle';
  return undefined;
}

export function parseRdfText(text: string, file: string, format: RdfFileFormat, baseIri: string): Quad[] {
  let quads: Quad[];
  try {
    quads = new Parser({ format, baseIRI: baseIri }).parse(text);
  } catch (error) {
    throw syntaxError(error, file);
  }
  const check = unwritableCheck(text, file);
  if (check) for (const quad of quads) check(quad);
  return quads;
}

/**
 * Parses like parseRdfText but hands each quad to `onQuad` as it is read, keeping none: at 1M
 * triples, holding a file's quads until it was parsed made them outlive the young generation,
 * and copying them there was much of the load's garbage collection (bench/RESULTS.md, issue 5).
 * On an error no more quads are handed over and the promise is rejected.
 */
export function streamRdfText(text: string, file: string, format: RdfFileFormat, baseIri: string, onQuad: (quad: Quad) => void): Promise<void> {
  const check = unwritableCheck(text, file);
  return new Promise((resolve, reject) => {
    let failed = false;
    // N3 parses a string in one go (within a microtask) and calls back with each quad, an error
    // (then stops), or no quad at the end. A callback must not throw into N3's lexer.
    new Parser({ format, baseIRI: baseIri }).parse(text, (error, quad) => {
      if (failed) return;
      if (error) return (failed = true), reject(syntaxError(error, file));
      if (!quad) return resolve();
      try {
        check?.(quad);
        onQuad(quad);
      } catch (thrown) {
        failed = true;
        reject(thrown);
      }
    });
  });
}

/** N3's error as a DataFileError naming the file, line and column. */
function syntaxError(error: unknown, file: string): DataFileError {
  const { message, context } = error as Error & { context?: { line?: number; token?: { line: number; start: number } } };
  // N3 ends its messages with " on line N."; the line goes in front instead. The offending
  // token's start is its offset within its line.
  const token = context?.token?.line === context?.line ? context?.token : undefined;
  return new DataFileError(file, message.replace(/ on line \d+\.?$/, ''), context?.line, token && token.start + 1);
}

/**
 * Characters RDF allows but XML 1.0 cannot carry, even escaped (C0 controls but tab, line feed
 * and carriage return; U+FFFE, U+FFFF; lone surrogates), and HTML turns into U+FFFD: a literal
 * or IRI holding one could not be given back exactly in RDF/XML, SPARQL XML results or pages,
 * so the data is refused at load rather than mangled on output.
 */
const UNWRITABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A check that throws on a quad holding such a character, or none when the text cannot hold one. */
function unwritableCheck(text: string, file: string): ((quad: Quad) => void) | undefined {
  // Such a character is in the file raw or as an escape; a file with neither has none (one pass
  // over the text rather than four terms per quad: 1.8 s of a 1M-triple load).
  if (!UNWRITABLE.test(text) && !/\\[uU]/.test(text)) return undefined;
  return (quad) => {
    for (const term of [quad.subject, quad.predicate, quad.object, quad.graph]) {
      const found = UNWRITABLE.exec(term.value);
      if (!found) continue;
      const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      // Where the character is in the file, raw or as a \uXXXX or \UXXXXXXXX escape.
      const at = new RegExp(`${found[0].replace(/[\s\S]/, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}|\\\\u${code}|\\\\U0000${code}`, 'i').exec(text);
      const before = at ? text.slice(0, at.index).split('\n') : undefined;
      throw new DataFileError(
        file,
        `<${quad.subject.value}> <${quad.predicate.value}>: U+${code} is a character RDF/XML, XML results and HTML cannot carry; remove it or write it out`,
        before?.length,
        before && before[before.length - 1].length + 1,
      );
    }
  };
}

export interface RdfFileInfo {
  /** Hex SHA-256 of the file's bytes: part of the dataset's fingerprint (ETags). */
  sha256: string;
  modified: Date;
}

/** Reads, decodes and parses a file, handing each quad to `onQuad` (streamRdfText). */
export async function readRdfFile(path: string, displayName: string, baseIri: string, onQuad: (quad: Quad) => void): Promise<RdfFileInfo> {
  const format = formatOfFile(path);
  if (!format) throw new DataFileError(displayName, 'not a Turtle (.ttl) or TriG (.trig) file');
  let bytes: Buffer;
  let modified: Date;
  try {
    [bytes, { mtime: modified }] = await Promise.all([readFile(path), stat(path)]);
  } catch (error) {
    throw new DataFileError(displayName, `cannot be read: ${(error as Error).message}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DataFileError(displayName, 'is not valid UTF-8');
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await streamRdfText(text, displayName, format, baseIri, onQuad);
  return { sha256, modified };
}

export async function parseRdfFile(path: string, displayName: string, baseIri: string): Promise<Quad[]> {
  const quads: Quad[] = [];
  await readRdfFile(path, displayName, baseIri, (quad) => quads.push(quad));
  return quads;
}
