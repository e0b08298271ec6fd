// One copy of the catalogue → the quads of its named graph: the graph describing itself and its
// source first (a fg:CatalogueGraph derived from the vega-datasets table, with version, licence
// and SHA-256), then every film in table order.
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { dcterms, fg, prov, rdf, schema } from '../../vocab/namespaces.ts';
import { paths } from '../../vocab/iris.ts';
import { GraphBuilder, text } from '../GraphBuilder.ts';
import type { FilmRow } from './checkRows.ts';
import type { MovieTableSource } from './movieTable.ts';
import { rowToQuads } from './rowToQuads.ts';

/** The catalogue's name in graph IRIs and file names. */
export const CATALOGUE = 'vega-movies';

export interface CatalogueCopy {
  /** The graph's path (relative to the base). */
  graph: string;
  quads: Quad[];
  /** The films' paths, in table order. */
  films: string[];
}

export interface CopyOptions {
  /** 1 for the table itself; k > 1 for a benchmark replica. */
  copy: number;
  /**
   * Prefixed to every path: '' (the default) keeps the IRIs relative, as the project's data files
   * hold them (the loader resolves them against the deployment's base).
   */
  base?: string;
  /** Stop before the next film once the graph holds this many triples (a partial last copy). */
  stopAtTriples?: number;
  /** Called after each film with the graph's triples so far. */
  onFilm?: (triples: number) => void;
}

export function catalogueCopy(films: readonly FilmRow[], source: MovieTableSource, options: CopyOptions): CatalogueCopy {
  const { copy } = options;
  const graphPath = paths.catalogueGraph(CATALOGUE, copy);
  const g = new GraphBuilder(options.base ?? '', graphPath);
  const table = `the film table movies.json of the npm package ${source.packageName} ${source.version}`;
  g.add(g.graph, rdf('type'), fg('CatalogueGraph'));
  g.add(
    g.graph,
    dcterms('title'),
    text(
      copy === 1
        ? `Films of ${table}, as filmgraph import-catalog maps them`
        : `Benchmark copy ${copy} of the films of ${table}: a synthetic replica, its titles and the names of its directors and distributors suffixed “(copy ${copy})”`,
      'en',
    ),
  );
  const origin = DataFactory.namedNode(source.url);
  g.add(g.graph, prov('wasDerivedFrom'), origin);
  g.add(origin, rdf('type'), schema('Dataset'));
  g.add(origin, schema('name'), text(`movies.json (npm package ${source.packageName} ${source.version})`));
  g.add(origin, schema('url'), origin);
  g.add(origin, schema('version'), text(source.version));
  g.add(origin, dcterms('license'), DataFactory.namedNode(source.licenseUrl));
  if (source.description) g.add(origin, dcterms('description'), text(source.description, 'en'));
  g.add(origin, fg('sha256'), text(source.sha256));

  const filmPaths: string[] = [];
  for (const film of films) {
    if (options.stopAtTriples !== undefined && g.quads.length >= options.stopAtTriples) break;
    filmPaths.push(rowToQuads(film, copy, g));
    options.onFilm?.(g.quads.length);
  }
  return { graph: graphPath, quads: g.quads, films: filmPaths };
}
