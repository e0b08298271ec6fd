// Pages of the other resources: what the resource is, what it belongs to, its properties and the
// links to it.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderResourcePage } from '../../../src/representations/html/index.ts';
import type { MergedStore } from '../../../src/store/MergedStore.ts';
import { BASE, FILM, anchorHrefs, elementById, occurrences, pageInput, realStore, textOf } from '../../helpers/htmlPages.ts';

let store: MergedStore;
beforeAll(async () => {
  store = await realStore();
});
const page = (iri: string, lang: 'en' | 'fr' = 'en') => renderResourcePage(pageInput(store, iri, lang));

describe('the generic page', () => {
  it('shows a review: its text, publisher and film first, then its properties', () => {
    const review = page(`${FILM}/review/the-guardian`);
    expect(review).toContain('<p class="kicker">Review</p>');
    expect(review).toContain('<h1>Review by The Guardian</h1>');
    expect(review).toContain(`Part of <a href="${FILM}">Rust and Bone</a>`);
    expect(review).toContain('<div class="featured"><figure class="card review">');
    expect(review).toContain('wonderfully acted by Marion Cotillard');
    const properties = textOf(elementById(review, 'properties'));
    expect(properties).toBe('Properties Property Value type Review film reviewed Rust and Bone publisher The Guardian');
    expect(page(`${FILM}/review/the-guardian`, 'fr')).toContain('<h1>Critique de The Guardian</h1>');
  });

  it('shows a nomination with its outcome, category, edition, date and what its source leaves blank', () => {
    const nomination = page(`${FILM}/nomination/marion-cotillard-cesar-awards`);
    expect(nomination).toContain('<h1>Best Actress (Meilleure actrice), César Awards</h1>');
    expect(nomination).toContain('<span class="outcome outcome-nominated">nominated</span>');
    const properties = textOf(elementById(nomination, 'properties'));
    for (const row of ['edition 38th César Awards', 'ceremony date 22 February 2013', 'outcome nominated', 'award category Best Actress (Meilleure actrice)', 'awarding organization César Awards', 'nominee Marion Cotillard', 'not stated by the source outcome'])
      expect(properties).toContain(row);
    expect(textOf(elementById(page(`${FILM}/nomination/marion-cotillard-cesar-awards`, 'fr'), 'properties'))).toContain('date de la cérémonie 22 février 2013');
  });

  it('shows a country with the resources linking to it, each with its kind and film', () => {
    const country = page(`${BASE}country/fr`);
    expect(country).toContain('<h1>France</h1>');
    const incoming = elementById(country, 'incoming');
    expect(occurrences(incoming, '<tr><td')).toBe(5);
    expect(textOf(incoming)).toContain('Rust and Bone Film country of origin');
    expect(textOf(incoming)).toContain('UGC Distribution (France) Distribution · Rust and Bone territory');
    expect(anchorHrefs(incoming)).toContain(`${FILM}/release/fr-theatrical`);
  });

  it('shows a graph by its title, with its source', () => {
    const graph = page(`${BASE}graph/curated/de-rouille-et-d-os-2012/wikipedia`);
    expect(graph).toContain('<p class="kicker">Curated graph</p>');
    expect(graph).toContain('<h1>Rust and Bone: credits from English Wikipedia</h1>');
    expect(anchorHrefs(elementById(graph, 'properties'))).toContain('https://en.wikipedia.org/wiki/Rust_and_Bone');
    expect(page(`${BASE}graph/curated/de-rouille-et-d-os-2012/wikipedia`, 'fr')).toContain('<h1><span lang="en">Rust and Bone: credits from English Wikipedia</span></h1>');
  });

  it('shows a character with the film and the cast role that link to it', () => {
    const character = page(`${FILM}/character/stephanie`);
    expect(character).toContain('<h1>Stephanie</h1>');
    expect(character).toContain(`Part of <a href="${FILM}">Rust and Bone</a>`);
    expect(anchorHrefs(elementById(character, 'incoming'))).toContain(`${FILM}/cast/marion-cotillard`);
  });

  it('shows the source a page graph was made from', () => {
    const source = page(`${BASE}source/page/de-rouille-et-d-os-2012`);
    expect(source).toContain('<h1>De rouille et d’os (2012)</h1>');
    expect(source).toContain('<p class="kicker">Web page</p>');
    expect(textOf(elementById(source, 'properties'))).toContain('SHA-256 8f445bf7fd63baece11e249afc2a8208fcec91b03c9f3da7f63a73c313d85e88');
  });
});
