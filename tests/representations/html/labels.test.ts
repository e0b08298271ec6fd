import { beforeAll, describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { Facts } from '../../../src/representations/html/facts.ts';
import { fallbackLabel, labelOf, pickByLanguage } from '../../../src/representations/html/labels.ts';
import type { MergedStore } from '../../../src/store/MergedStore.ts';
import { BASE, FILM, describe as describeIri, realStore } from '../../helpers/htmlPages.ts';

const { literal } = DataFactory;
let store: MergedStore;
beforeAll(async () => {
  store = await realStore();
});

describe('labels', () => {
  it('pick the page language, else untagged, else any', () => {
    const fr = literal('De rouille et d’os', 'fr');
    const en = literal('Rust and Bone', 'en');
    const plain = literal('RnB');
    expect(pickByLanguage([fr, en, plain], 'en')).toBe(en);
    expect(pickByLanguage([fr, en, plain], 'fr')).toBe(fr);
    expect(pickByLanguage([fr, plain], 'en')).toBe(plain);
    expect(pickByLanguage([fr], 'en')).toBe(fr);
    expect(pickByLanguage([literal('Colour', 'en-GB')], 'en')?.value).toBe('Colour');
  });

  it('name films by language and compose labels for what has no name of its own', () => {
    const facts = new Facts(describeIri(store, FILM));
    expect(labelOf(facts, FILM, 'en')).toEqual({ text: 'Rust and Bone', lang: 'en' });
    expect(labelOf(facts, FILM, 'fr')).toEqual({ text: 'De rouille et d’os', lang: 'fr' });
    expect(labelOf(facts, `${FILM}/review/variety`, 'en').text).toBe('Review by Variety');
    expect(labelOf(facts, `${FILM}/release/fr-theatrical`, 'en').text).toBe('France, Theatrical, 17 May 2012');
    expect(labelOf(facts, `${FILM}/release/fr-theatrical`, 'fr').text).toBe('France, En salles, 17 mai 2012');
    expect(labelOf(facts, `${FILM}/rating/us`, 'en').text).toBe('R (US)');
    expect(labelOf(facts, `${FILM}/cast/marion-cotillard`, 'en').text).toBe('Marion Cotillard as Stéphanie');
    expect(labelOf(facts, `${FILM}/distribution/gb`, 'en').text).toBe('StudioCanal (UK)');
    expect(labelOf(facts, `${FILM}/nomination/marion-cotillard-golden-globes`, 'en').text).toBe('Best Performance by an Actress in a Motion Picture - Drama, Golden Globes');
    expect(labelOf(facts, `${FILM}/quote/jacques-audiard-1`, 'en').text).toBe('“I can’t imagine who else could have played Stéphanie, just…” (Jacques Audiard)');
    expect(labelOf(facts, 'https://w3id.org/filmgraph/vocab#Won', 'fr').text).toBe('prix remporté');
  });

  it('fall back to the IRI, readably', () => {
    expect(fallbackLabel(`${BASE}person/jean-michel-correia`)).toBe('Jean michel correia');
    expect(fallbackLabel(`${BASE}country/fr`)).toBe('FR');
    expect(fallbackLabel(`${BASE}graph/curated/x/wikipedia`)).toBe('graph/curated/x/wikipedia');
    expect(fallbackLabel('https://w3id.org/filmgraph/vocab#Won')).toBe('Won');
    expect(fallbackLabel('http://example.org/')).toBe('http://example.org/');
  });
});
