import { describe, expect, it } from 'vitest';
import { checkBaseIri, paths, slug, UniquePaths, InvalidBaseIriError } from '../../src/vocab/iris.ts';

describe('slug', () => {
  it.each([
    ['De rouille et d’os', 'de-rouille-et-d-os'],
    ['Stéphane Fontaine', 'stephane-fontaine'],
    ['British Academy of Film & Television Arts Awards', 'british-academy-of-film-television-arts-awards'],
    ['  Canal+ ', 'canal'],
    ['Ciné+', 'cine'],
    ['ÉTOILES D’OR', 'etoiles-d-or'],
  ])('%s → %s', (text, expected) => expect(slug(text)).toBe(expected));

  it('refuses text with no letter or digit rather than mint an empty segment', () => {
    expect(() => slug(' — ')).toThrow(/no letter or digit/);
  });
});

describe('paths', () => {
  it('names one person with one path whichever page names them', () => {
    expect(paths.person('Marion Cotillard')).toBe(paths.person('Marion  Cotillard'));
    expect(paths.nomination(paths.film('De rouille et d’os', 2012), 'Marion Cotillard', 'César Awards')).toBe(
      'film/de-rouille-et-d-os-2012/nomination/marion-cotillard-cesar-awards',
    );
    expect(paths.pageGraph('film/de-rouille-et-d-os-2012')).toBe('graph/page/de-rouille-et-d-os-2012');
  });

  it('gives a second thing of the same name a numbered path', () => {
    const unique = new UniquePaths();
    expect([unique.take('a'), unique.take('b'), unique.take('a'), unique.take('a')]).toEqual(['a', 'b', 'a-2', 'a-3']);
  });
});

describe('checkBaseIri', () => {
  it('accepts absolute http(s) IRIs ending in a slash', () => {
    expect(checkBaseIri('https://films.example.org/catalogue/')).toBe('https://films.example.org/catalogue/');
  });
  it.each([
    ['films.example.org/', /not an absolute IRI/],
    ['ftp://films.example.org/', /must use http or https/],
    ['http://films.example.org/?x=1', /query or fragment/],
    ['http://films.example.org', /must end with "\/"/],
  ])('refuses %s', (base, message) => {
    expect(() => checkBaseIri(base)).toThrow(InvalidBaseIriError);
    expect(() => checkBaseIri(base)).toThrow(message);
  });
});
