import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { serializeJsonLd } from '../../../src/representations/jsonld/serializeJsonLd.ts';
import { toJsonLd } from '../../../src/representations/jsonld/toJsonLd.ts';

const { namedNode: iri, literal, quad } = DataFactory;
const film = 'http://localhost:3000/film/x-2000';
const quads = [
  quad(iri(film), iri('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), iri('http://schema.org/Movie')),
  quad(iri(film), iri('http://schema.org/name'), literal('X', 'en')),
];

describe('serializeJsonLd', () => {
  it('writes toJsonLd’s document, indented by two spaces, with a final newline', async () => {
    const text = await serializeJsonLd(quads, { mainIri: film, baseIri: 'http://localhost:3000/' });
    expect(text).toBe(`${JSON.stringify(await toJsonLd(quads, { mainIri: film }), null, 2)}\n`);
    expect(text.split('\n')[1]).toBe('  "@context": "https://schema.org",');
  });

  it('needs no options (dumps: no main entity)', async () => {
    expect(JSON.parse(await serializeJsonLd(quads))).toEqual({
      '@context': 'https://schema.org',
      '@id': film,
      '@type': 'Movie',
      name: { '@language': 'en', '@value': 'X' },
    });
  });
});
