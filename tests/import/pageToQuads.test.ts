// The decisions pageToQuads makes beyond the fixture pages: roles, unknown countries, blank facts,
// numbering, and the title language when nothing says it.
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { importPage } from '../../src/import/importPage.ts';
import { fg, rdf, schema } from '../../src/vocab/namespaces.ts';
import { BASE, Facts, iri } from './support.ts';

const { literal } = DataFactory;
const film = 'film/film-2001';
const run = (text: string, titleLanguage?: string) => {
  const result = importPage(text, { baseIri: BASE, ...(titleLanguage ? { titleLanguage } : {}) });
  return { ...result, facts: new Facts(result.quads) };
};

describe('pageToQuads', () => {
  it('starts with the page graph describing itself', () => {
    const { quads } = run('Film (2001)\n');
    expect(quads[0]).toEqual(
      DataFactory.quad(iri('graph/page/film-2001'), rdf('type'), fg('PageGraph'), iri('graph/page/film-2001')),
    );
  });

  it('leaves the title untagged, with a warning, when no country says its language', () => {
    const { facts, warnings } = run('Film (2001)\n');
    expect(facts.one(film, schema('name'))).toEqual(literal('Film'));
    expect(warnings).toEqual([{ line: 1, message: expect.stringMatching(/title language unknown .*titleLanguage/) }]);
  });

  it('infers from the first line in page order, release or rating', () => {
    const { facts } = run('Film (2001)\nShort Facts\nTheatrical Release: Italy: 2001, France: 2002\nMPAA Rating: US: R\n');
    expect(facts.one(film, schema('name'))).toEqual(literal('Film', 'it'));
  });

  it('names an unknown country by its slug, with a warning', () => {
    const { facts, warnings } = run('Film (2001)\nShort Facts\nTheatrical Release: Narnia: 3 Mar 2001\n', 'en');
    expect(facts.one(`${film}/release/narnia-theatrical`, schema('location'))).toEqual(iri('country/narnia'));
    expect(facts.one('country/narnia', schema('name')).value).toBe('Narnia');
    expect(warnings).toEqual([{ line: 3, message: expect.stringMatching(/"Narnia" is not an English country name.*country\/narnia/) }]);
  });

  it('numbers two ratings for one country', () => {
    const { facts } = run('Film (2001)\nShort Facts\nMPAA Rating: France: 12, France: Tous publics\n', 'fr');
    expect(facts.objects(film, schema('contentRating'))).toEqual([iri(`${film}/rating/fr`), iri(`${film}/rating/fr-2`)]);
  });

  it('states blank facts as not stated', () => {
    const page = 'Film (2001)\nShort Facts\nBased upon: n/a\nRuntime:\nMPAA Rating: n/a\nFilming Dates: n/a\nFilming Locations: France, Antibes\n';
    const { facts } = run(page, 'en');
    expect(facts.objects(film, fg('notStated'))).toEqual([
      schema('isBasedOn'),
      schema('duration'),
      schema('contentRating'),
      fg('filmingStart'),
      fg('filmingEnd'),
    ]);
    expect(facts.objects(film, schema('locationCreated'))).toEqual([iri('country/fr'), iri('place/antibes')]);
  });

  it('names a work without an author by its title', () => {
    const { facts } = run('Film (2001)\nShort Facts\nBased upon: The Old Song\n', 'en');
    expect(facts.one(film, schema('isBasedOn'))).toEqual(iri('work/the-old-song'));
    expect(facts.objects('work/the-old-song', schema('author'))).toEqual([]);
  });

  const quotes = [
    'Film (2001)',
    '',
    'From other people',
    '',
    'She was wonderful.',
    '• Ann Lee (Director & Screenwriter)',
    '',
    'He sang.',
    '• Bo Ray (Actress)',
    '',
    'Ann wrote it all.',
    '• Cy Day (Composer, Producer)',
    '',
    'From Ann Lee',
    '',
    'I wrote it in a week.',
  ].join('\n');

  it('states the roles an attribution names on the film', () => {
    const { facts } = run(quotes, 'en');
    expect(facts.objects(film, schema('director'))).toEqual([iri('person/ann-lee')]);
    expect(facts.objects(film, schema('author'))).toEqual([iri('person/ann-lee')]);
    expect(facts.objects(film, schema('musicBy'))).toEqual([iri('person/cy-day')]);
    expect(facts.objects(film, schema('producer'))).toEqual([iri('person/cy-day')]);
  });

  it('keeps a speaker of an unknown role as the speaker only, with a warning', () => {
    const { facts, warnings } = run(quotes, 'en');
    expect(facts.name(`${film}/quote/bo-ray-1`, schema('spokesperson'))).toBe('Bo Ray');
    expect(facts.subjects(schema('actor'), 'person/bo-ray')).toEqual([]);
    expect(warnings).toEqual([{ line: 9, message: expect.stringMatching(/role "Actress" of Bo Ray .*speaker only/) }]);
  });

  it('counts a speaker’s quotes across sections, in page order', () => {
    const { facts } = run(quotes, 'en');
    expect(facts.subjects(schema('spokesperson'), 'person/ann-lee')).toEqual([
      iri(`${film}/quote/ann-lee-1`),
      iri(`${film}/quote/ann-lee-2`),
    ]);
    expect(facts.one(`${film}/quote/ann-lee-2`, schema('text'))).toEqual(literal('I wrote it in a week.', 'en'));
  });
});
