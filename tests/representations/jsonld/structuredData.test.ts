import { beforeAll, describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { structuredDataFor, isSchemaOrgTriple } from '../../../src/representations/jsonld/structuredData.ts';
import { escapeJsonForScript } from '../../../src/representations/jsonld/escapeForScript.ts';
import { describeResource } from '../../../src/store/describeResource.ts';
import type { MergedStore } from '../../../src/store/MergedStore.ts';
import { withTemporalLiteralsPlain } from '../../helpers/temporalLiterals.ts';
import { BASE, FILM, PERSON, jsonLdTriples, mergeTriples, objectsOf, realDataset, tripleKey } from './rdfHelpers.ts';

const { namedNode: iri, literal, quad } = DataFactory;
const S = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

const HOSTILE = '</script><script>alert(1)</script>';
const COMMENT = 'before <!-- inside --> after & \u2028 \u2029 </SCRIPT >';

describe('escapeJsonForScript', () => {
  it('leaves nothing that could end the script element or open a comment, and means the same JSON', () => {
    const json = JSON.stringify({ a: HOSTILE, b: COMMENT });
    const escaped = escapeJsonForScript(json);
    expect(escaped).not.toMatch(/[<>&\u2028\u2029]/);
    expect(escaped).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(escaped)).toEqual({ a: HOSTILE, b: COMMENT });
  });
});

describe('structuredDataFor on a small graph', () => {
  const film = `${BASE}film/x-2000`;
  const quads = [
    quad(iri(film), iri(RDF_TYPE), iri(`${S}Movie`)),
    quad(iri(film), iri(`${S}name`), literal(HOSTILE)),
    quad(iri(film), iri(`${S}description`), literal(COMMENT, 'en')),
    quad(iri(film), iri('https://w3id.org/filmgraph/vocab#notStated'), iri(`${S}actor`)),
  ];

  it('round-trips hostile literals through JSON.parse, with no "</script" or "<!--" in the text', async () => {
    const text = await structuredDataFor(quads, film, BASE);
    expect(text.toLowerCase()).not.toContain('</script');
    expect(text).not.toContain('<!--');
    expect(text).not.toMatch(/[\u2028\u2029]/);
    const data = JSON.parse(text);
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@id': film,
      '@type': 'Movie',
      description: { '@language': 'en', '@value': COMMENT },
      name: HOSTILE,
    });
  });

  it('keeps schema.org terms only', () => {
    expect(quads.map(isSchemaOrgTriple)).toEqual([true, true, true, false]);
    expect(isSchemaOrgTriple(quad(iri(film), iri(RDF_TYPE), iri('https://w3id.org/filmgraph/vocab#Film')))).toBe(false);
    expect(isSchemaOrgTriple(quad(iri(film), iri(`${S}name`), literal('x', iri('https://w3id.org/filmgraph/vocab#Code'))))).toBe(false);
  });
});

describe('structuredDataFor on the real data', () => {
  let store: MergedStore;
  beforeAll(async () => {
    store = await realDataset();
  });

  /** The store's way round of facts the structured data reads from the main entity's side. */
  const storedForm = (key: string) => {
    const match = /^<([^>]+)> <http:\/\/schema\.org\/(review|subjectOf)> <([^>]+)>$/.exec(key);
    if (!match) return key;
    const [, subject, property, object] = match;
    return `<${object}> <${S}${property === 'review' ? 'itemReviewed' : 'about'}> <${subject}>`;
  };

  it('describes the film with schema.org terms only, and states nothing the store does not', async () => {
    const { quads } = describeResource(store, FILM);
    const data = JSON.parse(await structuredDataFor(quads, FILM, BASE));
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@id']).toBe(FILM);
    expect(data['@type']).toBe('Movie');
    for (const object of objectsOf(data)) {
      for (const key of Object.keys(object)) expect(key).not.toMatch(/^(fg:|id$|type$|@reverse$)/);
      for (const type of [object['@type']].flat()) if (typeof type === 'string') expect(type).not.toMatch(/^fg:/);
    }

    // Dates are plain strings in structured data: compared by lexical form.
    const stated = [...(await jsonLdTriples(data))].map(storedForm).map(withTemporalLiteralsPlain);
    const merge = new Set([...mergeTriples(store)].map(withTemporalLiteralsPlain));
    expect(stated.length).toBeGreaterThan(100);
    expect(stated.filter((t) => !merge.has(t))).toEqual([]);
    // And every schema.org fact of the film itself is there.
    const expanded = new Set(stated);
    const own = quads.filter((q) => q.subject.value === FILM && isSchemaOrgTriple(q)).map(tripleKey).map(withTemporalLiteralsPlain);
    expect(own.filter((t) => !expanded.has(t))).toEqual([]);
  });

  it('follows Google’s Movie and Review guidelines as far as the data goes, inventing nothing', async () => {
    const data = JSON.parse(await structuredDataFor(describeResource(store, FILM).quads, FILM, BASE));
    expect(data.name).toEqual([
      { '@language': 'fr', '@value': 'De rouille et d’os' },
      { '@language': 'en', '@value': 'Rust and Bone' },
    ]);
    expect(data.image).toBe(`${BASE}image/film/de-rouille-et-d-os-2012.png`);
    expect(data.datePublished).toBe('2012');
    expect(data.director).toEqual({ '@id': `${BASE}person/jacques-audiard`, '@type': 'Person', name: 'Jacques Audiard' });
    expect(data.actor.length).toBe(7);
    expect(data.review.length).toBe(7);
    for (const review of data.review) {
      expect(review['@type']).toBe('Review');
      expect(review.reviewBody['@language']).toBe('en');
      expect(review.publisher['@type']).toBe('Organization');
      for (const absent of ['itemReviewed', 'author', 'datePublished', 'reviewRating']) expect(review).not.toHaveProperty(absent);
    }
    expect(data.subjectOf.every((q: Record<string, unknown>) => q['@type'] === 'Quotation' && !('about' in q))).toBe(true);
  });

  it('describes a person by what the person is, not by what points to them', async () => {
    const data = JSON.parse(await structuredDataFor(describeResource(store, PERSON).quads, PERSON, BASE));
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@id': PERSON,
      '@type': 'Person',
      award: ['Actress of the Year, Hollywood Film Festival', 'Best Actress (Premier rôle féminin), Etoiles d’Or du Cinéma'],
      image: `${BASE}image/person/marion-cotillard.png`,
      name: 'Marion Cotillard',
      sameAs: ['http://www.wikidata.org/entity/Q8927', 'https://www.imdb.com/name/nm0182839/'],
    });
  });
});
