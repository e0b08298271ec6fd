import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { importPage } from '../../src/import/importPage.ts';
import { dcterms, fg, prov, rdf, schema, xsd } from '../../src/vocab/namespaces.ts';
import { BASE, Facts, iri, SEED_FILM, seedBytes, seedLines } from './support.ts';

const { literal } = DataFactory;
const result = importPage(seedBytes(), { baseIri: BASE });
const facts = new Facts(result.quads);
const film = SEED_FILM;
const lines = seedLines();

describe('importing the seed page', () => {
  it('names the film and puts every quad in the page graph', () => {
    expect(result.film).toBe(film);
    const graph = BASE + 'graph/page/de-rouille-et-d-os-2012';
    expect(result.quads.every((q) => q.graph.value === graph)).toBe(true);
    for (const q of result.quads)
      for (const t of [q.subject, q.predicate, q.object])
        if (t.termType === 'NamedNode') expect(t.value).toMatch(/^(http:\/\/localhost:3000\/|http:\/\/schema\.org\/|https:\/\/w3id\.org\/filmgraph\/vocab#|http:\/\/www\.w3\.org\/|http:\/\/purl\.org\/dc\/terms\/)/);
  });

  it('keeps the titles with their languages and the page’s apostrophe', () => {
    expect(facts.objects(film, schema('name'))).toEqual([literal('De rouille et d\u2019os', 'fr'), literal('Rust and Bone', 'en')]);
    expect(facts.one(film, rdf('type'))).toEqual(schema('Movie'));
    expect(facts.one(film, schema('datePublished'))).toEqual(literal('2012', xsd('gYear')));
    expect(facts.one(film, schema('duration'))).toEqual(literal('PT120M', xsd('duration')));
  });

  it('describes the page graph and its source in itself', () => {
    const graph = 'graph/page/de-rouille-et-d-os-2012';
    const source = 'source/page/de-rouille-et-d-os-2012';
    expect(facts.one(graph, rdf('type'))).toEqual(fg('PageGraph'));
    expect(facts.one(graph, dcterms('title'))).toEqual(literal('Facts of the film page “De rouille et d’os (2012)”', 'en'));
    expect(facts.one(graph, prov('wasDerivedFrom'))).toEqual(iri(source));
    expect(facts.one(source, rdf('type'))).toEqual(schema('WebPage'));
    expect(facts.one(source, schema('name')).value).toBe('De rouille et d’os (2012)');
    expect(facts.one(source, fg('sha256')).value).toBe(createHash('sha256').update(seedBytes()).digest('hex'));
  });

  it.each([
    ['fr-theatrical', '2012-05-17', 'France', 'Theatrical'],
    ['us-theatrical', '2012-11-16', 'US', 'Theatrical'],
    ['gb-theatrical', '2012-11-02', 'UK', 'Theatrical'],
    ['fr-dvd', '2012-11-07', 'France', 'DVD'],
    ['us-dvd', '2013-03-19', 'US', 'DVD'],
    ['gb-dvd', '2013-02-25', 'UK', 'DVD'],
  ])('states the %s release on %s', (key, date, country, medium) => {
    const release = iri(`${film}/release/${key}`);
    expect(facts.objects(film, schema('releasedEvent'))).toContainEqual(release);
    expect(facts.one(release, rdf('type'))).toEqual(schema('PublicationEvent'));
    expect(facts.one(release, schema('startDate'))).toEqual(literal(date, xsd('date')));
    expect(facts.name(release, schema('location'))).toBe(country);
    expect(facts.one(release, fg('medium'))).toEqual(fg(medium));
  });

  it('has six releases, three ratings and typed countries', () => {
    expect(facts.objects(film, schema('releasedEvent'))).toHaveLength(6);
    expect(facts.objects(film, schema('contentRating'))).toHaveLength(3);
    for (const code of ['fr', 'us', 'gb']) expect(facts.one(`country/${code}`, rdf('type'))).toEqual(schema('Country'));
  });

  it.each([
    ['fr', 'Tous publics', 'France'],
    ['us', 'R', 'US'],
    ['gb', '15', 'UK'],
  ])('rates the film in %s as %s', (code, value, country) => {
    const rating = `${film}/rating/${code}`;
    expect(facts.one(rating, rdf('type'))).toEqual(schema('Rating'));
    expect(facts.one(rating, schema('ratingValue'))).toEqual(literal(value));
    expect(facts.name(rating, fg('ratingCountry'))).toBe(country);
  });

  it('states the filming period as year-months and the blank facts as not stated', () => {
    expect(facts.one(film, fg('filmingStart'))).toEqual(literal('2011-10', xsd('gYearMonth')));
    expect(facts.one(film, fg('filmingEnd'))).toEqual(literal('2011-11', xsd('gYearMonth')));
    expect(facts.objects(film, fg('notStated'))).toEqual([schema('author'), schema('actor'), schema('locationCreated')]);
    expect(facts.objects(film, schema('author'))).toEqual([]);
    expect(facts.objects(film, schema('actor'))).toEqual([]);
  });

  it('links the work the film is based on, without saying it is a book', () => {
    const work = 'work/rust-and-bone-by-craig-davidson';
    expect(facts.one(film, schema('isBasedOn'))).toEqual(iri(work));
    expect(facts.one(work, rdf('type'))).toEqual(schema('CreativeWork'));
    expect(facts.one(work, schema('name'))).toEqual(literal('Rust and Bone'));
    expect(facts.name(work, schema('author'))).toBe('Craig Davidson');
  });

  it('keeps the synopsis paragraphs as written, separated by a blank line', () => {
    const synopsis = facts.one(film, schema('description'));
    expect(synopsis).toEqual(literal([17, 19, 21, 23, 25].map((n) => lines[n]).join('\n\n'), 'en'));
  });

  it.each([
    ['jacques-audiard-1', 'Jacques Audiard', 38],
    ['marion-cotillard-1', 'Marion Cotillard', 43],
    ['marion-cotillard-2', 'Marion Cotillard', 45],
    ['marion-cotillard-3', 'Marion Cotillard', 47],
    ['marion-cotillard-4', 'Marion Cotillard', 49],
  ])('quotes %s exactly (line %#)', (key, speaker, line) => {
    const quote = `${film}/quote/${key}`;
    expect(facts.one(quote, rdf('type'))).toEqual(schema('Quotation'));
    expect(facts.one(quote, schema('text'))).toEqual(literal(lines[line]!, 'en'));
    expect(facts.name(quote, schema('spokesperson'))).toBe(speaker);
    expect(facts.one(quote, schema('about'))).toEqual(iri(film));
  });

  it('has five quotes and takes the director from the attribution', () => {
    expect(facts.subjects(rdf('type'), schema('Quotation'))).toHaveLength(5);
    expect(facts.name(film, schema('director'))).toBe('Jacques Audiard');
  });

  it.each([
    ['the-playlist', 'The Playlist', 53],
    ['hitfix', 'HitFix', 56],
    ['evening-standard', 'Evening Standard', 59],
    ['the-guardian', 'The Guardian', 62],
    ['rope-of-silicon', 'Rope of Silicon', 65],
    ['time-entertainment', 'Time Entertainment', 68],
    ['variety', 'Variety', 71],
  ])('keeps the %s review exactly as written', (key, publisher, line) => {
    const review = `${film}/review/${key}`;
    expect(facts.one(review, rdf('type'))).toEqual(schema('Review'));
    expect(facts.one(review, schema('itemReviewed'))).toEqual(iri(film));
    expect(facts.one(review, schema('reviewBody'))).toEqual(literal(lines[line]!, 'en'));
    expect(facts.name(review, schema('publisher'))).toBe(publisher);
    expect(facts.one(facts.one(review, schema('publisher')), rdf('type'))).toEqual(schema('Organization'));
  });

  it('keeps the reviews’ trailing dots', () => {
    expect(facts.subjects(rdf('type'), schema('Review'))).toHaveLength(7);
    expect(facts.one(`${film}/review/the-playlist`, schema('reviewBody')).value).toMatch(/film acting\.\.$/);
    expect(facts.one(`${film}/review/variety`, schema('reviewBody')).value).toMatch(/aching soul\. \.$/);
  });

  it.each([
    ['australian-film-institute', 'Best actress', 'Australian Film Institute'],
    ['cesar-awards', 'Best Actress (Meilleure actrice)', 'César Awards'],
    ['etoiles-d-or-du-cinema', 'Best Actress (Premier rôle féminin)', 'Etoiles d’Or du Cinéma'],
    ['golden-globes', 'Best Performance by an Actress in a Motion Picture - Drama', 'Golden Globes'],
    ['british-academy-of-film-television-arts-awards', 'Best Leading Actress', 'British Academy of Film & Television Arts Awards'],
    ['sant-jordi-awards', 'Best Foreign Actress (Mejor Actriz Extranjera)', 'Sant Jordi Awards'],
  ])('nominates Marion Cotillard at %s as written', (key, category, organization) => {
    const nomination = `${film}/nomination/marion-cotillard-${key}`;
    expect(facts.one(nomination, fg('awardCategory'))).toEqual(literal(category));
    expect(facts.name(nomination, fg('awardingOrganization'))).toBe(organization);
  });

  it('has seventeen nominations, each for the film, of the nominee, outcome not stated', () => {
    const nominations = facts.subjects(rdf('type'), fg('Nomination'));
    expect(nominations).toHaveLength(17);
    for (const n of nominations) {
      expect(facts.one(n, fg('nominee'))).toEqual(iri('person/marion-cotillard'));
      expect(facts.one(n, fg('forWork'))).toEqual(iri(film));
      expect(facts.one(n, fg('notStated'))).toEqual(fg('outcome'));
      expect(facts.objects(n, fg('outcome'))).toEqual([]);
    }
    expect(facts.one('person/marion-cotillard', rdf('type'))).toEqual(schema('Person'));
  });

  it('warns about the inferred title language and the blank name lists', () => {
    expect(result.warnings.map((w) => w.line)).toEqual([1, 6, 8]);
    expect(result.warnings[0]!.message).toMatch(/title language "fr" inferred from France.*line 10.*titleLanguage/);
    expect(result.warnings[1]!.message).toMatch(/"Screenwriter".*blank/);
    expect(result.warnings[2]!.message).toMatch(/"Starring".*blank/);
  });

  it('states each triple once', () => {
    const keys = result.quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('importPage options and input forms', () => {
  it('is deterministic and reads a string like its UTF-8 bytes', () => {
    const again = importPage(seedBytes().toString('utf8'), { baseIri: BASE });
    expect(again.quads).toEqual(result.quads);
    expect(again.warnings).toEqual(result.warnings);
  });

  it('uses a given title language without a warning', () => {
    const r = importPage(seedBytes(), { baseIri: BASE, titleLanguage: 'fr-FR' });
    expect(new Facts(r.quads).objects(film, schema('name'))[0]).toEqual(literal('De rouille et d’os', 'fr-fr'));
    expect(r.warnings.map((w) => w.line)).toEqual([6, 8]);
  });

  it('puts every IRI under another base', () => {
    const r = importPage(seedBytes(), { baseIri: 'https://films.example.org/data/' });
    expect(r.quads[0]!.graph.value).toBe('https://films.example.org/data/graph/page/de-rouille-et-d-os-2012');
    expect(r.quads.some((q) => q.subject.value.startsWith(BASE))).toBe(false);
  });

  it.each([['not a url'], ['ftp://x/'], ['http://x/no-slash']])('refuses the base IRI %s', (baseIri) => {
    expect(() => importPage(seedBytes(), { baseIri })).toThrow(/base IRI/);
  });

  it('refuses a title language that is not a language tag', () => {
    expect(() => importPage(seedBytes(), { baseIri: BASE, titleLanguage: 'French!' })).toThrow(/language tag/);
  });
});
