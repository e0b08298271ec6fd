import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONTS, fontPath, metricsOf } from '../../../src/representations/images/fonts.ts';
import type { FontFace } from '../../../src/representations/images/fonts.ts';

const faces = Object.keys(FONTS) as FontFace[];
// French accents and ligatures, typographic quotes and apostrophe, dashes, ellipsis, middle dot,
// guillemets, non-breaking spaces: what titles, names and subtitles use.
const NEEDED = 'àâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊËÎÏÔŒÆÙÛÜ’‘“”«»–—…·\u00A0\u202F€ñãõåøßáíóú';

describe('bundled fonts', () => {
  it.each(faces)('%s is a TTF file shipped by its npm package, with its licence', (face) => {
    const path = fontPath(face);
    expect(path.endsWith('.ttf')).toBe(true);
    expect(existsSync(path)).toBe(true);
    const licence = join(dirname(dirname(path)), 'LICENSE_FONT');
    expect(readFileSync(licence, 'utf8')).toContain('SIL Open Font License');
  });

  it.each(faces)('%s covers Latin with French accents and typographic punctuation (Inter filling gaps)', (face) => {
    // resvg draws a character the face lacks from another loaded font: Inter must then have it.
    const missing = Array.from(NEEDED).filter((c) => !metricsOf(face).has(c.codePointAt(0)!) && !metricsOf('sans').has(c.codePointAt(0)!));
    expect(missing).toEqual([]);
  });

  it('Inter itself lacks none of them', () => {
    for (const face of ['sans', 'sansSemiBold', 'sansBold'] as const) {
      expect(Array.from(NEEDED).filter((c) => !metricsOf(face).has(c.codePointAt(0)!))).toEqual([]);
    }
  });

  it('reads plausible advance widths', () => {
    const inter = metricsOf('sans');
    expect(inter.unitsPerEm).toBeGreaterThan(0);
    expect(inter.advance('W'.codePointAt(0)!)).toBeGreaterThan(inter.advance('i'.codePointAt(0)!));
    expect(inter.has(0x4e2d)).toBe(false); // no CJK: such text falls back to the missing glyph
  });
});
