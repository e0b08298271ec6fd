import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { checkRows, COLUMNS, type FilmRow } from '../../../src/import/catalog/checkRows.ts';
import { filmPathOf, rowToQuads } from '../../../src/import/catalog/rowToQuads.ts';
import { GraphBuilder } from '../../../src/import/GraphBuilder.ts';
import { fg, rdf, schema, xsd } from '../../../src/vocab/namespaces.ts';
import { paths } from '../../../src/vocab/iris.ts';
import { BASE, Facts, iri } from '../support.ts';
import { completeRow, isoDate, tableRows, yearOf, type Row } from './support.ts';

const rows = tableRows();
const films = checkRows(rows).films;
const filmOf = (index: number): FilmRow => films.find((f) => f.row === index + 1)!;

function map(film: FilmRow, copy = 1) {
  const g = new GraphBuilder(BASE, 'graph/test');
  const path = rowToQuads(film, copy, g);
  return { path, facts: new Facts(g.quads), quads: g.quads };
}

describe('rowToQuads on a complete real row', () => {
  const { row, index } = completeRow(rows);
  const { path, facts } = map(filmOf(index));
  const film = iri(path);
  const written = row[COLUMNS.releaseDate] as string;

  it('names the film by its title and year, and states title, year, runtime and genre as the table gives them', () => {
    expect(path).toBe(paths.film(row[COLUMNS.title] as string, yearOf(written)));
    expect(facts.objects(film, rdf('type'))).toEqual([schema('Movie')]);
    expect(facts.objects(film, schema('name'))).toEqual([DataFactory.literal(row[COLUMNS.title] as string, 'en')]);
    expect(facts.objects(film, schema('datePublished'))).toEqual([DataFactory.literal(String(yearOf(written)), xsd('gYear'))]);
    expect(facts.objects(film, schema('duration'))).toEqual([DataFactory.literal(`PT${row[COLUMNS.runningTime]}M`, xsd('duration'))]);
    expect(facts.objects(film, schema('genre'))).toEqual([DataFactory.literal(row[COLUMNS.genre] as string, 'en')]);
  });

  it('states the director as a person named as the table names them', () => {
    const director = facts.one(film, schema('director'));
    expect(director).toEqual(iri(paths.person(row[COLUMNS.director] as string)));
    expect(facts.one(director, rdf('type'))).toEqual(schema('Person'));
    expect(facts.one(director, schema('name')).value).toBe(row[COLUMNS.director]);
  });

  it('states the US theatrical release on the table’s date, and the distributor', () => {
    const release = facts.one(film, schema('releasedEvent'));
    expect(facts.one(release, rdf('type'))).toEqual(schema('PublicationEvent'));
    expect(facts.one(release, schema('startDate'))).toEqual(DataFactory.literal(isoDate(written), xsd('date')));
    expect(facts.one(release, fg('medium'))).toEqual(fg('Theatrical'));
    expect(facts.name(release, schema('location'))).toBe('US');
    const distribution = facts.one(film, fg('distribution'));
    expect(facts.name(distribution, fg('distributor'))).toBe(row[COLUMNS.distributor]);
    expect(facts.one(distribution, fg('territory'))).toEqual(facts.one(release, schema('location')));
  });

  it('states the MPAA rating as the US content rating, by the MPAA', () => {
    const rating = facts.one(film, schema('contentRating'));
    expect(facts.one(rating, rdf('type'))).toEqual(schema('Rating'));
    expect(facts.one(rating, schema('ratingValue')).value).toBe(row[COLUMNS.mpaaRating]);
    expect(facts.name(rating, fg('ratingCountry'))).toBe('US');
    expect(facts.name(rating, schema('author'))).toMatch(/Motion Picture Association/);
  });

  it('states the IMDb and Rotten Tomatoes ratings as aggregate ratings by those sites, with the IMDb votes as the count', () => {
    const aggregates = facts.objects(film, schema('aggregateRating'));
    expect(aggregates).toHaveLength(2);
    const bySite = new Map(aggregates.map((a) => [facts.name(a, schema('author')), a]));
    expect([...bySite.keys()].sort()).toEqual(['IMDb', 'Rotten Tomatoes']);
    const imdb = bySite.get('IMDb')!;
    const value = facts.one(imdb, schema('ratingValue'));
    expect(value.termType === 'Literal' && value.datatype.equals(xsd('decimal'))).toBe(true);
    expect(Number(value.value)).toBe(row[COLUMNS.imdbRating]);
    expect(Number(facts.one(imdb, schema('ratingCount')).value)).toBe(row[COLUMNS.imdbVotes]);
    expect(Number(facts.one(imdb, schema('bestRating')).value)).toBe(10);
    const tomatoes = bySite.get('Rotten Tomatoes')!;
    expect(Number(facts.one(tomatoes, schema('ratingValue')).value)).toBe(row[COLUMNS.rottenTomatoes]);
    expect(facts.objects(tomatoes, schema('ratingCount'))).toEqual([]);
    expect(Number(facts.one(tomatoes, schema('bestRating')).value)).toBe(100);
    for (const a of aggregates) expect(facts.one(a, rdf('type'))).toEqual(schema('AggregateRating'));
  });

  it('describes every node it points to, and states each triple once', () => {
    const keys = facts.store.getQuads(null, null, null, null).map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const q of facts.store.getQuads(null, null, null, null))
      if (q.object.termType === 'NamedNode' && q.object.value.startsWith(BASE) && !q.predicate.equals(rdf('type')))
        expect(facts.objects(q.object, rdf('type')).length, q.object.value).toBeGreaterThan(0);
  });
});

