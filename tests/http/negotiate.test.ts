// Content negotiation is a pure function: real Accept strings of browsers, crawlers and RDF
// clients, in, the format out.
import { describe, expect, it } from 'vitest';
import { negotiate, negotiateLanguage } from '../../src/http/negotiate.ts';
import { RDF_FORMATS } from '../../src/representations/formats.ts';

const ext = (accept: string | undefined, format?: string) => {
  const result = negotiate(accept, format);
  return result.ok ? result.format.ext : result.status;
};

describe('negotiate', () => {
  it.each([
    ['Chrome', 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7', 'html'],
    ['Firefox', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'html'],
    ['Safari', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'html'],
    ['Googlebot', 'text/html,application/xhtml+xml,application/xml;q=0.9,image/webp,*/*;q=0.8', 'html'],
    ['no Accept at all (some crawlers)', undefined, 'html'],
    ['curl 7.88 without -H', '*/*', 'html'],
    ['curl -H "Accept: text/turtle"', 'text/turtle', 'ttl'],
    ['curl -H "Accept: application/ld+json"', 'application/ld+json', 'jsonld'],
    ['curl -H "Accept: application/n-triples"', 'application/n-triples', 'nt'],
    ['curl -H "Accept: application/n-quads"', 'application/n-quads', 'nq'],
    ['curl -H "Accept: application/trig"', 'application/trig', 'trig'],
    ['curl -H "Accept: application/rdf+xml"', 'application/rdf+xml', 'rdf'],
    // Captured from the real tools on this machine (a listener printing the Accept header).
    ['rapper 2.0.15 -g (guess parser)', 'application/rdf+xml, text/rdf;q=0.6, application/n-triples, text/plain;q=0.1, text/turtle, application/x-turtle, application/turtle, text/n3;q=0.3, text/rdf+n3;q=0.3, application/rdf+n3;q=0.3, application/x-trig, application/rss;q=0.8, application/rss+xml;q=0.8, text/rss;q=0.8, application/xml;q=0.3, text/xml;q=0.3, application/atom+xml;q=0.3, text/html;q=0.2, application/xhtml+xml;q=0.4, text/html;q=0.6, application/xhtml+xml;q=0.8, application/json;q=0.1, text/json;q=0.1, text/x-nquads, */*;q=0.1', 'rdf'],
    ['rapper 2.0.15 -i turtle', 'text/turtle, application/x-turtle, application/turtle, text/n3;q=0.3, text/rdf+n3;q=0.3, application/rdf+n3;q=0.3, */*;q=0.1', 'ttl'],
    ['rdflib 6.1.1', 'application/rdf+xml,text/rdf+n3;q=0.9,application/xhtml+xml;q=0.5, */*;q=0.1', 'rdf'],
    ['Comunica 5.4 (query-sparql)', 'application/n-quads,application/trig;q=0.95,application/ld+json;q=0.9,application/n-triples;q=0.8,text/turtle;q=0.6,application/rdf+xml;q=0.5,text/n3;q=0.35,application/xml;q=0.3,image/svg+xml;q=0.3,text/xml;q=0.3,text/html;q=0.2,application/xhtml+xml;q=0.18,application/json;q=0.135,text/shaclc;q=0.1,text/shaclc-ext;q=0.05', 'nq'],
    ['q-values pick the highest', 'text/html;q=0.5, text/turtle;q=0.9', 'ttl'],
    ['an alias media type', 'application/x-turtle', 'ttl'],
  ])('%s', (_who, accept, expected) => expect(ext(accept)).toBe(expected));

  it('lets ?format= win over Accept, by extension or long name', () => {
    expect(ext('text/html', 'ttl')).toBe('ttl');
    expect(ext('text/turtle', 'jsonld')).toBe('jsonld');
    expect(ext(undefined, 'turtle')).toBe('ttl');
    expect(ext(undefined, 'HTML')).toBe('html');
  });

  it('answers 406 listing the supported types when nothing matches, and 400 for an unknown ?format=', () => {
    const none = negotiate('image/png, application/pdf;q=0.5', undefined);
    expect(none).toMatchObject({ ok: false, status: 406 });
    expect(!none.ok && none.message).toMatch(/supported: text\/html, text\/turtle, application\/ld\+json/);
    const bad = negotiate(undefined, 'docx');
    expect(bad).toMatchObject({ ok: false, status: 400 });
    expect(!bad.ok && bad.message).toMatch(/unknown format "docx": use one of html, ttl, jsonld, nt, nq, trig, rdf/);
  });

  it('offers only what a route has: the VoID description has no HTML, so */* gets Turtle', () => {
    const result = negotiate('*/*', undefined, RDF_FORMATS);
    expect(result.ok && result.format.ext).toBe('ttl');
    expect(negotiate('text/html', undefined, RDF_FORMATS)).toMatchObject({ ok: false, status: 406 });
  });
});

describe('negotiateLanguage', () => {
  it('takes ?lang= first, then Accept-Language, then English', () => {
    expect(negotiateLanguage('fr', 'en-GB,en;q=0.9')).toBe('fr');
    expect(negotiateLanguage(undefined, 'fr-FR,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(negotiateLanguage(undefined, 'de-DE,de;q=0.9')).toBe('en');
    expect(negotiateLanguage(undefined, undefined)).toBe('en');
    expect(negotiateLanguage('xx', 'fr')).toBe('fr');
  });
});
