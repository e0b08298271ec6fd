import { describe, expect, it } from 'vitest';
import { renderSearchPage, type SearchPageInput } from '../../../src/representations/html/index.ts';
import { BASE, STYLESHEET_URL, occurrences, structureProblems, textOf } from '../../helpers/htmlPages.ts';

const input = (lang: 'en' | 'fr', query: string, results: SearchPageInput['results']): SearchPageInput => ({
  baseIri: BASE, lang, query, results, stylesheet: STYLESHEET_URL,
  languageLinks: [{ lang: 'en', href: `${BASE}search?q=x` }, { lang: 'fr', href: `${BASE}search?q=x&lang=fr` }],
});
const results = [
  { href: `${BASE}person/marion-cotillard`, label: 'Marion Cotillard', kind: 'person', snippet: 'actor' },
  { href: `${BASE}film/de-rouille-et-d-os-2012`, label: 'Rust and Bone', kind: 'film' },
];

describe('renderSearchPage', () => {
  it('shows the query, the number of results and each with its kind and snippet', () => {
    const page = renderSearchPage(input('en', 'cotillard', results));
    expect(structureProblems(page)).toEqual([]);
    expect(page).toContain('<h1>Results for “cotillard”</h1>');
    expect(page).toContain('<p class="summary">2 results</p>');
    expect(textOf(page)).toContain('Person Marion Cotillard actor');
    expect(page).toMatch(/<input type="search" id="q" name="q" value="cotillard"/);
    expect(page).toContain('<meta name="robots" content="noindex, follow">');
  });

  it('escapes the query everywhere it appears', () => {
    const page = renderSearchPage(input('en', '"><script>alert(1)</script>', []));
    expect(occurrences(page, '<script')).toBe(0);
    expect(page).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(page).toContain('Nothing matches “&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;”');
  });

  it('in French, names kinds and counts in French, and asks for a query when there is none', () => {
    const page = renderSearchPage(input('fr', 'cotillard', results.slice(0, 1)));
    expect(page).toContain('<h1>Résultats pour « cotillard »</h1>');
    expect(page).toContain('<p class="summary">1 résultat</p>');
    expect(page).toContain('<span class="badge">Personne</span>');
    expect(renderSearchPage(input('fr', '  ', []))).toContain('Saisissez le nom d’un film, d’une personne ou d’une organisation.');
  });
});
