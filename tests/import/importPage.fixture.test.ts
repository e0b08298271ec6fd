// A second page in the same layout: other counts, a missing section, named screenwriters and cast.
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { importPage } from '../../src/import/importPage.ts';
import { fg, rdf, schema, xsd } from '../../src/vocab/namespaces.ts';
import { BASE, Facts, fixture, iri } from './support.ts';

const { literal } = DataFactory;
const result = importPage(fixture('die-stille-der-gletscher-2019.txt'), { baseIri: BASE });
const facts = new Facts(result.quads);
const film = 'film/die-stille-der-gletscher-2019';

describe('importing a second page (Die Stille der Gletscher)', () => {
  it('names the film and infers German from the first rating country', () => {
    expect(result.film).toBe(film);
    expect(facts.objects(film, schema('name'))).toEqual([
      literal('Die Stille der Gletscher', 'de'),
      literal('The Silence of the Glaciers', 'en'),
    ]);
    expect(result.warnings).toEqual([
      { line: 1, message: expect.stringMatching(/"de" inferred from Germany, the first country on line 9/) },
    ]);
  });

  it('states screenwriters and cast roles instead of "not stated"', () => {
    expect(facts.objects(film, fg('notStated'))).toEqual([]);
    expect(facts.objects(film, schema('author')).map((p) => p.value)).toEqual([
      BASE + 'person/lena-hartmann',
      BASE + 'person/tomasz-wojcik',
    ]);
    expect(facts.one('person/tomasz-wojcik', schema('name')).value).toBe('Tomasz Wójcik');
    const roles = facts.objects(film, schema('actor'));
    expect(roles.map((r) => r.value)).toEqual(['anna-brandt', 'jonas-eriksen', 'mirjam-kessler'].map((s) => `${BASE}${film}/cast/${s}`));
    for (const role of roles) expect(facts.one(role, rdf('type'))).toEqual(schema('PerformanceRole'));
    expect(facts.name(`${film}/cast/anna-brandt`, schema('actor'))).toBe('Anna Brandt');
  });

  it('has no based-upon fact, since the line is missing', () => {
    expect(facts.objects(film, schema('isBasedOn'))).toEqual([]);
    expect(facts.one(film, schema('duration'))).toEqual(literal('PT104M', xsd('duration')));
  });

  it('states a filming period across months and locations as place and country', () => {
    expect(facts.one(film, fg('filmingStart'))).toEqual(literal('2018-02', xsd('gYearMonth')));
    expect(facts.one(film, fg('filmingEnd'))).toEqual(literal('2018-04', xsd('gYearMonth')));
    expect(facts.objects(film, schema('locationCreated'))).toEqual([iri('place/zermatt'), iri('country/ch')]);
    expect(facts.one('place/zermatt', rdf('type'))).toEqual(schema('Place'));
    expect(facts.one('country/ch', schema('name')).value).toBe('Switzerland');
  });

  it.each([
    ['de-theatrical', literal('2019-11-07', xsd('date')), 'Germany'],
    ['at-theatrical', literal('2019-11-08', xsd('date')), 'Austria'],
    ['us-theatrical', literal('2020-03', xsd('gYearMonth')), 'US'],
    ['de-dvd', literal('2020-05-14', xsd('date')), 'Germany'],
  ])('states the %s release', (key, date, country) => {
    const release = `${film}/release/${key}`;
    expect(facts.one(release, schema('startDate'))).toEqual(date);
    expect(facts.name(release, schema('location'))).toBe(country);
  });

  it('has four releases and two ratings', () => {
    expect(facts.objects(film, schema('releasedEvent'))).toHaveLength(4);
    expect(facts.one(`${film}/rating/de`, schema('ratingValue')).value).toBe('FSK 12');
    expect(facts.one(`${film}/rating/us`, schema('ratingValue')).value).toBe('PG-13');
  });

  it('quotes the person of the "From" section, with no other quotes', () => {
    const quotes = facts.subjects(rdf('type'), schema('Quotation'));
    expect(quotes.map((q) => q.value)).toEqual([1, 2].map((n) => `${BASE}${film}/quote/lena-hartmann-${n}`));
    expect(facts.one(quotes[1]!, schema('text')).value).toBe('We shot on the glacier itself, often at minus twenty. The cold is in every frame, and you can’t fake that..');
    expect(facts.objects(film, schema('director'))).toEqual([]);
  });

  it('numbers a second review by one publisher', () => {
    expect(facts.subjects(rdf('type'), schema('Review')).map((r) => r.value.slice(BASE.length + film.length + 1))).toEqual([
      'review/filmdienst',
      'review/screen-daily',
      'review/screen-daily-2',
    ]);
    expect(facts.one(`${film}/review/screen-daily-2`, schema('reviewBody')).value).toMatch(/^Brandt is magnetic/);
    expect(facts.name(`${film}/review/screen-daily-2`, schema('publisher'))).toBe('Screen Daily');
  });

  it.each([
    ['deutscher-filmpreis', 'Best Director (Beste Regie)', 'Deutscher Filmpreis'],
    ['bavarian-film-awards', 'Best Screenplay', 'Bavarian Film Awards'],
    ['bergfilm-festival-tegernsee', 'Best Film from the Alps', 'Bergfilm Festival Tegernsee'],
  ])('nominates Lena Hartmann at %s, splitting on the last " from "', (key, category, organization) => {
    const nomination = `${film}/nomination/lena-hartmann-${key}`;
    expect(facts.one(nomination, fg('awardCategory')).value).toBe(category);
    expect(facts.name(nomination, fg('awardingOrganization'))).toBe(organization);
    expect(facts.name(nomination, fg('nominee'))).toBe('Lena Hartmann');
  });

  it('has three nominations', () => {
    expect(facts.subjects(rdf('type'), fg('Nomination'))).toHaveLength(3);
  });
});
