import { describe, expect, it } from 'vitest';
import { hrefFor, siteHref, withLang } from '../../../src/representations/html/links.ts';

const BASE = 'http://localhost:3000/';

describe('links', () => {
  it('keep the French page French under the base, and leave other hosts alone', () => {
    expect(hrefFor(`${BASE}person/x`, BASE, 'en')).toBe(`${BASE}person/x`);
    expect(hrefFor(`${BASE}person/x`, BASE, 'fr')).toBe(`${BASE}person/x?lang=fr`);
    expect(hrefFor('https://www.wikidata.org/entity/Q1', BASE, 'fr')).toBe('https://www.wikidata.org/entity/Q1');
    expect(withLang(`${BASE}x?format=ttl#top`, 'fr')).toBe(`${BASE}x?format=ttl&lang=fr#top`);
    expect(siteHref(BASE, 'search', 'fr')).toBe(`${BASE}search?lang=fr`);
    expect(siteHref(BASE, '', 'en')).toBe(BASE);
  });

  it('never link anything but http(s) and mailto', () => {
    for (const iri of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', 'urn:isbn:1', 'http://x/\u0000y'])
      expect(hrefFor(iri, BASE, 'en'), iri).toBeUndefined();
    expect(hrefFor('mailto:a@example.org', BASE, 'en')).toBe('mailto:a@example.org');
  });
});
