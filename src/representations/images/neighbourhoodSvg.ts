// The neighbourhood of a resource as an inline SVG (no script): the resource in the middle, the
// resources it links to on both sides (a two-sided radial layout, so every label stays horizontal
// and no two labels overlap), each one a link, each edge captioned with its relation.

import { SANS_STACK } from './fonts.ts';
import { normalizeSpace, textWidth, truncateToWidth, wrapText } from './measureText.ts';
import type { TextStyle } from './measureText.ts';
import { safeHref } from './safeHref.ts';
import { escapeXml, num } from './xml.ts';

export interface NeighbourhoodGraph {
  center: { label: string; href: string };
  links: { label: string; href: string; /** short: "director", "actor", "review" */ relation: string }[];
}

export interface NeighbourhoodOptions {
  /** Language of the picture's own words ("+3 more", the description); "fr" or English. */
  lang?: string;
}

/** At most this many neighbours are drawn; the rest are counted in a "+N more" node. */
export const MAX_NEIGHBOURS = 24;

const WIDTH = 960;
const MARGIN = 16;
const CX = WIDTH / 2;
const NODE_INNER_DX = 150;
const NODE_BULGE = 70;
const LABEL_GAP = 12;
const MAX_LABEL_WIDTH = 300;
const MIN_STEP = 44;
const MAX_STEP = 72;
const MIN_HEIGHT = 260;
const CENTER: TextStyle = { face: 'sansBold', size: 17 };
const CENTER_MAX_WIDTH = 196;
const LABEL: TextStyle = { face: 'sans', size: 15 };
const CAPTION: TextStyle = { face: 'sansSemiBold', size: 11.5, letterSpacing: 0.6 };

const PALETTE = ['#b45309', '#0f766e', '#6d28d9', '#be123c', '#1d4ed8', '#4d7c0f', '#a21caf', '#475569', '#0369a1', '#9d174d'];

const WORDS = {
  en: { more: (n: number) => `+${n} more`, andMore: (n: number) => `and ${n} more`, links: (n: number) => `${n} linked resource${n === 1 ? '' : 's'}`, and: 'and' },
  fr: { more: (n: number) => `+${n} autres`, andMore: (n: number) => `et ${n} autres`, links: (n: number) => `${n} ressource${n === 1 ? '' : 's'} liée${n === 1 ? '' : 's'}`, and: 'et' },
};

interface Neighbour {
  label: string;
  href: string;
  relations: string[];
  colour: string;
}

interface Placed {
  neighbour?: Neighbour;
  /** The "+N more" node. */
  more?: number;
  side: 1 | -1;
  x: number;
  y: number;
  t: number;
}

export function renderNeighbourhood(graph: NeighbourhoodGraph, options: NeighbourhoodOptions = {}): string {
  const lang = options.lang ?? 'en';
  const words = lang.toLowerCase().startsWith('fr') ? WORDS.fr : WORDS.en;
  const all = neighbours(graph.links);
  const shown = all.slice(0, MAX_NEIGHBOURS);
  const hidden = all.length - shown.length;
  const ordered = groupByRelation(shown);

  const nodes: Omit<Placed, 'side' | 'x' | 'y' | 't'>[] = ordered.map((n) => ({ neighbour: n }));
  if (hidden > 0) nodes.push({ more: hidden });
  const rightCount = Math.ceil(nodes.length / 2);
  const perSide = Math.max(rightCount, 1);
  const step = Math.max(MIN_STEP, Math.min(MAX_STEP, 300 / perSide));
  const height = Math.max(MIN_HEIGHT, perSide * step + 2 * MARGIN + 24);
  const cy = height / 2;

  const placed: Placed[] = nodes.map((node, i) => {
    const side = i < rightCount ? 1 : -1;
    const k = side === 1 ? rightCount : nodes.length - rightCount;
    const j = side === 1 ? i : i - rightCount;
    const offset = (j - (k - 1) / 2) * step;
    const t = offset / ((k / 2) * step);
    const dx = NODE_INNER_DX + NODE_BULGE * Math.sqrt(1 - t * t);
    return { ...node, side, x: CX + side * dx, y: cy + offset, t };
  });

  const centerLabel = normalizeSpace(graph.center.label);
  const centerLines = wrapText(centerLabel, CENTER_MAX_WIDTH, 2, CENTER).lines;
  const boxWidth = Math.max(...centerLines.map((l) => textWidth(l, CENTER)), 60) + 36;
  const boxHeight = centerLines.length * 22 + 24;

  const description = describe(centerLabel, all, hidden, shown.length, words);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${num(height)}" role="img" aria-label="${escapeXml(description)}" lang="${escapeXml(lang)}" class="fg-neighbourhood" font-family="${escapeXml(SANS_STACK)}">`,
    `<rect x="0.5" y="0.5" width="${WIDTH - 1}" height="${num(height - 1)}" rx="12" fill="#fbfaf7" stroke="#e4e1d9"/>`,
    '<g class="fg-nb-edges" fill="none" stroke-width="1.5">',
    ...placed.map((p) => edge(p, cy, boxWidth, boxHeight)),
    '</g>',
    ...placed.map((p) => (p.more === undefined ? neighbourNode(p) : moreNode(p, words.more(p.more)))),
    centerNode(graph.center.href, centerLabel, centerLines, cy, boxWidth, boxHeight),
    '</svg>',
  ].join('\n');
}

