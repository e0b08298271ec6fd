// Width of a line of text set in a bundled font, and fitting text to a width: truncation with an
// ellipsis and greedy word wrapping (words wider than a line are broken between characters).

import { metricsOf } from './fonts.ts';
import type { FontFace } from './fonts.ts';

export interface TextStyle {
  face: FontFace;
  size: number;
  /** Extra space after each character, in the same unit as `size`. */
  letterSpacing?: number;
}

export const ELLIPSIS = '…';

/** Width of `text` on one line, in the unit of `style.size`. */
export function textWidth(text: string, style: TextStyle): number {
  const metrics = metricsOf(style.face);
  // A character the face lacks is drawn from another bundled font (resvg falls back): Inter.
  const fallback = metricsOf('sans');
  let ems = 0;
  let count = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const m = metrics.has(codePoint) || !fallback.has(codePoint) ? metrics : fallback;
    ems += m.advance(codePoint) / m.unitsPerEm;
    count++;
  }
  return ems * style.size + count * (style.letterSpacing ?? 0);
}

/** Collapses runs of white space to one space and trims; no-break spaces are kept as they are. */
export function normalizeSpace(text: string): string {
  return text.replace(/[^\S\u00A0\u2007\u202F]+/g, ' ').replace(/^ | $/g, '');
}

/** `text` if it fits `maxWidth`, else its longest prefix that fits with "…" after it. */
export function truncateToWidth(text: string, maxWidth: number, style: TextStyle): string {
  if (textWidth(text, style) <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (textWidth(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS, style) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

export interface Wrapped {
  lines: string[];
  /** Was text left out (the last line then ends with "…")? */
  truncated: boolean;
  /** Was a word too wide for a line broken between characters? */
  brokeWord: boolean;
}

/** Greedy wrapping of `text` into at most `maxLines` lines of at most `maxWidth`. */
export function wrapText(text: string, maxWidth: number, maxLines: number, style: TextStyle): Wrapped {
  const words = normalizeSpace(text).split(' ').filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  let brokeWord = false;
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (textWidth(candidate, style) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    current = '';
    // A word too wide for a line of its own is broken between characters.
    let rest = word;
    while (textWidth(rest, style) > maxWidth) {
      brokeWord = true;
      const chars = Array.from(rest);
      let n = 1;
      while (n < chars.length && textWidth(chars.slice(0, n + 1).join(''), style) <= maxWidth) n++;
      lines.push(chars.slice(0, n).join(''));
      rest = chars.slice(n).join('');
    }
    current = rest;
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return { lines, truncated: false, brokeWord };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncateToWidth(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxWidth, style);
  if (!kept[maxLines - 1]!.endsWith(ELLIPSIS)) kept[maxLines - 1] += ELLIPSIS;
  return { lines: kept, truncated: true, brokeWord };
}
