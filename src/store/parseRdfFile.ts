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
  try {
    return new Parser({ format, baseIRI: baseIri }).parse(text);
  } catch (error) {
    const { message, context } = error as Error & { context?: { line?: number; token?: { line: number; start: number } } };
    // N3 ends its messages with " on line N."; the line goes in front instead. The offending
    // token's start is its offset within its line.
    const token = context?.token?.line === context?.line ? context?.token : undefined;
    throw new DataFileError(file, message.replace(/ on line \d+\.?$/, ''), context?.line, token && token.start + 1);
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
