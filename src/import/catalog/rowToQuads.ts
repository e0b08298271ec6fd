// One film of the table → its quads, in the model of the seed film (MODEL.md): the film, its
// director, its US theatrical release, its US distributor, its MPAA rating, and the IMDb and
// Rotten Tomatoes ratings as aggregate ratings by those sites. Nodes a subject points to are
// described before it, so each subject's triples stay together in the file.
//
// Copy k > 1 (a benchmark replica) suffixes the title and the names of the people and
// organizations it owns with " (copy k)": its IRIs follow from those names through the same
// `paths`, so every copy has the same shape. Countries and the rating sites are shared.
import type { NamedNode } from '@rdfjs/types';
import { fg, rdf, schema } from '../../vocab/namespaces.ts';
import { paths } from '../../vocab/iris.ts';
import { GraphBuilder, text, typed } from '../GraphBuilder.ts';
import type { FilmRow } from './checkRows.ts';

/** The organizations behind the table's rating columns, as filmgraph names them. */
export const RATING_SITES = {
  imdb: { name: 'IMDb', best: 10, worst: 1 },
  rottenTomatoes: { name: 'Rotten Tomatoes', best: 100, worst: 0 },
} as const;
export const MPAA = 'Motion Picture Association of America';
/** The table's figures are US box office: its dates, distributors and ratings are American. */
export const US = { code: 'us', name: 'US' };

/** A name as copy k states it. */
export const inCopy = (name: string, copy: number) => (copy > 1 ? `${name} (copy ${copy})` : name);

/** The film's path: its title (as the copy states it) and year, "-2"… for a second film of that name and year. */
export function filmPathOf(film: FilmRow, copy: number): string {
  const path = paths.film(inCopy(film.title, copy), film.year);
  return film.ordinal > 1 ? `${path}-${film.ordinal}` : path;
}

export function rowToQuads(film: FilmRow, copy: number, g: GraphBuilder): string {
  const filmPath = filmPathOf(film, copy);
  const movie = g.iri(filmPath);
  const us = g.named(paths.country(US.code), schema('Country'), US.name);

  const director = film.director !== undefined ? g.person(inCopy(film.director, copy)) : undefined;

  const release = g.iri(paths.release(filmPath, US.code, 'theatrical'));
  g.add(release, rdf('type'), schema('PublicationEvent'));
  g.add(release, schema('startDate'), typed(film.releaseDate, 'date'));
  g.add(release, schema('location'), us);
  g.add(release, fg('medium'), fg('Theatrical'));

  let distribution: NamedNode | undefined;
  if (film.distributor !== undefined) {
    const distributor = g.organization(inCopy(film.distributor, copy));
    distribution = g.iri(paths.distribution(filmPath, US.code));
    g.add(distribution, rdf('type'), fg('Distribution'));
    g.add(distribution, fg('distributor'), distributor);
    g.add(distribution, fg('territory'), us);
  }

  let contentRating: NamedNode | undefined;
  if (film.mpaaRating !== undefined) {
    // "Not Rated" is the table's word for a film the MPAA did not rate: no rating body to name.
    const body = film.mpaaRating === 'Not Rated' ? undefined : g.organization(MPAA);
    contentRating = g.iri(paths.rating(filmPath, US.code));
    g.add(contentRating, rdf('type'), schema('Rating'));
    g.add(contentRating, schema('ratingValue'), text(film.mpaaRating));
    g.add(contentRating, fg('ratingCountry'), us);
    if (body) g.add(contentRating, schema('author'), body);
  }

  const aggregates: NamedNode[] = [];
  const aggregate = (site: (typeof RATING_SITES)[keyof typeof RATING_SITES], value: string, datatype: string, count?: number) => {
    const author = g.organization(site.name);
    const node = g.iri(paths.aggregateRating(filmPath, site.name));
    g.add(node, rdf('type'), schema('AggregateRating'));
    g.add(node, schema('ratingValue'), typed(value, datatype));
    if (count !== undefined) g.add(node, schema('ratingCount'), typed(String(count), 'integer'));
    g.add(node, schema('bestRating'), typed(String(site.best), 'integer'));
    g.add(node, schema('worstRating'), typed(String(site.worst), 'integer'));
    g.add(node, schema('author'), author);
    aggregates.push(node);
  };
  if (film.imdbRating !== undefined) aggregate(RATING_SITES.imdb, decimal(film.imdbRating), 'decimal', film.imdbVotes);
  if (film.rottenTomatoesRating !== undefined) aggregate(RATING_SITES.rottenTomatoes, String(film.rottenTomatoesRating), 'integer');

  g.add(movie, rdf('type'), schema('Movie'));
  // The table lists US releases under their US titles.
  g.add(movie, schema('name'), text(inCopy(film.title, copy), 'en'));
  g.add(movie, schema('datePublished'), typed(String(film.year), 'gYear'));
  if (film.runningTimeMinutes !== undefined) g.add(movie, schema('duration'), typed(`PT${film.runningTimeMinutes}M`, 'duration'));
  if (film.genre !== undefined) g.add(movie, schema('genre'), text(film.genre, 'en'));
  if (director) g.add(movie, schema('director'), director);
  g.add(movie, schema('releasedEvent'), release);
  if (distribution) g.add(movie, fg('distribution'), distribution);
  if (contentRating) g.add(movie, schema('contentRating'), contentRating);
  for (const node of aggregates) g.add(movie, schema('aggregateRating'), node);
  return filmPath;
}

/** A JavaScript number as an xsd:decimal lexical form (never exponent notation). */
function decimal(n: number): string {
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(20).replace(/0+$/, '').replace(/\.$/, '') : s;
}
