// Every fact the foundation issue lists, asked through SPARQL (the real Comunica engine) over the
// real data files loaded and validated the way start-up does it.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Term } from '@rdfjs/types';
import { openDataset } from '../../src/store/openDataset.ts';
import { SparqlEngine } from '../../src/sparql/SparqlEngine.ts';
import { SPARQL_PREFIXES } from '../../src/vocab/namespaces.ts';

// A base other than the default, to show the data follows whatever base it is served under.
const base = 'https://films.example.org/catalogue/';
const FILM = '<film/de-rouille-et-d-os-2012>';
const seedPage = readFileSync(new URL('../fixtures/pages/rust-and-bone-film-page.txt', import.meta.url), 'utf8');

let engine: SparqlEngine;
beforeAll(async () => {
  const { loaded } = await openDataset({ baseIri: base });
  engine = new SparqlEngine(loaded.store, base);
});

const select = (query: string) => engine.select(`${SPARQL_PREFIXES}\n${query}`);
const ask = (query: string) => engine.ask(`${SPARQL_PREFIXES}\n${query}`);
/** A term as a short string: literals as "value"@lang or "value"^^xsd:type, IRIs relative to the base. */
const show = (t: Term) => {
  if (t.termType !== 'Literal') return t.value.replace(base, '').replace('https://w3id.org/filmgraph/vocab#', 'fg:');
  if (t.language) return `"${t.value}"@${t.language}`;
  const type = t.datatype.value.replace('http://www.w3.org/2001/XMLSchema#', 'xsd:');
  return type === 'xsd:string' ? t.value : `"${t.value}"^^${type}`;
};
/** Rows as "a | b" strings, columns in the order the SELECT clause names them, rows sorted. */
const rows = async (query: string) => {
  const clause = query.slice(0, query.search(/\bWHERE\b/));
  const position = (variable: string) => clause.search(new RegExp(`\\?${variable}\\b(?!.*\\?${variable}\\b)`));
  return (await select(query))
    .map((row) => Object.keys(row).sort((a, b) => position(a) - position(b)).map((k) => show(row[k])).join(' | '))
    .sort();
};

