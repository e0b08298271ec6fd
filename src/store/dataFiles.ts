// Where filmgraph finds its files: the vocabulary and shapes in ontology/, the published graph in
// data/ (TriG, every triple in a named graph). Both default to the package's own folders.
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface DataLocations {
  /** The folder holding vocab.ttl and shapes.ttl. */
  ontologyDir: string;
  /** The folder holding the published graph: every .trig file under it, recursively. */
  dataDir: string;
  /** The folder of the named SPARQL queries (NAME.rq). */
  queriesDir?: string;
}

export const defaultLocations = (): DataLocations => ({
  ontologyDir: join(PACKAGE_ROOT, 'ontology'),
  dataDir: join(PACKAGE_ROOT, 'data'),
  queriesDir: join(PACKAGE_ROOT, 'queries'),
});

/** RDF files under a folder, sorted so loading order (and thus any report) is stable. */
export async function rdfFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(trig|ttl|nt|nq|jsonld|rdf)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** A path as people should read it in messages: relative to the working directory when shorter. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.length < path.length && !rel.startsWith('..') ? rel : path;
}
