import { describe, expect, it } from 'vitest';
import { MAX_NEIGHBOURS, renderNeighbourhood } from '../../../src/representations/images/neighbourhoodSvg.ts';
import type { NeighbourhoodGraph } from '../../../src/representations/images/neighbourhoodSvg.ts';
import { elements, parseXmlStrict, texts } from '../../helpers/parseXml.ts';
import { overlappingTexts, textBoxes, textsOutside } from '../../helpers/svgTextBoxes.ts';

const center = { label: 'De rouille et d’os', href: '/film/de-rouille-et-d-os-2012' };

/** The seed film's neighbourhood: 26 neighbours (one reached by two relations). */
const film: NeighbourhoodGraph = {
  center,
  links: [
    { label: 'Jacques Audiard', href: '/person/jacques-audiard', relation: 'director' },
    { label: 'Jacques Audiard', href: '/person/jacques-audiard', relation: 'screenwriter' },
    { label: 'Thomas Bidegain', href: '/person/thomas-bidegain', relation: 'screenwriter' },
    ...['Marion Cotillard', 'Matthias Schoenaerts', 'Armand Verdure', 'Céline Sallette', 'Corinne Masiero', 'Bouli Lanners', 'Jean-Michel Correia'].map((label, i) => ({
      label,
      href: `/person/actor-${i}`,
      relation: 'actor',
    })),
    { label: 'Alexandre Desplat', href: '/person/alexandre-desplat', relation: 'music' },
    { label: 'Stéphane Fontaine', href: '/person/stephane-fontaine', relation: 'cinematographer' },
    { label: 'Juliette Welfling', href: '/person/juliette-welfling', relation: 'editor' },
    { label: 'Rust and Bone, by Craig Davidson', href: '/work/rust-and-bone-by-craig-davidson', relation: 'based on' },
    ...['Why Not Productions', 'Page 114', 'France 2 Cinéma', 'Les Films du Fleuve'].map((label, i) => ({ label, href: `/organization/${i}`, relation: 'production' })),
    ...['The Guardian', 'The Playlist', 'Variety', 'Evening Standard', 'Rope of Silicon', 'Time Entertainment', 'HitFix'].map((label, i) => ({
      label,
      href: `/film/de-rouille-et-d-os-2012/review/${i}`,
      relation: 'review',
    })),
    { label: 'France', href: '/country/fr', relation: 'country' },
    { label: 'Belgium', href: '/country/be', relation: 'country' },
  ],
};

function linksOf(n: number, label = (i: number) => `Neighbour ${i}`): NeighbourhoodGraph['links'] {
  return Array.from({ length: n }, (_, i) => ({ label: label(i), href: `/n/${i}`, relation: ['actor', 'director', 'review'][i % 3]! }));
}

function hrefs(svg: string): string[] {
  return elements(parseXmlStrict(svg), 'a').map((a) => a.getAttribute('href')!);
}