/** One neighbour per target: a resource reached by several relations is drawn once, with all. */
function neighbours(links: NeighbourhoodGraph['links']): Neighbour[] {
  const byHref = new Map<string, Neighbour>();
  const colours = new Map<string, string>();
  for (const link of links) {
    const relation = normalizeSpace(link.relation);
    if (!colours.has(relation)) colours.set(relation, PALETTE[colours.size % PALETTE.length]!);
    const existing = byHref.get(link.href);
    if (existing) {
      if (!existing.relations.includes(relation)) existing.relations.push(relation);
      continue;
    }
    byHref.set(link.href, { label: normalizeSpace(link.label), href: link.href, relations: [relation], colour: colours.get(relation)! });
  }
  return [...byHref.values()];
}

/** Neighbours of one (first) relation next to each other, relations in order of first appearance. */
function groupByRelation(list: Neighbour[]): Neighbour[] {
  const groups = new Map<string, Neighbour[]>();
  for (const n of list) {
    const key = n.relations[0]!;
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  return [...groups.values()].flat();
}

function describe(center: string, all: Neighbour[], hidden: number, shown: number, words: (typeof WORDS)['en']): string {
  const items = all.slice(0, shown).map((n) => `${n.relations.join(', ')}: ${n.label}`);
  if (hidden > 0) items.push(words.andMore(hidden));
  const head = `${center} ${words.and} ${words.links(all.length)}`;
  return items.length === 0 ? head : `${head}: ${items.join('; ')}`;
}

function edge(p: Placed, cy: number, boxWidth: number, boxHeight: number): string {
  const sx = CX + p.side * (boxWidth / 2);
  const sy = cy + p.t * (boxHeight / 2 - 8);
  const ex = p.x - p.side * 6;
  const bend = (ex - sx) * 0.55;
  const stroke = p.neighbour ? p.neighbour.colour : '#9aa1ad';
  const dash = p.more === undefined ? '' : ' stroke-dasharray="4 4"';
  return `<path d="M${num(sx)} ${num(sy)}C${num(sx + bend)} ${num(sy)} ${num(ex - bend)} ${num(p.y)} ${num(ex)} ${num(p.y)}" stroke="${stroke}" stroke-opacity="0.45"${dash}/>`;
}

function labelRoom(p: Placed): number {
  const room = p.side === 1 ? WIDTH - MARGIN - (p.x + LABEL_GAP) : p.x - LABEL_GAP - MARGIN;
  return Math.min(MAX_LABEL_WIDTH, room);
}

function neighbourNode(p: Placed): string {
  const n = p.neighbour!;
  const room = labelRoom(p);
  const label = truncateToWidth(n.label, room, LABEL);
  const relation = n.relations.join(' · ');
  const caption = truncateToWidth(relation.toUpperCase(), room, CAPTION);
  const anchor = p.side === 1 ? 'start' : 'end';
  const tx = p.x + p.side * LABEL_GAP;
  const href = safeHref(n.href);
  const body = [
    `<title>${escapeXml(`${n.label} (${relation})`)}</title>`,
    `<circle cx="${num(p.x)}" cy="${num(p.y)}" r="6" fill="#fff" stroke="${n.colour}" stroke-width="2.5"/>`,
    `<text x="${num(tx)}" y="${num(p.y - 5)}" text-anchor="${anchor}" font-size="${CAPTION.size}" font-weight="600" letter-spacing="${CAPTION.letterSpacing}" fill="${n.colour}">${escapeXml(caption)}</text>`,
    `<text x="${num(tx)}" y="${num(p.y + 14)}" text-anchor="${anchor}" font-size="${LABEL.size}" fill="#1d2330"${href ? ' text-decoration="underline"' : ''}>${escapeXml(label)}</text>`,
  ].join('');
  return href === undefined ? `<g class="fg-nb-node">${body}</g>` : `<a class="fg-nb-node" href="${escapeXml(href)}">${body}</a>`;
}

function moreNode(p: Placed, text: string): string {
  const anchor = p.side === 1 ? 'start' : 'end';
  const tx = p.x + p.side * LABEL_GAP;
  return [
    '<g class="fg-nb-more">',
    `<circle cx="${num(p.x)}" cy="${num(p.y)}" r="6" fill="#fff" stroke="#9aa1ad" stroke-width="2" stroke-dasharray="3 2"/>`,
    `<text x="${num(tx)}" y="${num(p.y + 5)}" text-anchor="${anchor}" font-size="${LABEL.size}" fill="#5b6270">${escapeXml(text)}</text>`,
    '</g>',
  ].join('');
}

function centerNode(hrefIn: string, full: string, lines: string[], cy: number, boxWidth: number, boxHeight: number): string {
  const top = cy - boxHeight / 2;
  const firstBaseline = top + 12 + 17;
  const body = [
    `<title>${escapeXml(full)}</title>`,
    `<rect x="${num(CX - boxWidth / 2)}" y="${num(top)}" width="${num(boxWidth)}" height="${num(boxHeight)}" rx="10" fill="#1f2430"/>`,
    `<text text-anchor="middle" font-size="${CENTER.size}" font-weight="700" fill="#ffffff">`,
    ...lines.map((line, i) => `<tspan x="${CX}" y="${num(firstBaseline + i * 22)}">${escapeXml(line)}</tspan>`),
    '</text>',
  ].join('');
  const href = safeHref(hrefIn);
  return href === undefined ? `<g class="fg-nb-center">${body}</g>` : `<a class="fg-nb-center" href="${escapeXml(href)}">${body}</a>`;
}

