// Every resource page: the head (title, description, canonical, alternates in other formats and
// languages, Open Graph, Twitter card, structured data), escaping of whatever the data holds, and
// links that always lead to a resource the store describes.
import { beforeAll, describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { renderResourcePage } from '../../../src/representations/html/index.ts';
import type { MergedStore } from '../../../src/store/MergedStore.ts';
import { BASE, FILM, STYLESHEET_URL, anchorHrefs, describe as describeIri, occurrences, pageInput, realStore, structureProblems } from '../../helpers/htmlPages.ts';

const { namedNode, literal, quad } = DataFactory;
const SCHEMA = 'http://schema.org/';
const PAGE_GRAPH = namedNode(`${BASE}graph/page/de-rouille-et-d-os-2012`);

let store: MergedStore;
beforeAll(async () => {
  store = await realStore();
});

const PAGES = [
  'film/de-rouille-et-d-os-2012',
  'person/marion-cotillard',
  'person/craig-davidson',
  'organization/the-guardian',
  'organization/ugc-distribution',
  'country/fr',
  'work/rust-and-bone-by-craig-davidson',
  'film/de-rouille-et-d-os-2012/review/the-guardian',
  'film/de-rouille-et-d-os-2012/quote/marion-cotillard-1',
  'film/de-rouille-et-d-os-2012/nomination/marion-cotillard-cesar-awards',
  'film/de-rouille-et-d-os-2012/release/fr-theatrical',
  'film/de-rouille-et-d-os-2012/rating/fr',
  'film/de-rouille-et-d-os-2012/cast/marion-cotillard',
  'film/de-rouille-et-d-os-2012/character/stephanie',
  'film/de-rouille-et-d-os-2012/distribution/us',
  'graph/page/de-rouille-et-d-os-2012',
  'graph/curated/de-rouille-et-d-os-2012/wikipedia',
  'source/page/de-rouille-et-d-os-2012',
];

describe('renderResourcePage', () => {
  it('writes the head every page needs', () => {
    const page = renderResourcePage(pageInput(store, FILM, 'en', { cardImage: `${BASE}image/film/x.png` }));
    expect(page.startsWith('<!doctype html>\n<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">')).toBe(true);
    expect(page).toContain('<title>Rust and Bone (2012) — filmgraph</title>');
    expect(page).toContain('<meta name="description" content="Rust and Bone (2012), a film by Jacques Audiard: cast and crew, releases, reviews, quotes and awards.">');
    expect(page).toContain(`<link rel="canonical" href="${FILM}">`);
    expect(page).toContain(`<link rel="stylesheet" href="${STYLESHEET_URL}">`);
    expect(page).toContain('<meta property="og:title" content="Rust and Bone (2012)">');
    expect(page).toContain('<meta property="og:type" content="video.movie">');
    expect(page).toContain(`<meta property="og:url" content="${FILM}">`);
    expect(page).toContain(`<meta property="og:image" content="${BASE}image/film/x.png">`);
    expect(page).toContain('<meta property="og:locale" content="en_GB">');
    expect(page).toContain('<meta property="og:locale:alternate" content="fr_FR">');
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(page).toContain(`<meta name="twitter:image" content="${BASE}image/film/x.png">`);
  });

  it('without a title card, makes a summary card and names no image', () => {
    const page = renderResourcePage(pageInput(store, `${BASE}country/fr`, 'en'));
    expect(page).toContain('<meta name="twitter:card" content="summary">');
    expect(page).not.toContain('og:image');
    expect(page).toContain('<meta property="og:type" content="website">');
  });

  it('links the page in the other formats, in the head and in a visible "Download as" list', () => {
    const page = renderResourcePage(pageInput(store, FILM, 'en'));
    expect(page).toContain(`<link rel="alternate" type="text/turtle" href="${FILM}?format=ttl" title="Turtle">`);
    expect(page).toContain(`<link rel="alternate" type="application/ld+json" href="${FILM}?format=jsonld" title="JSON-LD">`);
    expect(page).toMatch(/<h2 id="downloads-h">Download as<\/h2>/);
    expect(page).toContain(`<a href="${FILM}?format=trig" type="application/trig" rel="alternate">TriG</a>`);
  });

  it('links the page in each language both ways, with x-default, and shows a language switch', () => {
    const en = renderResourcePage(pageInput(store, FILM, 'en'));
    const fr = renderResourcePage(pageInput(store, FILM, 'fr'));
    for (const page of [en, fr]) {
      expect(page).toContain(`<link rel="alternate" hreflang="en" href="${FILM}">`);
      expect(page).toContain(`<link rel="alternate" hreflang="fr" href="${FILM}?lang=fr">`);
      expect(page).toContain(`<link rel="alternate" hreflang="x-default" href="${FILM}">`);
    }
    expect(en).toContain(`<a href="${FILM}?lang=fr" hreflang="fr" lang="fr" rel="alternate" title="Français">FR</a>`);
    expect(en).toContain('<span aria-current="page" lang="en" title="English">EN</span>');
    expect(fr).toContain(`<a href="${FILM}" hreflang="en" lang="en" rel="alternate" title="English">EN</a>`);
    expect(fr).toContain('<span aria-current="page" lang="fr" title="Français">FR</span>');
  });

  it('embeds the structured data verbatim, exactly once, in a JSON-LD script', () => {
    const structuredData = '{"@context":"https://schema.org","@type":"Movie","name":"a \\u003c/script\\u003e b & c","x":"<!--"}';
    const page = renderResourcePage(pageInput(store, FILM, 'en', { structuredData }));
    expect(occurrences(page, structuredData)).toBe(1);
    expect(page).toContain(`<script type="application/ld+json">${structuredData}</script>`);
    expect(occurrences(page, '<script')).toBe(1);
  });

  it('has a search box in the header: GET to /search with q, and lang when French', () => {
    const en = renderResourcePage(pageInput(store, FILM, 'en'));
    const fr = renderResourcePage(pageInput(store, FILM, 'fr'));
    expect(en).toContain(`<form class="search" role="search" action="${BASE}search" method="get">`);
    expect(en).toMatch(/<input type="search" id="q" name="q" value=""/);
    expect(en).not.toContain('name="lang"');
    expect(fr).toContain('<input type="hidden" name="lang" value="fr">');
    expect(en.indexOf('role="search"')).toBeLessThan(en.indexOf('<main'));
  });

  it('escapes whatever the data holds: a script or an image in a name, quotes in an attribute', () => {
    const hostileTitle = '</script><script>alert(1)</script>';
    const hostilePerson = '<img src=x onerror=alert(1)>';
    const quads = describeIri(store, FILM)
      .filter((q) => !(q.subject.value === FILM && q.predicate.value === `${SCHEMA}name` && q.object.termType === 'Literal' && q.object.language === 'en'))
      .filter((q) => !(q.subject.value === `${BASE}person/marion-cotillard` && q.predicate.value === `${SCHEMA}name`))
      .concat([
        quad(namedNode(FILM), namedNode(`${SCHEMA}name`), literal(hostileTitle, 'en'), PAGE_GRAPH),
        quad(namedNode(`${BASE}person/marion-cotillard`), namedNode(`${SCHEMA}name`), literal(hostilePerson), PAGE_GRAPH),
        quad(namedNode(`${FILM}/cast/celine-sallette`), namedNode(`${SCHEMA}characterName`), literal('"><svg onload=alert(1)>'), PAGE_GRAPH),
      ]);
    const page = renderResourcePage(pageInput(store, FILM, 'en', { quads }));
    expect(page).not.toContain('<script>alert(1)');
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('<svg onload');
    expect(occurrences(page, '<script')).toBe(1);
    expect(page).toContain('<h1>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(page).toContain('<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; (2012) — filmgraph</title>');
    expect(page).toContain('<meta property="og:title" content="&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; (2012)">');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;</a>');
    expect(page).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
    expect(structureProblems(page)).toEqual([]);
  });

  it('never makes a link of an IRI that is not http(s)', () => {
    const person = `${BASE}person/marion-cotillard`;
    const quads = [
      ...describeIri(store, person),
      quad(namedNode(person), namedNode(`${SCHEMA}sameAs`), namedNode('javascript:alert(1)'), PAGE_GRAPH),
      quad(namedNode(person), namedNode(`${SCHEMA}url`), namedNode('data:text/html,<script>alert(1)</script>'), PAGE_GRAPH),
    ];
    const page = renderResourcePage(pageInput(store, person, 'en', { quads }));
    expect(page).not.toMatch(/href="\s*javascript:/i);
    expect(page).not.toMatch(/href="\s*data:text/i);
    expect(page).toContain('javascript:alert(1)');
    expect(page).not.toContain('<script>alert(1)');
  });

  it('loads nothing from another host: no src attribute, one local stylesheet', () => {
    for (const path of PAGES) {
      const page = renderResourcePage(pageInput(store, BASE + path, 'en'));
      expect(page).not.toMatch(/\ssrc=/);
      expect(occurrences(page, 'rel="stylesheet"')).toBe(1);
      expect(page).not.toMatch(/@import|url\(/);
    }
  });

  it('gives every IRI a well-formed page whose links under the base lead to resources the store describes', () => {
    const known = new Map<string, boolean>();
    const isKnown = (iri: string) => {
      if (!known.has(iri)) known.set(iri, describeIri(store, iri).length > 0);
      return known.get(iri)!;
    };
    for (const path of PAGES)
      for (const lang of ['en', 'fr'] as const) {
        const page = renderResourcePage(pageInput(store, BASE + path, lang));
        expect(structureProblems(page), `${path} ${lang}`).toEqual([]);
        expect(page, path).toMatch(/<h1[^>]*>(?:<span lang="en">)?[^<]+/);
        for (const href of anchorHrefs(page).filter((h) => h.startsWith(BASE))) {
          const iri = href.replace(/[?#].*$/, '');
          if (iri === BASE || iri === `${BASE}search`) continue;
          expect(isKnown(iri), `${path} (${lang}) links ${href}`).toBe(true);
        }
      }
  });

  it('picks the renderer by type: film, person, organization, anything else', () => {
    const kind = (path: string) => /<body class="page-([a-z]+)">/.exec(renderResourcePage(pageInput(store, BASE + path, 'en')))![1];
    expect(kind('film/de-rouille-et-d-os-2012')).toBe('film');
    expect(kind('person/jacques-audiard')).toBe('person');
    expect(kind('organization/cesar-awards')).toBe('organization');
    expect(kind('country/be')).toBe('resource');
    expect(kind('graph/page/de-rouille-et-d-os-2012')).toBe('resource');
  });

  it('renders an IRI the store knows nothing of as an empty generic page', () => {
    const page = renderResourcePage(pageInput(store, `${BASE}film/nothing-here`, 'en'));
    expect(page).toContain('Nothing is known about this resource.');
    expect(page).toContain('<h1>Nothing here</h1>');
    expect(structureProblems(page)).toEqual([]);
  });
});
