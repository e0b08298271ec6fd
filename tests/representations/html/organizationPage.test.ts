// An organization's page from the real data: reviews published, nominations awarded, films
// produced and distributed.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderResourcePage } from '../../../src/representations/html/index.ts';
import type { MergedStore } from '../../../src/store/MergedStore.ts';
import { BASE, FILM, anchorHrefs, elementById, pageInput, realStore, structureProblems } from '../../helpers/htmlPages.ts';

let store: MergedStore;
beforeAll(async () => {
  store = await realStore();
});
const page = (path: string, lang: 'en' | 'fr' = 'en') => renderResourcePage(pageInput(store, `${BASE}organization/${path}`, lang));

describe('the organization page', () => {
  it('lists the reviews it published, each linked', () => {
    const guardian = page('the-guardian');
    expect(guardian).toContain('<h1>The Guardian</h1>');
    expect(anchorHrefs(elementById(guardian, 'reviews'))).toEqual([FILM, `${FILM}/review/the-guardian`]);
    expect(structureProblems(guardian)).toEqual([]);
    expect(page('the-guardian', 'fr')).toContain('<h2 id="reviews-h">Critiques publiées</h2>');
  });

  it('lists the nominations it awarded', () => {
    const cesar = page('cesar-awards');
    expect(anchorHrefs(elementById(cesar, 'awards'))).toContain(`${FILM}/nomination/marion-cotillard-cesar-awards`);
  });

  it('lists the films it produced and distributed', () => {
    expect(anchorHrefs(elementById(page('les-films-du-fleuve'), 'produced'))).toEqual([FILM]);
    expect(elementById(page('les-films-du-fleuve'), 'produced')).toContain(`<a href="${FILM}">Rust and Bone</a>`);
    expect(anchorHrefs(elementById(page('ugc-distribution'), 'distributed'))).toEqual([FILM, `${BASE}country/fr`]);
  });
});
