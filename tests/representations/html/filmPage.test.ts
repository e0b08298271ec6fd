// The film page, rendered from the real data through describeResource: every section, with the
// values MODEL.md and the data files state.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderResourcePage } from '../../../src/representations/html/index.ts';
import type { MergedStore } from '../../../src/store/MergedStore.ts';
import { BASE, FILM, anchorHrefs, describe as describeIri, elementById, occurrences, pageInput, realStore, structureProblems, textOf } from '../../helpers/htmlPages.ts';

const NEIGHBOURHOOD = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" class="test-neighbourhood"><circle cx="5" cy="5" r="4"/></svg>';
const TIMELINE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" class="test-timeline"><rect width="10" height="2"/></svg>';

let store: MergedStore;
let en: string;
let fr: string;

beforeAll(async () => {
  store = await realStore();
  en = renderResourcePage(pageInput(store, FILM, 'en', { neighbourhoodSvg: NEIGHBOURHOOD, timelineSvg: TIMELINE, cardImage: `${BASE}image/film/de-rouille-et-d-os-2012.png` }));
  fr = renderResourcePage(pageInput(store, FILM, 'fr', { neighbourhoodSvg: NEIGHBOURHOOD, timelineSvg: TIMELINE }));
});

const section = (html: string, id: string) => elementById(html, id);

