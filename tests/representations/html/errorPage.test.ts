import { describe, expect, it } from 'vitest';
import { renderErrorPage } from '../../../src/representations/html/index.ts';
import { BASE, STYLESHEET_URL, structureProblems } from '../../helpers/htmlPages.ts';

describe('renderErrorPage', () => {
  it('states the status, title and message, with a way home and the search box', () => {
    const page = renderErrorPage({ status: 404, title: 'Not found', message: 'No resource has the IRI <x>.', lang: 'en', stylesheet: STYLESHEET_URL, baseIri: BASE });
    expect(structureProblems(page)).toEqual([]);
    expect(page).toContain('<title>404 — Not found — filmgraph</title>');
    expect(page).toContain('<p class="kicker status">404</p>');
    expect(page).toContain('<h1>Not found</h1>');
    expect(page).toContain('No resource has the IRI &lt;x&gt;.');
    expect(page).toContain(`<a class="button" href="${BASE}" rel="home">Go to the home page</a>`);
    expect(page).toContain(`action="${BASE}search"`);
    expect(page).toContain('<meta name="robots" content="noindex">');
  });

  it('speaks French', () => {
    const page = renderErrorPage({ status: 500, title: 'Erreur', message: 'Réessayez.', lang: 'fr', stylesheet: STYLESHEET_URL, baseIri: BASE });
    expect(page).toMatch(/<html lang="fr"/);
    expect(page).toContain(`<a class="button" href="${BASE}?lang=fr" rel="home">Aller à l’accueil</a>`);
  });
});
