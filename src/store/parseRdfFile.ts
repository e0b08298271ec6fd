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
    const { message, context } = error as Error & { context?: { line?: number; token?: { line: number; start: number } } };
    // N3 ends its messages with " on line N."; the line goes in front instead. The offending
    // token's start is its offset within its line.
    const token = context?.token?.line === context?.line ? context?.token : undefined;
    throw new DataFileError(file, message.replace(/ on line \d+\.?$/, ''), context?.line, token && token.start + 1);
  }
  refuseUnwritableCharacters(quads, text, file);
  return quads;
}

/**
 * Characters RDF allows but XML 1.0 cannot carry, even escaped (C0 controls but tab, line feed
 * and carriage return; U+FFFE, U+FFFF; lone surrogates), and HTML turns into U+FFFD: a literal
 * or IRI holding one could not be given back exactly in RDF/XML, SPARQL XML results or pages,
 * so the data is refused at load rather than mangled on output.
 */
const UNWRITABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function refuseUnwritableCharacters(quads: Quad[], text: string, file: string): void {
  // Such a character is in the file raw or as an escape; a file with neither has none (one pass
  // over the text rather than four terms per quad: 1.8 s of a 1M-triple load).
  if (!UNWRITABLE.test(text) && !/\\[uU]/.test(text)) return;
  for (const quad of quads)
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
}

export interface ParsedRdfFile {
  quads: Quad[];
  /** Hex SHA-256 of the file's bytes: part of the dataset's fingerprint (ETags). */
  sha256: string;
  modified: Date;
}

export async function readRdfFile(path: string, displayName: string, baseIri: string): Promise<ParsedRdfFile> {
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
  return { quads: parseRdfText(text, displayName, format, baseIri), sha256, modified };
}

export async function parseRdfFile(path: string, displayName: string, baseIri: string): Promise<Quad[]> {
  return (await readRdfFile(path, displayName, baseIri)).quads;
}