describe('the film page', () => {
  it('is well-formed: every element closed in order, no duplicate id', () => {
    expect(structureProblems(en)).toEqual([]);
    expect(structureProblems(fr)).toEqual([]);
  });

  it('titles the page with the title in the page language and shows the other as the original title', () => {
    expect(en).toMatch(/<h1>Rust and Bone<\/h1>/);
    expect(en).toContain('<title>Rust and Bone (2012) — filmgraph</title>');
    expect(en).toMatch(/<dt>Original title<\/dt><dd><span lang="fr">De rouille et d’os<\/span><\/dd>/);
    expect(en).toContain('Directed by <a href="http://localhost:3000/person/jacques-audiard">Jacques Audiard</a>');
  });

  it('shows year, runtime, countries of origin, based on, content ratings per country, filming period and blank locations', () => {
    const glance = textOf(section(en, 'glance'));
    expect(glance).toContain('Year 2012');
    expect(glance).toContain('Running time 120 min');
    expect(glance).toContain('Countries of origin France Belgium');
    expect(glance).toContain('Based on Rust and Bone');
    expect(glance).toMatch(/Content ratings France Tous publics US R UK 15/);
    expect(glance).toContain('Filming October 2011 – November 2011');
    expect(glance).toContain('Filming locations not stated by the source');
    for (const rating of ['fr', 'us', 'gb']) expect(en).toContain(`href="${FILM}/rating/${rating}" class="rating"`);
    expect(en).toContain(`<a href="${BASE}work/rust-and-bone-by-craig-davidson">Rust and Bone</a>`);
  });

  it('names the author of the work the film is based on when the description holds it', () => {
    const quads = [...describeIri(store, FILM), ...describeIri(store, `${BASE}work/rust-and-bone-by-craig-davidson`)];
    const page = renderResourcePage(pageInput(store, FILM, 'en', { quads }));
    expect(page).toContain(`<a href="${BASE}work/rust-and-bone-by-craig-davidson">Rust and Bone</a> by <a href="${BASE}person/craig-davidson">Craig Davidson</a>`);
    const pageFr = renderResourcePage(pageInput(store, FILM, 'fr', { quads }));
    expect(pageFr).toContain(`<a href="${BASE}work/rust-and-bone-by-craig-davidson?lang=fr">Rust and Bone</a> de <a href="${BASE}person/craig-davidson?lang=fr">Craig Davidson</a>`);
  });

  it('splits the synopsis into its paragraphs, marked as English', () => {
    const synopsis = section(en, 'synopsis');
    expect(occurrences(synopsis, '<p>')).toBe(5);
    expect(synopsis).toContain('<p>It all begins in the North of France.</p>');
    expect(section(fr, 'synopsis')).toContain('<div class="prose synopsis" lang="en">');
  });

  it('lists the cast with their characters, in the role pattern, and says the page leaves the cast blank', () => {
    const cast = section(en, 'cast');
    expect(occurrences(cast, '<tr><th scope="row"')).toBe(7);
    expect(cast).toContain(`<a href="${BASE}person/marion-cotillard">Marion Cotillard</a>`);
    expect(cast).toContain(`<a href="${FILM}/character/stephanie">Stéphanie</a>`);
    expect(cast).toContain(`<a href="${FILM}/character/ali">Alain &quot;Ali&quot; van Versch</a>`);
    expect(cast).toContain(`<a href="${FILM}/cast/corinne-masiero">Anna</a>`);
    expect(cast).toContain(`<a href="${BASE}person/bouli-lanners">Bouli Lanners</a>`);
    expect(textOf(cast)).toMatch(/not stated by Facts of the film page “De rouille et d’os \(2012\)” ?; given by other sources/);
  });

  it('lists the crew: director, screenwriters, composer, cinematographer, editor', () => {
    const crew = textOf(section(en, 'crew'));
    expect(crew).toContain('Director Jacques Audiard');
    expect(crew).toMatch(/Screenplay Jacques Audiard Thomas Bidegain \(not stated by Facts of the film page “De rouille et d’os \(2012\)” ?; given by other sources\)/);
    expect(crew).toContain('Music Alexandre Desplat');
    expect(crew).toContain('Cinematography Stéphane Fontaine');
    expect(crew).toContain('Editing Juliette Welfling');
  });

  it('lists production companies and distribution by territory', () => {
    const production = section(en, 'production');
    for (const company of ['Les Films du Fleuve', 'France Télévisions', 'Canal+', 'Ciné+', 'Why Not Productions', 'Page 114']) expect(production).toContain(`>${company}</a>`);
    const rows = textOf(production.slice(production.indexOf('<table class="distribution">')));
    expect(rows).toContain('France UGC Distribution');
    expect(rows).toContain('US Sony Pictures Classics');
    expect(rows).toContain('UK StudioCanal');
  });

  it('tabulates the 6 releases by country and medium, each linked, with the timeline', () => {
    const releases = section(en, 'releases');
    const links = anchorHrefs(releases).filter((h) => h.includes('/release/'));
    expect(links.sort()).toEqual(['fr-dvd', 'fr-theatrical', 'gb-dvd', 'gb-theatrical', 'us-dvd', 'us-theatrical'].map((r) => `${FILM}/release/${r}`));
    expect(textOf(releases)).toContain('6 releases Country Theatrical DVD France 17 May 2012 7 November 2012 UK 2 November 2012 25 February 2013 US 16 November 2012 19 March 2013');
    expect(releases).toContain(TIMELINE);
    expect(textOf(section(fr, 'releases'))).toContain('6 sorties Pays En salles DVD France 17 mai 2012 7 novembre 2012');
  });

  it('shows the 7 reviews, each with its publisher and a link to its own IRI', () => {
    const reviews = section(en, 'reviews');
    expect(occurrences(reviews, '<figure class="card review">')).toBe(7);
    for (const publisher of ['the-playlist', 'hitfix', 'evening-standard', 'the-guardian', 'rope-of-silicon', 'time-entertainment', 'variety']) {
      expect(reviews).toContain(`<cite><a href="${BASE}organization/${publisher}">`);
      expect(reviews).toContain(`<a href="${FILM}/review/${publisher}" class="permalink">Review page</a>`);
    }
    expect(reviews).toContain('<cite><a href="http://localhost:3000/organization/the-guardian">The Guardian</a></cite>');
  });

  it('shows the 5 quotes with their speakers', () => {
    const quotes = section(en, 'quotes');
    expect(occurrences(quotes, '<figure class="card quote">')).toBe(5);
    expect(occurrences(quotes, `<cite><a href="${BASE}person/marion-cotillard">Marion Cotillard</a></cite>`)).toBe(4);
    expect(occurrences(quotes, `<cite><a href="${BASE}person/jacques-audiard">Jacques Audiard</a></cite>`)).toBe(1);
    expect(quotes).toContain('Audiard is a poet.');
  });

  it('shows the 17 nominations with their outcomes: 2 won, 11 nominated, 4 not established', () => {
    const awards = section(en, 'awards');
    expect(occurrences(awards, '<tr>\n')).toBe(17);
    expect(textOf(awards)).toContain('17 nominations 2 won 11 nominated 4 outcomes not established');
    expect(awards).toContain('data-outcome="won" data-count="2"');
    expect(awards).toContain('data-outcome="nominated" data-count="11"');
    expect(awards).toContain('data-outcome="notEstablished" data-count="4"');
    expect(occurrences(awards, '<span class="outcome outcome-won">won</span>')).toBe(2);
    expect(occurrences(awards, '<span class="outcome outcome-nominated">nominated</span>')).toBe(11);
    expect(occurrences(awards, '<span class="outcome outcome-notEstablished">outcome not established</span>')).toBe(4);
    expect(awards).toContain(`<a href="${FILM}/nomination/marion-cotillard-cesar-awards">Best Actress (Meilleure actrice)</a>`);
    expect(textOf(awards)).toContain('César Awards 38th César Awards Best Actress (Meilleure actrice) 22 February 2013 Marion Cotillard nominated');
    // Won first.
    expect(awards.indexOf('outcome-won">won')).toBeLessThan(awards.indexOf('outcome-nominated">nominated'));
  });

  it('shows a nomination with no outcome at all as such, and one the source leaves blank as not stated', () => {
    const outcome = 'https://w3id.org/filmgraph/vocab#outcome';
    const cesar = `${FILM}/nomination/marion-cotillard-cesar-awards`;
    const all = describeIri(store, FILM);
    // The page graph alone: it states no outcome and says so (fg:notStated fg:outcome).
    const pageOnly = all.filter((q) => !(q.subject.value === cesar && q.predicate.value === outcome));
    const blank = section(renderResourcePage(pageInput(store, FILM, 'en', { quads: pageOnly })), 'awards');
    expect(blank).toContain('<span class="outcome outcome-none">not stated by the source</span>');
    expect(blank).toContain('data-outcome="none" data-count="1"');
    // Nothing at all: neither an outcome nor the note that the source leaves it blank.
    const nothing = pageOnly.filter((q) => !(q.subject.value === cesar && q.predicate.value.endsWith('#notStated')));
    const none = section(renderResourcePage(pageInput(store, FILM, 'en', { quads: nothing })), 'awards');
    expect(none).toContain('<span class="outcome outcome-none">no outcome stated</span>');
    expect(textOf(none)).toContain('1 with no outcome stated');
  });

  it('embeds the connections picture as it is', () => {
    expect(section(en, 'connections')).toContain(NEIGHBOURHOOD);
  });

  it('lists the named graphs stating its facts, linked, largest first', () => {
    const sources = section(en, 'sources');
    const graphs = anchorHrefs(sources);
    expect(graphs[0]).toBe(`${BASE}graph/page/de-rouille-et-d-os-2012`);
    expect(graphs).toContain(`${BASE}graph/curated/de-rouille-et-d-os-2012/wikipedia`);
    expect(graphs).toContain(`${BASE}graph/curated/de-rouille-et-d-os-2012/rust-and-bone-verified-facts`);
    expect(graphs).not.toContain('https://w3id.org/filmgraph/vocab');
    expect(graphs.every((g) => g.startsWith(`${BASE}graph/`))).toBe(true);
  });

  it('labels the sources by their dcterms:title when the description holds the graphs’ own descriptions', () => {
    const quads = describeIri(store, FILM);
    const graphs = [...new Set(quads.map((q) => q.graph.value))].filter((g) => g.startsWith(BASE));
    const withTitles = [...quads, ...graphs.flatMap((g) => describeIri(store, g))];
    const sources = section(renderResourcePage(pageInput(store, FILM, 'en', { quads: withTitles })), 'sources');
    expect(sources).toContain(`<a href="${BASE}graph/curated/de-rouille-et-d-os-2012/wikipedia">Rust and Bone: credits from English Wikipedia</a>`);
    expect(sources).toContain('Facts of the film page “De rouille et d’os (2012)”');
  });

  it('in French: lang="fr", French words, the French title as h1, the English one as English title', () => {
    expect(fr).toMatch(/^<!doctype html>\n<html lang="fr" dir="ltr">/);
    expect(fr).toMatch(/<h1>De rouille et d’os<\/h1>/);
    expect(fr).toMatch(/<dt>Titre anglais<\/dt><dd><span lang="en">Rust and Bone<\/span><\/dd>/);
    for (const words of ['Synopsis', 'Distribution', 'Équipe technique', 'Production', 'Sorties', 'Critiques', 'Citations', 'Prix et nominations', 'Sources', 'En bref', 'Réalisé par', 'Télécharger en'])
      expect(fr).toContain(`${words}`);
    expect(textOf(fr)).toContain('Lieux de tournage non renseigné par la source');
    expect(textOf(fr)).toContain('Tournage octobre 2011 – novembre 2011');
    expect(textOf(section(fr, 'awards'))).toContain('17 nominations 2 prix remportés 11 nominations sans prix 4 issues non établies');
    expect(fr).not.toContain('>Cast<');
    expect(fr).not.toContain('not stated by the source');
  });

  it('keeps the French page French: links under the base carry ?lang=fr, others do not', () => {
    const links = anchorHrefs(fr);
    // All but the language switch's link to the English page.
    const under = links.filter((h) => h.startsWith(BASE) && h !== FILM);
    expect(links.filter((h) => h === FILM)).toHaveLength(1);
    expect(fr).toContain(`<a href="${FILM}" hreflang="en" lang="en" rel="alternate"`);
    expect(under.length).toBeGreaterThan(50);
    for (const href of under) expect(href).toMatch(/\?(?:.*&)?lang=fr$|\?format=/);
    expect(anchorHrefs(en).filter((h) => h.includes('lang='))).toEqual([`${FILM}?lang=fr`]);
  });
});
