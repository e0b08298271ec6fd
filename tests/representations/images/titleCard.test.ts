import { describe, expect, it } from 'vitest';
import { renderTitleCard, titleCardSvg } from '../../../src/representations/images/titleCard.ts';
import { parseXmlStrict, texts } from '../../helpers/parseXml.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const film = { title: 'De rouille et d’os', subtitle: '2012 · Jacques Audiard', kind: 'film' };

describe('renderTitleCard', () => {
  it('is a 1200×630 PNG', () => {
    expect(pngSize(renderTitleCard(film))).toEqual({ width: 1200, height: 630 });
  });

  it('gives the same bytes for the same card', () => {
    expect(renderTitleCard(film).equals(renderTitleCard({ ...film }))).toBe(true);
  });

  it('differs with the title, the subtitle and the kind', () => {
    const base = renderTitleCard(film);
    expect(renderTitleCard({ ...film, title: 'Rust and Bone' }).equals(base)).toBe(false);
    expect(renderTitleCard({ ...film, subtitle: undefined }).equals(base)).toBe(false);
    expect(renderTitleCard({ ...film, kind: 'person' }).equals(base)).toBe(false);
  });

  it('renders markup characters and typographic quotes as text', () => {
    const card = { title: 'Tom & Jerry <em>"Live"</em> l’été “quoted”', subtitle: '<&>"’', kind: 'organization' };
    expect(pngSize(renderTitleCard(card))).toEqual({ width: 1200, height: 630 });
    const doc = parseXmlStrict(titleCardSvg(card));
    expect(doc.getElementsByTagName('em')).toHaveLength(0);
    expect(texts(doc, 'tspan').join(' ')).toBe('Tom & Jerry <em>"Live"</em> l’été “quoted”');
    expect(texts(doc, 'text')).toContain('<&>"’');
  });

  it('wraps a 200-character title to at most three lines, cut with an ellipsis', () => {
    const title = 'The Extraordinary and Entirely Unabridged Account of a Film Whose Title Goes On and On '.repeat(3).slice(0, 200);
    expect(title).toHaveLength(200);
    expect(pngSize(renderTitleCard({ title, kind: 'film' }))).toEqual({ width: 1200, height: 630 });
    const lines = texts(parseXmlStrict(titleCardSvg({ title, kind: 'film' })), 'tspan');
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
  });

  it('keeps a short title on one line at the largest size', () => {
    const doc = parseXmlStrict(titleCardSvg(film));
    expect(texts(doc, 'tspan')).toEqual(['De rouille et d’os']);
  });

  it('uses only the bundled font families', () => {
    const families = new Set(titleCardSvg({ ...film, kind: 'some other kind' }).match(/font-family="[^"]*"/g));
    expect([...families].sort()).toEqual(['font-family="Inter"', 'font-family="Playfair Display"']);
  });

  it('renders an empty title and an unknown kind', () => {
    expect(pngSize(renderTitleCard({ title: '   ', kind: 'graph <node>' }))).toEqual({ width: 1200, height: 630 });
  });
});
