// The Open Graph picture of a resource: a 1200×630 PNG title card, dark like a film poster, with
// the title large in Playfair Display, a subtitle and the filmgraph mark.

import { FONTS } from './fonts.ts';
import { escapeXml, num } from './xml.ts';
import { normalizeSpace, textWidth, truncateToWidth, wrapText } from './measureText.ts';
import type { TextStyle } from './measureText.ts';
import { svgToPng } from './svgToPng.ts';

export interface TitleCard {
  title: string;
  /** A line under the title, e.g. "2012 · Jacques Audiard". */
  subtitle?: string;
  kind: 'film' | 'person' | 'organization' | string;
}

export const TITLE_CARD_WIDTH = 1200;
export const TITLE_CARD_HEIGHT = 630;

const MARGIN_X = 80;
const TEXT_WIDTH = TITLE_CARD_WIDTH - 2 * MARGIN_X;
const TITLE_SIZES = [104, 96, 88, 80, 72, 64, 56];
const MAX_TITLE_LINES = 3;
const SUBTITLE: TextStyle = { face: 'sans', size: 34 };
const KIND: TextStyle = { face: 'sansSemiBold', size: 22, letterSpacing: 4 };

const ACCENTS: Record<string, string> = { film: '#e3ac50', person: '#6cc0d4', organization: '#d08bd8' };
const KIND_NAMES: Record<string, string> = { film: 'Film', person: 'Person', organization: 'Organization' };

/** The title card as a PNG (same card, same bytes). */
export function renderTitleCard(card: TitleCard): Buffer {
  return svgToPng(titleCardSvg(card));
}

/** The SVG the PNG is rendered from (its fonts are the bundled ones). */
export function titleCardSvg(card: TitleCard): string {
  const accent = ACCENTS[card.kind] ?? '#a4a7b4';
  const kindName = truncateToWidth((KIND_NAMES[card.kind] ?? normalizeSpace(card.kind)).toUpperCase(), TEXT_WIDTH - 40, KIND);
  const { size, lines } = fitTitle(normalizeSpace(card.title) || 'Untitled');
  const subtitle = card.subtitle === undefined ? '' : truncateToWidth(normalizeSpace(card.subtitle), TEXT_WIDTH, SUBTITLE);

  // The title block (title, rule, subtitle) is centred between the kind label and the mark.
  const lineHeight = size * 1.12;
  const titleHeight = size * 0.78 + (lines.length - 1) * lineHeight;
  const blockHeight = titleHeight + (subtitle === '' ? 0 : 40 + 4 + 28 + 34 * 0.74);
  const top = 160 + (380 - blockHeight) / 2;
  const firstBaseline = top + size * 0.78;
  const ruleY = top + titleHeight + 40;
  const subtitleBaseline = ruleY + 4 + 28 + 34 * 0.74;

  const titleText = lines
    .map((line, i) => `<tspan x="${MARGIN_X}" y="${num(firstBaseline + i * lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('');

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${TITLE_CARD_WIDTH}" height="${TITLE_CARD_HEIGHT}" viewBox="0 0 ${TITLE_CARD_WIDTH} ${TITLE_CARD_HEIGHT}">`,
    '<defs>',
    '<linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#1b1820"/><stop offset="1" stop-color="#08080b"/></linearGradient>',
    `<radialGradient id="glow" cx="1030" cy="40" r="720" gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="${accent}" stop-opacity="0.30"/><stop offset="0.55" stop-color="${accent}" stop-opacity="0.06"/><stop offset="1" stop-color="${accent}" stop-opacity="0"/></radialGradient>`,
    '<radialGradient id="vignette" cx="600" cy="315" r="760" gradientUnits="userSpaceOnUse"><stop offset="0.55" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.55"/></radialGradient>',
    '</defs>',
    '<rect width="1200" height="630" fill="url(#bg)"/>',
    '<rect width="1200" height="630" fill="url(#glow)"/>',
    '<rect width="1200" height="630" fill="url(#vignette)"/>',
    filmStrip(0),
    filmStrip(TITLE_CARD_HEIGHT - 34),
    `<rect x="${MARGIN_X}" y="96" width="28" height="4" fill="${accent}"/>`,
    `<text x="${MARGIN_X + 42}" y="106" font-family="${FONTS.sansSemiBold.family}" font-weight="${FONTS.sansSemiBold.weight}" font-size="${KIND.size}" letter-spacing="${KIND.letterSpacing}" fill="${accent}">${escapeXml(kindName)}</text>`,
    `<text font-family="${FONTS.display.family}" font-weight="${FONTS.display.weight}" font-size="${size}" fill="#f6f1e7">${titleText}</text>`,
    subtitle === ''
      ? ''
      : `<rect x="${MARGIN_X}" y="${num(ruleY)}" width="72" height="4" fill="${accent}"/>` +
        `<text x="${MARGIN_X}" y="${num(subtitleBaseline)}" font-family="${FONTS.sans.family}" font-weight="${FONTS.sans.weight}" font-size="${SUBTITLE.size}" fill="#c4beb3">${escapeXml(subtitle)}</text>`,
    mark(accent),
    '</svg>',
  ].join('');
}

/**
 * The largest title size whose wrapping takes at most three lines without breaking a word; else
 * the smallest, words broken and cut short as needed.
 */
function fitTitle(title: string): { size: number; lines: string[] } {
  for (const size of TITLE_SIZES) {
    const wrapped = wrapText(title, TEXT_WIDTH, MAX_TITLE_LINES, { face: 'display', size });
    if (!wrapped.truncated && !wrapped.brokeWord) return { size, lines: wrapped.lines };
  }
  const size = TITLE_SIZES[TITLE_SIZES.length - 1]!;
  return { size, lines: wrapText(title, TEXT_WIDTH, MAX_TITLE_LINES, { face: 'display', size }).lines };
}

/** A band of sprocket holes along one edge. */
function filmStrip(y: number): string {
  const holes: string[] = [];
  for (let x = 14; x < TITLE_CARD_WIDTH; x += 40) holes.push(`<rect x="${x}" y="${y + 10}" width="20" height="14" rx="3"/>`);
  return `<rect y="${y}" width="${TITLE_CARD_WIDTH}" height="34" fill="#000" fill-opacity="0.45"/><g fill="#ffffff" fill-opacity="0.09">${holes.join('')}</g>`;
}

/** The filmgraph mark, bottom right: three linked nodes and the name. */
function mark(accent: string): string {
  const style: TextStyle = { face: 'sansSemiBold', size: 26 };
  const right = TITLE_CARD_WIDTH - MARGIN_X;
  const baseline = 560;
  const textX = right - Math.ceil(textWidth('filmgraph', style));
  const ix = textX - 46;
  const iy = baseline - 9;
  return [
    `<g stroke="${accent}" stroke-width="2.5" fill="none" stroke-opacity="0.9"><path d="M${ix} ${iy + 8}L${ix + 16} ${iy - 10}L${ix + 32} ${iy + 8}Z"/></g>`,
    `<g fill="${accent}"><circle cx="${ix}" cy="${iy + 8}" r="5.5"/><circle cx="${ix + 16}" cy="${iy - 10}" r="5.5"/><circle cx="${ix + 32}" cy="${iy + 8}" r="5.5"/></g>`,
    `<text x="${textX}" y="${baseline}" font-family="${FONTS.sansSemiBold.family}" font-weight="${FONTS.sansSemiBold.weight}" font-size="${style.size}" fill="#ddd7cc">filmgraph</text>`,
  ].join('');
}
