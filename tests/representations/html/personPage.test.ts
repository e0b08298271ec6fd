// A person's page from the real data: identifiers, roles in films found through the links to the
// person, works, quotes, nominations and awards.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderResourcePage } from '../../../src/representations/html/index.ts';
import type { MergedStore } from '../../../src/store/MergedStore.ts';
import { BASE, FILM, anchorHrefs, describe as describeIri, elementById, occurrences, pageInput, realStore, structureProblems, textOf } from '../../helpers/htmlPages.ts';

const MARION = `${BASE}person/marion-cotillard`;
let store: MergedStore;
beforeAll(async () => {
  store = await realStore();
});

/** The description plus those of the resources linking to the person (roles, quotes, nominations). */
function withLinkingResources(iri: string) {
  const quads = describeIri(store, iri);
  const linking = new Set(quads.filter((q) => q.object.value === iri && q.subject.termType === 'NamedNode').map((q) => q.subject.value));
  return [...quads, ...[...linking].flatMap((s) => describeIri(store, s))];
}

describe('the person page', () => {
  it('names the person and links their identifiers', () => {
    const page = renderResourcePage(pageInput(store, MARION, 'en'));
    expect(page).toContain('<h1>Marion Cotillard</h1>');
    expect(page).toContain('<meta property="og:type" content="profile">');
    const glance = elementById(page, 'glance');
    expect(glance).toContain('<a href="http://www.wikidata.org/entity/Q8927" class="external">Wikidata Q8927</a>');
    expect(glance).toContain('<a href="https://www.imdb.com/name/nm0182839/" class="external">IMDb nm0182839</a>');
    expect(textOf(glance)).toContain('Awards received Best Actress (Premier rôle féminin), Etoiles d’Or du Cinéma Actress of the Year, Hollywood Film Festival');
  });

  it('finds the films through the links to the person: an actor through a cast role', () => {
    const page = renderResourcePage(pageInput(store, MARION, 'en'));
    const films = elementById(page, 'filmography');
    expect(anchorHrefs(films)).toEqual([FILM, `${FILM}/cast/marion-cotillard`]);
    expect(films).toContain(`<a href="${FILM}/cast/marion-cotillard">actor (Stéphanie)</a>`);
  });

  it('lists the 17 nominations and 4 quotes the links name, with their film', () => {
    const page = renderResourcePage(pageInput(store, MARION, 'en'));
    const awards = elementById(page, 'awards');
    expect(textOf(awards)).toContain('17 nominations');
    expect(anchorHrefs(awards).filter((h) => h.includes('/nomination/'))).toHaveLength(17);
    const quotes = elementById(page, 'quotes');
    expect(anchorHrefs(quotes).filter((h) => h.includes('/quote/marion-cotillard-'))).toHaveLength(4);
    expect(structureProblems(page)).toEqual([]);
  });

  it('with the linking resources described, names the film, the character, the outcomes and the quotes', () => {
    const page = renderResourcePage(pageInput(store, MARION, 'en', { quads: withLinkingResources(MARION) }));
    const films = elementById(page, 'filmography');
    expect(films).toContain(`<a href="${FILM}">Rust and Bone</a>`);
    expect(films).toContain(`<a href="${FILM}/cast/marion-cotillard">actor (Stéphanie)</a>`);
    const awards = elementById(page, 'awards');
    expect(textOf(awards)).toContain('17 nominations 2 won 11 nominated 4 outcomes not established');
    expect(occurrences(awards, `<a href="${FILM}">Rust and Bone</a>`)).toBe(17);
    expect(occurrences(elementById(page, 'quotes'), '<figure class="card quote">')).toBe(4);
  });

  it('names the crew roles of a director and screenwriter, and the works of an author', () => {
    const audiard = renderResourcePage(pageInput(store, `${BASE}person/jacques-audiard`, 'en'));
    expect(textOf(elementById(audiard, 'filmography'))).toBe('Filmography Rust and Bone 2012 director screenwriter');
    const fr = renderResourcePage(pageInput(store, `${BASE}person/jacques-audiard`, 'fr'));
    expect(textOf(elementById(fr, 'filmography'))).toBe('Filmographie De rouille et d’os 2012 réalisation scénario');
    const davidson = renderResourcePage(pageInput(store, `${BASE}person/craig-davidson`, 'en'));
    expect(elementById(davidson, 'glance')).toContain(`<a href="${BASE}work/rust-and-bone-by-craig-davidson">Rust and Bone</a>`);
  });

  it('shows the generated title card as the page’s image, not as a link', () => {
    const page = renderResourcePage(pageInput(store, MARION, 'en'));
    expect(page).not.toMatch(/href="[^"]*\/image\//);
  });
});