describe('renderNeighbourhood', () => {
  it('is a well-formed, scalable SVG image with a description', () => {
    const doc = parseXmlStrict(renderNeighbourhood(film));
    const svg = doc.documentElement!;
    expect(svg.localName).toBe('svg');
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toMatch(/^De rouille et d’os and 26 linked resources: director, screenwriter: Jacques Audiard; /);
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
    expect(svg.hasAttribute('width')).toBe(false);
    expect(elements(doc, 'script')).toHaveLength(0);
  });

  it('links the centre and every neighbour, each once', () => {
    const links = linksOf(12);
    const found = hrefs(renderNeighbourhood({ center, links }));
    expect(found.sort()).toEqual([center.href, ...links.map((l) => l.href)].sort());
  });

  it('draws a neighbour reached by several relations once, with all of them', () => {
    const doc = parseXmlStrict(renderNeighbourhood(film));
    expect(hrefs(renderNeighbourhood(film)).filter((h) => h === '/person/jacques-audiard')).toHaveLength(1);
    expect(texts(doc, 'text')).toContain('DIRECTOR · SCREENWRITER');
  });

  it('labels each edge with its relation, and titles each neighbour with its full label', () => {
    const doc = parseXmlStrict(renderNeighbourhood({ center, links: linksOf(3) }));
    expect(texts(doc, 'text')).toEqual(expect.arrayContaining(['ACTOR', 'DIRECTOR', 'REVIEW']));
    expect(texts(doc, 'title')).toEqual(expect.arrayContaining(['Neighbour 0 (actor)', 'Neighbour 1 (director)', 'Neighbour 2 (review)']));
  });

  it('escapes markup in labels, relations and links', () => {
    const svg = renderNeighbourhood({
      center: { label: '<script>alert("c")</script>', href: '/c?a=1&b=2' },
      links: [{ label: '<script>alert(1)</script>', href: '/x"onclick="alert(1)', relation: '<b>rel</b>' }],
    });
    const doc = parseXmlStrict(svg);
    expect(elements(doc, 'script')).toHaveLength(0);
    expect(elements(doc, 'b')).toHaveLength(0);
    expect(svg).not.toContain('<script');
    expect(texts(doc, 'text').join(' ')).toContain('<script>alert(1)</script>');
    expect(hrefs(svg)).toEqual(['/x"onclick="alert(1)', '/c?a=1&b=2']);
    expect(elements(doc, 'a').every((a) => !a.hasAttribute('onclick'))).toBe(true);
  });

  it('does not link script URLs, but still shows the neighbour', () => {
    const svg = renderNeighbourhood({ center, links: [{ label: 'Evil', href: 'javascript:alert(1)', relation: 'actor' }] });
    expect(hrefs(svg)).toEqual([center.href]);
    expect(texts(parseXmlStrict(svg), 'text')).toContain('Evil');
  });

  it(`shows at most ${MAX_NEIGHBOURS} neighbours and counts the rest`, () => {
    const links = linksOf(30);
    const svg = renderNeighbourhood({ center, links });
    const doc = parseXmlStrict(svg);
    expect(hrefs(svg)).toHaveLength(MAX_NEIGHBOURS + 1);
    expect(hrefs(svg)).toEqual(expect.arrayContaining(links.slice(0, MAX_NEIGHBOURS).map((l) => l.href)));
    expect(texts(doc, 'text')).toContain('+6 more');
    expect(doc.documentElement!.getAttribute('aria-label')).toMatch(/and 6 more$/);
    expect(texts(parseXmlStrict(renderNeighbourhood({ center, links }, { lang: 'fr' })), 'text')).toContain('+6 autres');
  });

  it('shows exactly 24 neighbours without a "more" node', () => {
    const doc = parseXmlStrict(renderNeighbourhood({ center, links: linksOf(24) }));
    expect(elements(doc, 'a')).toHaveLength(25);
    expect(texts(doc, 'text').some((t) => t.includes('more'))).toBe(false);
  });

  it.each([1, 2, 5, 13, 24, 40])('keeps all text apart and inside the picture, with %i long-labelled neighbours', (n) => {
    const svg = renderNeighbourhood({
      center: { label: 'A film with a really very long title that goes on and on', href: '/f' },
      links: linksOf(n, (i) => `Neighbour number ${i} with an extremely long label that must be cut short somewhere`),
    });
    const doc = parseXmlStrict(svg);
    const boxes = textBoxes(doc);
    expect(overlappingTexts(boxes)).toEqual([]);
    expect(textsOutside(boxes, doc.documentElement!.getAttribute('viewBox')!)).toEqual([]);
  });

  it('cuts long labels with an ellipsis and keeps them whole in <title>', () => {
    const long = 'Neighbour with an extremely long label that cannot possibly fit beside its node in the picture';
    const doc = parseXmlStrict(renderNeighbourhood({ center, links: [{ label: long, href: '/n', relation: 'actor' }] }));
    const shown = texts(doc, 'text').find((t) => t.startsWith('Neighbour with'))!;
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThan(long.length);
    expect(texts(doc, 'title')).toContain(`${long} (actor)`);
  });

  it('keeps the seed film readable', () => {
    const doc = parseXmlStrict(renderNeighbourhood(film));
    expect(overlappingTexts(textBoxes(doc))).toEqual([]);
  });

  it('draws a resource with no links', () => {
    const svg = renderNeighbourhood({ center, links: [] });
    expect(hrefs(svg)).toEqual([center.href]);
    expect(parseXmlStrict(svg).documentElement!.getAttribute('aria-label')).toBe('De rouille et d’os and 0 linked resources');
  });

  it('is the same string for the same graph', () => {
    expect(renderNeighbourhood(film)).toBe(renderNeighbourhood(structuredClone(film)));
  });
});