describe('the film, as the seed page states it', () => {
  it.each([
    ['titles, language-tagged, with the page’s apostrophe', `SELECT ?t WHERE { ${FILM} schema:name ?t }`,
      ['"De rouille et d’os"@fr', '"Rust and Bone"@en']],
    ['year', `SELECT ?y WHERE { ${FILM} schema:datePublished ?y }`, ['"2012"^^xsd:gYear']],
    ['runtime', `SELECT ?d WHERE { ${FILM} schema:duration ?d }`, ['"PT120M"^^xsd:duration']],
    ['based on Rust and Bone by Craig Davidson, a book', `SELECT ?n ?a WHERE { ${FILM} schema:isBasedOn ?b . ?b a schema:Book ; schema:name ?n ; schema:author/schema:name ?a }`,
      ['Rust and Bone | Craig Davidson']],
    ['content ratings per country', `SELECT ?c ?v WHERE { ${FILM} schema:contentRating ?r . ?r schema:ratingValue ?v ; fg:ratingCountry/schema:name ?c }`,
      ['France | Tous publics', 'UK | 15', 'US | R']],
    ['filming period', `SELECT ?s ?e WHERE { ${FILM} fg:filmingStart ?s ; fg:filmingEnd ?e }`,
      ['"2011-10"^^xsd:gYearMonth | "2011-11"^^xsd:gYearMonth']],
    ['releases by country and medium', `SELECT ?c ?m ?d WHERE { ${FILM} schema:releasedEvent ?r . ?r schema:location/schema:name ?c ; fg:medium ?m ; schema:startDate ?d }`,
      ['France | fg:DVD | "2012-11-07"^^xsd:date', 'France | fg:Theatrical | "2012-05-17"^^xsd:date',
       'UK | fg:DVD | "2013-02-25"^^xsd:date', 'UK | fg:Theatrical | "2012-11-02"^^xsd:date',
       'US | fg:DVD | "2013-03-19"^^xsd:date', 'US | fg:Theatrical | "2012-11-16"^^xsd:date']],
    ['characters the synopsis names', `SELECT ?n WHERE { ${FILM} schema:character/schema:name ?n }`, ['Ali', 'Sam', 'Stephanie']],
    ['the director, from the quote attribution', `SELECT ?n WHERE { ${FILM} schema:director/schema:name ?n }`, ['Jacques Audiard']],
    ['cinematographer and composer the Guardian names', `SELECT ?c ?m WHERE { ${FILM} fg:cinematographer/schema:name ?c ; schema:musicBy/schema:name ?m }`,
      ['Stéphane Fontaine | Alexandre Desplat']],
    ['quotes per speaker', `SELECT ?n (COUNT(?q) AS ?k) WHERE { ?q a schema:Quotation ; schema:about ${FILM} ; schema:spokesperson/schema:name ?n } GROUP BY ?n`,
      ['Jacques Audiard | "1"^^xsd:integer', 'Marion Cotillard | "4"^^xsd:integer']],
    ['reviews by publisher', `SELECT ?p WHERE { ?r a schema:Review ; schema:itemReviewed ${FILM} ; schema:publisher/schema:name ?p }`,
      ['Evening Standard', 'HitFix', 'Rope of Silicon', 'The Guardian', 'The Playlist', 'Time Entertainment', 'Variety']],
  ])('%s', async (_what, query, expected) => {
    expect(await rows(query)).toEqual(expected);
  });

  it('says the page leaves filming locations, screenwriters and cast blank', async () => {
    expect(await rows(`SELECT ?p WHERE { GRAPH <graph/page/de-rouille-et-d-os-2012> { ${FILM} fg:notStated ?p } }`)).toEqual([
      'http://schema.org/actor', 'http://schema.org/author', 'http://schema.org/locationCreated',
    ]);
  });

  it('keeps the synopsis paragraphs in order, exactly as on the page', async () => {
    const [row] = await select(`SELECT ?d WHERE { ${FILM} schema:description ?d }`);
    expect(row.d.termType === 'Literal' && row.d.language).toBe('en');
    const paragraphs = row.d.value.split('\n\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toBe('It all begins in the North of France.');
    for (const paragraph of paragraphs) expect(seedPage).toContain(paragraph);
  });

  it('keeps every quote and review text exactly as on the page, in English', async () => {
    const texts = await select(`SELECT ?t WHERE { { ?q schema:about ${FILM} ; schema:text ?t } UNION { ?r schema:itemReviewed ${FILM} ; schema:reviewBody ?t } }`);
    expect(texts).toHaveLength(12);
    for (const { t } of texts) {
      expect(t.termType === 'Literal' && t.language).toBe('en');
      expect(seedPage).toContain(t.value);
    }
    const [guardian] = await select(`SELECT ?t WHERE { ?r schema:publisher/schema:name "The Guardian" ; schema:reviewBody ?t }`);
    expect(guardian.t.value).toMatch(/^What could have been simply bizarre.*like a flood tide\.\.$/s);
  });

  it('has the people the reviews name in their roles', async () => {
    expect(await rows(`SELECT ?n WHERE { ${FILM} schema:actor/schema:actor/schema:name ?n }`)).toEqual(expect.arrayContaining(['Marion Cotillard', 'Matthias Schoenaerts']));
  });

  it('has the 17 award entries of Marion Cotillard with category and organization as written', async () => {
    const entries = await rows(`SELECT ?c ?o WHERE {
      ?n a fg:Nomination ; fg:forWork ${FILM} ; fg:nominee/schema:name "Marion Cotillard" ;
         fg:awardCategory ?c ; fg:awardingOrganization/schema:name ?o }`);
    const onPage = [...seedPage.matchAll(/^ {2}• (.*) from (.*)$/gm)].map(([, c, o]) => `${c} | ${o}`).sort();
    expect(onPage).toHaveLength(17);
    expect(entries).toEqual(onPage);
  });
});

describe('the curated facts, with their sources', () => {
  it('gives each nomination exactly one outcome: 2 won, 11 nominated, 4 not established', async () => {
    expect(await rows(`SELECT ?o (COUNT(DISTINCT ?n) AS ?k) WHERE { ?n fg:forWork ${FILM} ; fg:outcome ?o } GROUP BY ?o`)).toEqual([
      'fg:NominatedNotWon | "11"^^xsd:integer', 'fg:OutcomeNotEstablished | "4"^^xsd:integer', 'fg:Won | "2"^^xsd:integer',
    ]);
    expect(await rows(`SELECT ?o WHERE { ?n fg:outcome fg:Won ; fg:awardingOrganization/schema:name ?o }`)).toEqual([
      'Etoiles d’Or du Cinéma', 'Hollywood Film Festival',
    ]);
    expect(await ask(`ASK { GRAPH <graph/page/de-rouille-et-d-os-2012> { ?n fg:outcome ?o } }`)).toBe(false);
  });

  it('fills the blank screenwriters and cast, with characters as the press kit spells them', async () => {
    expect(await rows(`SELECT ?n WHERE { ${FILM} schema:author/schema:name ?n }`)).toEqual(['Jacques Audiard', 'Thomas Bidegain']);
    expect(await rows(`SELECT ?a ?c WHERE { ${FILM} schema:actor ?r . ?r schema:actor/schema:name ?a ; schema:characterName ?c }`)).toEqual(
      expect.arrayContaining(['Marion Cotillard | Stéphanie', 'Armand Verdure | Sam', 'Corinne Masiero | Anna']),
    );
    expect(await rows(`SELECT DISTINCT ?a WHERE { ${FILM} schema:actor/schema:actor/schema:name ?a }`)).toEqual([
      'Armand Verdure', 'Bouli Lanners', 'Corinne Masiero', 'Céline Sallette', 'Jean-Michel Correia', 'Marion Cotillard', 'Matthias Schoenaerts',
    ]);
  });

  it('answers where a fact comes from', async () => {
    const sources = await rows(`SELECT ?source WHERE { GRAPH ?g { ${FILM} schema:author <person/thomas-bidegain> } ?g prov:wasDerivedFrom ?source }`);
    expect(sources).toContain('https://en.wikipedia.org/wiki/Rust_and_Bone');
    expect(await ask(`ASK { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?g prov:wasDerivedFrom ?src } FILTER NOT EXISTS { ?g a fg:DerivedGraph } FILTER(?g != <https://w3id.org/filmgraph/vocab>) }`)).toBe(false);
  });

  it('keeps what filmgraph derives (title-card images) in a graph marked as derived', async () => {
    expect(await rows(`SELECT ?g ?image WHERE { GRAPH ?g { ${FILM} schema:image ?image } }`)).toEqual([
      'graph/derived | image/film/de-rouille-et-d-os-2012.png',
    ]);
    expect(await ask(`ASK { <graph/derived> a fg:DerivedGraph }`)).toBe(true);
    expect(await ask(`ASK { GRAPH <graph/derived> { ?s ?p ?o FILTER(?p NOT IN (schema:image, rdf:type, prov:wasDerivedFrom, dcterms:title)) } }`)).toBe(false);
  });

  it('counts a triple stated by the page and by a curated source once', async () => {
    const [stating] = await select(`SELECT (COUNT(DISTINCT ?g) AS ?k) WHERE { GRAPH ?g { ${FILM} schema:director <person/jacques-audiard> } }`);
    expect(Number(stating.k.value)).toBeGreaterThanOrEqual(2);
    const [counted] = await select(`SELECT (COUNT(*) AS ?k) WHERE { ${FILM} schema:director <person/jacques-audiard> }`);
    expect(Number(counted.k.value)).toBe(1);
  });

  it('records Marion Cotillard’s verified identifiers and nothing unverified', async () => {
    expect(await rows(`SELECT ?id WHERE { <person/marion-cotillard> schema:sameAs ?id }`)).toEqual([
      'http://www.wikidata.org/entity/Q8927', 'https://www.imdb.com/name/nm0182839/',
    ]);
    const [others] = await select(`SELECT (COUNT(*) AS ?k) WHERE { ?s schema:sameAs ?id FILTER(?s != <person/marion-cotillard>) }`);
    expect(Number(others.k.value)).toBe(0);
  });
});
