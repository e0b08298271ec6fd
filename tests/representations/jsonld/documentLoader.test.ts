import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentRefusedError, documentLoader } from '../../../src/representations/jsonld/documentLoader.ts';
import { expandOffline } from './rdfHelpers.ts';

const S = 'http://schema.org/';

const movie = (context: unknown) => ({
  '@context': context,
  '@id': 'http://localhost:3000/film/x-2000',
  type: 'Movie',
  name: 'X',
  datePublished: '2000-01-01',
  director: { id: 'http://localhost:3000/person/y', '@type': 'Person', name: 'Y' },
  url: 'http://localhost:3000/film/x-2000',
});

describe('documentLoader', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    'https://schema.org',
    'https://schema.org/',
    'http://schema.org',
    'http://schema.org/',
    'https://schema.org/docs/jsonldcontext.json',
    'https://schema.org/docs/jsonldcontext.jsonld',
  ])('answers %s from the local copy, so a document using it expands offline', async (url) => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network in tests'));
    const [expanded] = (await expandOffline(movie(url))) as Record<string, unknown>[];
    expect(expanded['@type']).toEqual([`${S}Movie`]);
    expect(expanded[`${S}name`]).toEqual([{ '@value': 'X' }]);
    // schema.org's context: Date-ranged properties are schema:Date, URL-ranged ones IRIs.
    expect(expanded[`${S}datePublished`]).toEqual([{ '@value': '2000-01-01', '@type': `${S}Date` }]);
    expect(expanded[`${S}url`]).toEqual([{ '@id': 'http://localhost:3000/film/x-2000' }]);
    expect(expanded[`${S}director`]).toEqual([
      { '@id': 'http://localhost:3000/person/y', '@type': [`${S}Person`], [`${S}name`]: [{ '@value': 'Y' }] },
    ]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('refuses any other URL, saying why, without touching the network', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    for (const url of ['https://example.org/context.jsonld', 'https://schema.org/Movie', 'https://schema.org.evil.example/', 'file:///etc/passwd'])
      await expect(documentLoader(url)).rejects.toThrow(DocumentRefusedError);
    await expect(documentLoader('https://example.org/context.jsonld')).rejects.toThrow(/never fetches.*example\.org\/context\.jsonld/);
    const error = await expandOffline({ '@context': 'https://example.org/context.jsonld', name: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as { details?: { cause?: unknown } }).details?.cause).toBeInstanceOf(DocumentRefusedError);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('gives each caller its own copy of the context', async () => {
    const a = (await documentLoader('https://schema.org')).document as Record<string, Record<string, unknown>>;
    a['@context'].name = 'changed';
    const b = (await documentLoader('https://schema.org')).document as Record<string, Record<string, unknown>>;
    expect(b['@context'].name).toEqual({ '@id': 'schema:name' });
  });
});
