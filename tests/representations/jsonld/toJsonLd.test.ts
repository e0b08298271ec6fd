import { beforeAll, describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { EX, FG, S, generic } from './smallGraph.ts';
import { toJsonLd } from '../../../src/representations/jsonld/toJsonLd.ts';
import { describeResource } from '../../../src/store/describeResource.ts';
import type { MergedStore } from '../../../src/store/MergedStore.ts';
import { BASE, FILM, ORGANIZATION, PERSON, jsonLdTriples, objectsOf, realDataset, tripleSet } from './rdfHelpers.ts';

const { namedNode: iri, quad } = DataFactory;

async function roundTrips(quads: Quad[], mainIri?: string) {
  const document = await toJsonLd(quads, { mainIri, baseIri: BASE });
  expect(await jsonLdTriples(document)).toEqual(tripleSet(quads));
  return document;
}

/** The top-level node objects, main first. */
const nodesOf = (document: Record<string, unknown>) => (document['@graph'] as Record<string, unknown>[] | undefined) ?? [document];

function expectCleanKeys(document: Record<string, unknown>) {
  for (const object of objectsOf(document)) {
    expect(Object.keys(object)).not.toContain('id');
    expect(Object.keys(object)).not.toContain('type');
    const id = object['@id'];
    if (id !== undefined) expect(id).toMatch(/^(https?:\/\/|_:)/);
  }
}

describe('toJsonLd on a small graph', () => {
  it('gives back exactly the same triples (graphs dropped), with or without a main entity', async () => {
    await roundTrips(generic, `${EX}film`);
    await roundTrips(generic);
    // The same triple in two graphs is written once.
    const twice = [...generic, ...generic.map((q) => quad(q.subject, q.predicate, q.object, iri(`${EX}graph/2`)))];
    await roundTrips(twice, `${EX}film`);
  });

  it('puts the main entity on top, embeds what only it points to, and what points to it under "@reverse"', async () => {
    const document = await toJsonLd(generic, { mainIri: `${EX}film`, baseIri: BASE });
    expect(document['@context']).toEqual(['https://schema.org', { fg: FG }]);
    const [main, ...rest] = nodesOf(document);
    expect(main['@id']).toBe(`${EX}film`);
    expect(main['@type']).toEqual(['Movie', 'fg:Film']);
    // Only the film points to character 1, only character 1 to character 2 (which points back to
    // the film); the person is shared by director and author.
    expect(main.character).toEqual({
      '@id': `${EX}character/1`,
      knows: { '@id': `${EX}character/2`, knows: { '@id': `${EX}film` } },
      name: 'C1',
    });
    expect(main.director).toEqual({ '@id': `${EX}person/a` });
    expect(rest.map((n) => n['@id'])).toEqual([`${EX}elsewhere`, `${EX}loop/a`, `${EX}person/a`]);
    const reverse = main['@reverse'] as Record<string, Record<string, unknown>>;
    expect(reverse.itemReviewed['@id']).toBe(`${EX}review/1`);
    expect(reverse.itemReviewed.author).toEqual({ '@id': `${EX}person/b`, name: 'B' });
    expect(reverse.about).toEqual({ '@id': `${EX}quote/1`, mentions: { '@id': `${EX}film` } });
    expectCleanKeys(document);
  });

  it('keeps datatypes, writes xsd:string plainly, and never relativises or prefixes an IRI', async () => {
    const [main] = nodesOf(await toJsonLd(generic, { mainIri: `${EX}film`, baseIri: EX }));
    // "datePublished" coerces plain strings to schema:Date: the xsd:string is a value object.
    expect(main.datePublished).toEqual([{ '@type': 'xsd:gYear', '@value': '2001' }, { '@value': 'circa 2001' }, '2001-05-01']);
    expect(main.dateCreated).toEqual({ '@type': 'xsd:gYearMonth', '@value': '2000-12' });
    expect(main.duration).toEqual({ '@type': 'xsd:duration', '@value': 'PT90M' });
    expect(main.isFamilyFriendly).toEqual({ '@type': 'xsd:boolean', '@value': 'true' });
    expect(main.url).toEqual([`${EX}page`, { '@value': 'not an IRI' }]);
    expect(main.sameAs).toBe(`${FG}Won`);
    expect(main['fg:notStated']).toEqual({ '@id': `${S}actor` });
    expect(main.name).toEqual(['One', { '@language': 'it', '@value': 'Uno' }]);
    expect(main['schema:type']).toBe('a property called type');
    expect(main['schema:id']).toBe('a property called id');
  });

  it('writes "https://schema.org" alone as context when no fg: term is used', async () => {
    const quads = generic.filter((q) => !q.predicate.value.startsWith(FG) && !q.object.value.startsWith(FG));
    const document = await roundTrips(quads, `${EX}film`);
    expect(document['@context']).toBe('https://schema.org');
  });

  it('gives the main entity alone when nothing is known of it', async () => {
    expect(await toJsonLd([], { mainIri: `${EX}nothing`, baseIri: BASE })).toEqual({ '@context': 'https://schema.org', '@id': `${EX}nothing` });
  });
});

describe('toJsonLd on the real data', () => {
  let store: MergedStore;
  beforeAll(async () => {
    store = await realDataset();
  });

  it.each([FILM, PERSON, ORGANIZATION])('round-trips the description of %s', async (resource) => {
    const { quads } = describeResource(store, resource);
    expect(quads.length).toBeGreaterThan(0);
    const document = await roundTrips(quads, resource);
    expect(nodesOf(document)[0]['@id']).toBe(resource);
    expectCleanKeys(document);
  });

  it('gives a film its releases, ratings and cast embedded, and its reviews, quotes and nominations under "@reverse"', async () => {
    const document = await toJsonLd(describeResource(store, FILM).quads, { mainIri: FILM, baseIri: BASE });
    const [film] = nodesOf(document);
    expect(film['@type']).toBe('Movie');
    expect(film.datePublished).toEqual({ '@type': 'xsd:gYear', '@value': '2012' });
    const releases = film.releasedEvent as Record<string, unknown>[];
    expect(releases.map((r) => r['@type'])).toEqual(Array(6).fill('PublicationEvent'));
    expect(releases.find((r) => r['@id'] === `${FILM}/release/fr-theatrical`)?.startDate).toEqual({ '@type': 'xsd:date', '@value': '2012-05-17' });
    expect((film.actor as Record<string, unknown>[]).every((role) => role['@type'] === 'PerformanceRole')).toBe(true);
    const reverse = film['@reverse'] as Record<string, Record<string, unknown>[]>;
    expect(reverse.itemReviewed.every((r) => r['@type'] === 'Review' && !('itemReviewed' in r))).toBe(true);
    expect(reverse.about.every((q) => q['@type'] === 'Quotation')).toBe(true);
    expect(reverse['fg:forWork'].every((n) => n['@type'] === 'fg:Nomination')).toBe(true);
  });
});
