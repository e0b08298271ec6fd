// The source of the benchmark catalogue: the film table shipped in the npm package vega-datasets
// (data/movies.json), with what the graph must say about it (version, licence, description,
// SHA-256 of the exact bytes), all read from the installed package rather than written here, so
// the provenance stays true when the package is upgraded.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface MovieTableSource {
  /** The table as a versioned, resolvable URL (jsDelivr, the form vega-datasets recommends). */
  url: string;
  packageName: string;
  version: string;
  /** The licence's IRI and title as the package's datapackage.json gives them. */
  licenseUrl: string;
  licenseTitle: string;
  /** The package's own description of the table (it says the errors are intentional). */
  description: string;
  /** Hex SHA-256 of the table's bytes. */
  sha256: string;
}

export interface MovieTable {
  /** The rows as parsed, unchecked: `checkRows` decides what each one is worth. */
  rows: unknown[];
  source: MovieTableSource;
  /** Where the table was read from, for messages. */
  path: string;
}

export class MovieTableError extends Error {
  name = 'MovieTableError';
}

const PACKAGE = 'vega-datasets';
const TABLE = 'data/movies.json';

/** The installed package's folder (its exports map hides package.json, so walk up from its entry). */
function packageRoot(): string {
  const entry = createRequire(import.meta.url).resolve(PACKAGE);
  let dir = dirname(entry);
  while (!dir.endsWith(`/node_modules/${PACKAGE}`) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export async function readMovieTable(): Promise<MovieTable> {
  let root: string;
  try {
    root = packageRoot();
  } catch (error) {
    throw new MovieTableError(`the npm package ${PACKAGE} is not installed: ${(error as Error).message}`);
  }
  const path = join(root, TABLE);
  const [bytes, pkg, datapackage] = await Promise.all([
    readFile(path),
    readFile(join(root, 'package.json'), 'utf8').then(JSON.parse),
    readFile(join(root, 'datapackage.json'), 'utf8').then(JSON.parse),
  ]).catch((error: Error) => {
    throw new MovieTableError(`cannot read ${PACKAGE}'s ${TABLE}: ${error.message}`);
  });
  let rows: unknown;
  try {
    rows = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new MovieTableError(`${path} is not JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(rows)) throw new MovieTableError(`${path} is not a JSON array of rows`);
  const resource = (datapackage.resources as { path?: string; description?: string }[] | undefined)?.find((r) => r.path === 'movies.json');
  const license = (datapackage.licenses as { path?: string; title?: string }[] | undefined)?.[0];
  if (!license?.path) throw new MovieTableError(`${PACKAGE}'s datapackage.json names no licence`);
  return {
    rows,
    path,
    source: {
      url: `https://cdn.jsdelivr.net/npm/${PACKAGE}@${pkg.version}/${TABLE}`,
      packageName: PACKAGE,
      version: String(pkg.version),
      licenseUrl: license.path,
      licenseTitle: license.title ?? String(pkg.license),
      description: (resource?.description ?? '').replace(/\s*\n\s*/g, ' ').trim(),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    },
  };
}
