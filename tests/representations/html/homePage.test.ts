import { describe, expect, it } from 'vitest';
import { renderHomePage, type HomePageInput } from '../../../src/representations/html/index.ts';
import { BASE, STYLESHEET_URL, anchorHrefs, elementById, structureProblems, textOf } from '../../helpers/htmlPages.ts';

const input = (lang: 'en' | 'fr', overrides: Partial<HomePageInput> = {}): HomePageInput => ({
  baseIri: BASE,
  lang,
  stylesheet: STYLESHEET_URL,
  languageLinks: [{ lang: 'en', href: BASE }, { lang: 'fr', href: `${BASE}?lang=fr` }],
  alternates: [{ href: `${BASE}dump.trig`, mediaType: 'application/trig', label: 'TriG' }],
  sections: [
    { kind: 'films', items: [{ href: `${BASE}film/de-rouille-et-d-os-2012`, label: 'Rust and Bone', detail: '2012' }], total: 1 },
    { kind: 'people', items: [{ href: `${BASE}person/a`, label: '<img src=x onerror=alert(1)>' }, { href: `${BASE}person/b`, label: 'B' }], total: 12, nextHref: `${BASE}?people=2`, prevHref: `${BASE}?people=0` },
    { kind: 'awards', items: [], total: 0 },
  ],
  ...overrides,
});

describe('renderHomePage', () => {
  it('lists each kind with its count, a page of items, and links to the next and previous pages', () => {
    const page = renderHomePage(input('en'));
    expect(structureProblems(page)).toEqual([]);
    expect(page).toContain('<title>filmgraph</title>');
    expect(textOf(elementById(page, 'home-films'))).toBe('Films 1 Rust and Bone 2012');
    const people = elementById(page, 'home-people');
    expect(textOf(people)).toContain('People 2 of 12');
    expect(people).toContain(`<a href="${BASE}?people=2" rel="next">Next →</a>`);
    expect(people).toContain(`<a href="${BASE}?people=0" rel="prev">← Previous</a>`);
    expect(people).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toContain('<img');
    expect(textOf(elementById(page, 'home-awards'))).toBe('Awards 0 Nothing here yet.');
    expect(anchorHrefs(page)).toContain(`${BASE}dump.trig`);
  });

  it('speaks French, with the search box keeping the language', () => {
    const page = renderHomePage(input('fr', { query: 'rouille' }));
    expect(page).toMatch(/<html lang="fr"/);
    expect(page).toContain('<h1>Des films en données liées</h1>');
    expect(textOf(elementById(page, 'home-people'))).toContain('Personnes 2 sur 12');
    expect(page).toContain('<input type="hidden" name="lang" value="fr">');
    expect(page).toMatch(/<input type="search" id="q" name="q" value="rouille"/);
    expect(page).toContain(`<link rel="canonical" href="${BASE}?lang=fr">`);
    expect(page).toContain('<link rel="alternate" hreflang="en" href="http://localhost:3000/">');
  });
});
