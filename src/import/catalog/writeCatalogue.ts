// `filmgraph import-catalog`: the benchmark catalogue, generated on demand from the film table of
// the npm package vega-datasets (never committed data). One TriG file and one named graph per
// copy (`vega-movies-0001.trig` holds `graph/catalogue/vega-movies`, copy k > 1
// `graph/catalogue/vega-movies/copy-k`): the loader wants each graph in one file, and N3's store is
// costly with very many small graphs, so not one graph per film. Each file is written through a
// temporary file and a rename; the same table and options give the same bytes.
//
// What a film carries (paths relative to the base; MODEL.md, "The benchmark catalogue"):
//   <film/{slug(title)}-{year}> a schema:Movie ;
//     schema:name "Title"@en ;                           exactly one
//     schema:datePublished "1998"^^xsd:gYear ;           exactly one
//     schema:releasedEvent <{film}/release/us-theatrical> ;   exactly one
//     schema:duration "PT98M"^^xsd:duration ;            optional
//     schema:genre "Drama"@en ;                          optional
//     schema:director <person/{slug(name)}> ;            optional, at most one
//     fg:distribution <{film}/distribution/us> ;         optional
//     schema:contentRating <{film}/rating/us> ;          optional
//     schema:aggregateRating <{film}/aggregate-rating/imdb>, <{film}/aggregate-rating/rotten-tomatoes> .  each optional
//   release: a schema:PublicationEvent ; schema:startDate "1998-06-12"^^xsd:date ;
//            schema:location <country/us> ; fg:medium fg:Theatrical
//   distribution: a fg:Distribution ; fg:distributor <organization/{slug}> ; fg:territory <country/us>
//   content rating: a schema:Rating ; schema:ratingValue "PG-13" ; fg:ratingCountry <country/us> ;
//            schema:author <organization/motion-picture-association-of-america> (not for "Not Rated")
//   aggregate rating: a schema:AggregateRating ; schema:ratingValue 6.1 (xsd:decimal, IMDb) or
//            87 (xsd:integer, Rotten Tomatoes %) ; schema:ratingCount (IMDb votes, where given) ;
//            schema:bestRating ; schema:worstRating ; schema:author <organization/imdb> or
//            <organization/rotten-tomatoes>
//   person, organization: a schema:Person / schema:Organization ; schema:name "…"
import { mkdir, readdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { PREFIXES } from '../../vocab/namespaces.ts';
import { writeFileAtomically } from '../../io/writeFileAtomically.ts';
import { checkRows, type CheckedRows } from './checkRows.ts';
import { readMovieTable, type MovieTableSource } from './movieTable.ts';
import { CATALOGUE, catalogueCopy } from './catalogueCopy.ts';

export interface CatalogueOptions {
  /** The folder to write into (created if needed). */
  out: string;
  /** Whole copies: 1 is the table itself. Give `copies` or `triples`. */
  copies?: number;
  /**
   * About this many triples: whole copies, then films of one more copy, in table order, until the
   * total reaches it (it exceeds it by less than one film's triples).
   */
  triples?: number;
  /** Write absolute IRIs under this base instead of relative ones (for stores that do not resolve relative IRIs). */
  baseIri?: string;
  /** Triples mapped so far, of the total to write; called after each film. */
  onProgress?: (done: number, total: number) => void;
  /** The table read and checked already (see `prepareCatalogue`), to read it once. */
  prepared?: PreparedCatalogue;
}

export interface CatalogueResult {
  /** Films written, all copies together. */
  films: number;
  /** Triples written, all files together (shared nodes, such as <country/us>, are restated in each copy's graph). */
  triples: number;
  /** The files written, in copy order. */
  files: string[];
  /** Rows of the table skipped and flagged (counted once, whatever the number of copies). */
  skipped: number;
  flagged: number;
  /** Triples of one whole copy: every whole copy has exactly as many. */
  triplesPerCopy: number;
}

export interface PreparedCatalogue extends CheckedRows {
  source: MovieTableSource;
  /** Rows in the table. */
  rows: number;
}

/** Reads and checks the table: what every copy is made from, and what was skipped or flagged. */
export async function prepareCatalogue(): Promise<PreparedCatalogue> {
  const table = await readMovieTable();
  return { ...checkRows(table.rows), source: table.source, rows: table.rows.length };
}

/** The file of copy k: fixed-width numbers so files list in copy order. */
export const catalogueFileName = (copy: number) => `${CATALOGUE}-${String(copy).padStart(4, '0')}.trig`;
const CATALOGUE_FILE = new RegExp(`^${CATALOGUE}-\\d{4,}\\.trig$`);

export async function writeCatalogue(options: CatalogueOptions): Promise<CatalogueResult> {
  const { out } = options;
  if ((options.copies === undefined) === (options.triples === undefined)) throw new RangeError('give either copies or triples');
  const positive = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 1);
  if (!positive(options.copies)) throw new RangeError(`copies must be a whole number of at least 1, not ${options.copies}`);
  if (!positive(options.triples)) throw new RangeError(`triples must be a whole number of at least 1, not ${options.triples}`);
  const prepared = options.prepared ?? (await prepareCatalogue());
  const base = options.baseIri ?? '';

  // Every whole copy has the same number of triples: copy 1 gives the total.
  const whole = catalogueCopy(prepared.films, prepared.source, { copy: 1, base });
  const triplesPerCopy = whole.quads.length;
  const total = options.triples ?? triplesPerCopy * options.copies!;

  await mkdir(out, { recursive: true });
  const files: string[] = [];
  let triples = 0;
  let films = 0;
  for (let copy = 1; triples < total; copy++) {
    const before = triples;
    const onFilm = (inGraph: number) => options.onProgress?.(Math.min(before + inGraph, total), total);
    let result = whole;
    if (copy > 1 || total < triplesPerCopy)
      result = catalogueCopy(prepared.films, prepared.source, { copy, base, stopAtTriples: total - before, onFilm });
    else onFilm(whole.quads.length);
    const file = join(out, catalogueFileName(copy));
    await writeFileAtomically(file, header(prepared.source, copy) + (await toTrig(result.quads)));
    files.push(file);
    triples += result.quads.length;
    films += result.films.length;
  }
  // Copies of an earlier, larger run would still be loaded with this one: remove them (only files
  // named as this command names them).
  const written = new Set(files.map((f) => basename(f)));
  for (const name of await readdir(out)) if (CATALOGUE_FILE.test(name) && !written.has(name)) await rm(join(out, name));
  return { films, triples, files, skipped: prepared.skipped, flagged: prepared.flagged, triplesPerCopy };
}

function header(source: MovieTableSource, copy: number): string {
  return (
    `# Generated by \`filmgraph import-catalog\` from ${source.url}\n` +
    `# (${source.licenseTitle}); copy ${copy}. A benchmark fixture: regenerate it, do not edit it.\n\n`
  );
}

const USED_PREFIXES = Object.fromEntries(['schema', 'fg', 'xsd', 'prov', 'dcterms'].map((p) => [p, PREFIXES[p]!]));

/** TriG as N3's writer makes it: the quads come grouped by subject already, so each subject is one block. */
function toTrig(quads: Quad[]): Promise<string> {
  const writer = new Writer({ format: 'application/trig', prefixes: USED_PREFIXES });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((error, result) => (error ? reject(error) : resolve(result))));
}