describe('rowToQuads on sparse real rows', () => {
  const pick = (test: (r: Row) => boolean) => {
    const index = rows.findIndex((r, i) => test(r) && filmOf(i) !== undefined);
    expect(index).toBeGreaterThanOrEqual(0);
    return { row: rows[index]!, ...map(filmOf(index)) };
  };

  it('states nothing for what the table leaves empty', () => {
    const { path, facts } = pick((r) => r[COLUMNS.director] === null && r[COLUMNS.runningTime] === null && r[COLUMNS.mpaaRating] === null && r[COLUMNS.imdbRating] === null);
    const film = iri(path);
    for (const p of [schema('director'), schema('duration'), schema('contentRating')]) expect(facts.objects(film, p)).toEqual([]);
    expect(facts.objects(film, schema('aggregateRating')).map((a) => facts.name(a, schema('author')))).not.toContain('IMDb');
  });

  it('states "Not Rated" as the table writes it, with no rating body', () => {
    const { path, facts, row } = pick((r) => r[COLUMNS.mpaaRating] === 'Not Rated');
    const rating = facts.one(iri(path), schema('contentRating'));
    expect(facts.one(rating, schema('ratingValue')).value).toBe(row[COLUMNS.mpaaRating]);
    expect(facts.objects(rating, schema('author'))).toEqual([]);
  });
});

describe('rowToQuads in copy k', () => {
  const { index } = completeRow(rows);
  const film = filmOf(index);
  const one = map(film, 1);
  const two = map(film, 2);

  it('suffixes the title and the names of the director and distributor, so their IRIs differ from copy 1', () => {
    expect(two.path).toBe(filmPathOf(film, 2));
    expect(two.path).not.toBe(one.path);
    expect(two.facts.one(iri(two.path), schema('name')).value).toBe(`${film.title} (copy 2)`);
    expect(two.facts.name(iri(two.path), schema('director'))).toBe(`${film.director} (copy 2)`);
    expect(two.facts.one(iri(two.path), schema('director'))).not.toEqual(one.facts.one(iri(one.path), schema('director')));
  });

  it('has the same shape as copy 1: as many triples, the same predicates', () => {
    expect(two.quads.length).toBe(one.quads.length);
    expect(two.quads.map((q) => q.predicate.value)).toEqual(one.quads.map((q) => q.predicate.value));
  });

  it('suffixes a second film of one name and year with its ordinal', () => {
    expect(filmPathOf({ ...film, ordinal: 2 }, 1)).toBe(`${one.path}-2`);
  });
});
