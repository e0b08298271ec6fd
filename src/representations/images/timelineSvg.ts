// A film's releases as an inline SVG timeline (no script): a month/year axis, one lane per medium,
// a marker per release (a dot for a day, a bar for a month or a year known only) with its country
// and date. Releases of one medium on the same date share a marker; labels are packed in rows so
// none overlaps another or a leader line.

import { SANS_STACK } from './fonts.ts';
import { normalizeSpace, textWidth, truncateToWidth } from './measureText.ts';
import type { TextStyle } from './measureText.ts';
import { calendarDay, dayNumber, formatPartialDate, parsePartialDate, SHORT_MONTH_NAMES } from './partialDate.ts';
import type { DateLang, PartialDate } from './partialDate.ts';
import { escapeXml, num } from './xml.ts';
import { packLabels } from './packLabels.ts';
import type { LabelPlacement } from './packLabels.ts';

export interface Release {
  country: string;
  /** "Theatrical", "DVD" or another label. */
  medium: string;
  /** Lexical form of xsd:date, xsd:gYearMonth or xsd:gYear. */
  date: string;
}

export interface TimelineOptions {
  lang?: DateLang;
}

const WIDTH = 960;
const PLOT_LEFT = 150;
const PLOT_RIGHT = WIDTH - 28;
const AXIS_Y = 50;
const ROW_HEIGHT = 36;
const MARKER_BAND = 24;
const LANE_PADDING = 6;
const LABEL_GAP = 10;
const LEADER_OFFSET = 5;
const COUNTRY: TextStyle = { face: 'sansSemiBold', size: 13 };
const DATE: TextStyle = { face: 'sans', size: 12 };
const LANE_LABEL: TextStyle = { face: 'sansSemiBold', size: 13 };
const MAX_LABEL_WIDTH = 220;
const LABEL_RIGHT = WIDTH - 12;

const LANE_COLOURS: Record<string, string> = { theatrical: '#b45309', dvd: '#0f766e' };
const OTHER_COLOURS = ['#6d28d9', '#1d4ed8', '#be123c', '#4d7c0f', '#a21caf', '#475569'];

const WORDS = {
  en: {
    title: 'Release timeline',
    summary: (n: number, from: string, to: string) => (n === 1 ? `1 release, ${from}` : `${n} releases from ${from} to ${to}`),
    none: 'No known release',
    media: { theatrical: 'Theatrical', dvd: 'DVD', 'blu-ray': 'Blu-ray', tv: 'Television', television: 'Television', streaming: 'Streaming', vod: 'Video on demand', festival: 'Festival' } as Record<string, string>,
    colon: ':',
    listSep: '; ',
  },
  fr: {
    title: 'Chronologie des sorties',
    summary: (n: number, from: string, to: string) => (n === 1 ? `1 sortie, ${from}` : `${n} sorties du ${from} au ${to}`),
    none: 'Aucune sortie connue',
    media: { theatrical: 'En salles', dvd: 'DVD', 'blu-ray': 'Blu-ray', tv: 'Télévision', television: 'Télévision', streaming: 'Streaming', vod: 'Vidéo à la demande', festival: 'Festival' } as Record<string, string>,
    colon: ' :',
    listSep: ' ; ',
  },
};

/** Releases of one medium on one date, drawn as one marker. */
interface Event {
  countries: string[];
  date: PartialDate;
  dateText: string;
}

interface Lane {
  key: string;
  label: string;
  colour: string;
  events: Event[];
}

interface PlacedLabel extends LabelPlacement {
  event: Event;
  /** Marker position. */
  x: number;
  country: string;
  date: string;
}

export function renderReleaseTimeline(releases: Release[], options: TimelineOptions = {}): string {
  const lang: DateLang = options.lang === 'fr' ? 'fr' : 'en';
  const words = WORDS[lang];
  const lanes = toLanes(releases, lang);
  const events = lanes.flatMap((l) => l.events);

  if (events.length === 0) {
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} 80" role="img" aria-label="${escapeXml(`${words.title}: ${words.none}`)}" lang="${lang}" class="fg-timeline" font-family="${escapeXml(SANS_STACK)}">`,
      `<rect x="0.5" y="0.5" width="${WIDTH - 1}" height="79" rx="12" fill="#fbfaf7" stroke="#e4e1d9"/>`,
      `<text x="${WIDTH / 2}" y="45" text-anchor="middle" font-size="14" fill="#5b6270">${escapeXml(words.none)}</text>`,
      '</svg>',
    ].join('\n');
  }

  const texts = new Map(events.map((e) => [e, labelText(e)]));
  const scale = timeScale(events, (e) => texts.get(e)!.width);
  let y = AXIS_Y + 14;
  const laneParts: string[] = [];
  for (const [i, lane] of lanes.entries()) {
    const labels = placeLabels(lane.events, scale.x, texts);
    const rowsOn = (side: 'below' | 'above') => Math.max(0, ...labels.filter((l) => l.side === side).map((l) => l.row + 1));
    const above = rowsOn('above');
    const below = rowsOn('below');
    const height = LANE_PADDING + above * ROW_HEIGHT + MARKER_BAND + below * ROW_HEIGHT + LANE_PADDING;
    laneParts.push(drawLane(lane, labels, y, y + LANE_PADDING + above * ROW_HEIGHT + MARKER_BAND / 2, height, i, scale.x));
    y += height;
  }
  const height = y + 12;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${num(height)}" role="img" aria-label="${escapeXml(describe(lanes, events, lang))}" lang="${lang}" class="fg-timeline" font-family="${escapeXml(SANS_STACK)}">`,
    `<rect x="0.5" y="0.5" width="${WIDTH - 1}" height="${num(height - 1)}" rx="12" fill="#fbfaf7" stroke="#e4e1d9"/>`,
    drawAxis(scale, AXIS_Y + 14, height - 12, lang),
    ...laneParts,
    '</svg>',
  ].join('\n');
}

/** Lanes in order of their first release; in each, releases on one date merged, in date order. */
function toLanes(releases: Release[], lang: DateLang): Lane[] {
  const lanes = new Map<string, Lane>();
  for (const release of releases) {
    const mediumText = normalizeSpace(release.medium);
    const key = mediumText.toLowerCase();
    let lane = lanes.get(key);
    if (!lane) {
      lane = { key, label: WORDS[lang].media[key] ?? mediumText, colour: '', events: [] };
      lanes.set(key, lane);
    }
    const date = parsePartialDate(release.date);
    const country = normalizeSpace(release.country);
    const same = lane.events.find((e) => e.date.start === date.start && e.date.precision === date.precision);
    if (same) {
      if (!same.countries.includes(country)) same.countries.push(country);
    } else {
      lane.events.push({ countries: [country], date, dateText: formatPartialDate(date, lang) });
    }
  }
  const ordered = [...lanes.values()];
  for (const lane of ordered) lane.events.sort((a, b) => a.date.start - b.date.start || a.date.end - b.date.end);
  ordered.sort((a, b) => a.events[0]!.date.start - b.events[0]!.date.start || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let other = 0;
  for (const lane of ordered) lane.colour = LANE_COLOURS[lane.key] ?? OTHER_COLOURS[other++ % OTHER_COLOURS.length]!;
  return ordered;
}

interface Scale {
  /** First day shown, and the day after the last, on month boundaries. */
  from: number;
  to: number;
  x: (day: number) => number;
}

const monthStart = (monthIndex: number) => dayNumber(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);

/**
 * Whole months around the releases, at least six, and enough after the last ones for every label
 * to run right from its marker (so labels never need to cover another marker: see packLabels).
 */
function timeScale(events: Event[], labelWidth: (e: Event) => number): Scale {
  const first = Math.min(...events.map((e) => e.date.start));
  const last = Math.max(...events.map((e) => e.date.end));
  const a = calendarDay(first);
  const b = calendarDay(last - 1);
  let fromMonth = a.year * 12 + (a.month - 1);
  let toMonth = b.year * 12 + (b.month - 1) + 1;
  while (toMonth - fromMonth < 6) {
    fromMonth -= 1;
    if (toMonth - fromMonth < 6) toMonth += 1;
  }
  const scaleOf = (from: number, to: number): Scale => ({ from, to, x: (day) => PLOT_LEFT + ((day - from) / (to - from)) * (PLOT_RIGHT - PLOT_LEFT) });
  const from = monthStart(fromMonth);
  const growth = Math.max(1, Math.ceil((toMonth - fromMonth) / 24));
  let scale = scaleOf(from, monthStart(toMonth));
  for (let i = 0; i < 200 && events.some((e) => scale.x(e.date.start) + LEADER_OFFSET + labelWidth(e) > LABEL_RIGHT); i++) {
    toMonth += growth;
    scale = scaleOf(from, monthStart(toMonth));
  }
  return scale;
}

interface LabelText {
  country: string;
  date: string;
  width: number;
}

function labelText(event: Event): LabelText {
  const country = truncateToWidth(event.countries.join(', '), MAX_LABEL_WIDTH, COUNTRY);
  const date = event.dateText;
  return { country, date, width: Math.max(textWidth(country, COUNTRY), textWidth(date, DATE)) };
}

function placeLabels(events: Event[], x: (day: number) => number, texts: Map<Event, LabelText>): PlacedLabel[] {
  const marks = events.map((event) => ({ event, x: x(event.date.start), ...texts.get(event)! }));
  const rows = packLabels(marks, { offset: LEADER_OFFSET, gap: LABEL_GAP, minX: PLOT_LEFT - 20, maxX: LABEL_RIGHT });
  return marks.map((m, i) => ({ ...m, ...rows[i]! }));
}

/** Month ticks and names where they fit, years above them (every 1, 2, 5, 10… years on long spans). */
function drawAxis(scale: Scale, top: number, bottom: number, lang: DateLang): string {
  const months: { day: number; year: number; month: number }[] = [];
  for (let d = scale.from; d < scale.to; ) {
    const c = calendarDay(d);
    months.push({ day: d, year: c.year, month: c.month });
    d = dayNumber(c.year, c.month + 1, 1);
  }
  const monthWidth = (PLOT_RIGHT - PLOT_LEFT) / months.length;
  const monthsEvery = [1, 2, 3, 6].find((k) => k * monthWidth >= 40);
  const yearsEvery = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find((k) => k * 12 * monthWidth >= 48) ?? 1000;
  const yearLabelled = (m: (typeof months)[number], i: number) =>
    m.month === 1 ? m.year % yearsEvery === 0 : i === 0 && monthWidth * (13 - m.month) >= 48 && yearsEvery === 1;
  const out: string[] = ['<g class="fg-tl-axis">'];
  out.push(`<line x1="${PLOT_LEFT}" y1="${AXIS_Y}" x2="${PLOT_RIGHT}" y2="${AXIS_Y}" stroke="#8b919c" stroke-width="1"/>`);
  for (const [i, m] of months.entries()) {
    const x = scale.x(m.day);
    const isYear = m.month === 1;
    if (yearLabelled(m, i) || i === 0 || (isYear && yearsEvery === 1)) {
      out.push(`<line x1="${num(x)}" y1="${top - 14}" x2="${num(x)}" y2="${num(bottom)}" stroke="#d9d5cc" stroke-width="1"/>`);
    } else if ((monthsEvery !== undefined && monthWidth >= 8) || (isYear && 12 * monthWidth >= 16)) {
      out.push(`<line x1="${num(x)}" y1="${top}" x2="${num(x)}" y2="${num(bottom)}" stroke="#ece9e2" stroke-width="1"/>`);
    }
    if (yearLabelled(m, i) && x + 4 + 34 <= WIDTH - 8) {
      out.push(`<text x="${num(x + 4)}" y="20" font-size="13" font-weight="600" fill="#1d2330">${m.year}</text>`);
    }
    if (monthWidth >= 5 || isYear) {
      out.push(`<line x1="${num(x)}" y1="${AXIS_Y}" x2="${num(x)}" y2="${AXIS_Y + (isYear ? 8 : 5)}" stroke="#8b919c" stroke-width="1"/>`);
    }
    if (monthsEvery !== undefined && (m.month - 1) % monthsEvery === 0) {
      const name = SHORT_MONTH_NAMES[lang][m.month - 1]!;
      const centred = monthsEvery === 1;
      out.push(`<text x="${num(centred ? x + monthWidth / 2 : x + 3)}" y="42" text-anchor="${centred ? 'middle' : 'start'}" font-size="11" fill="#5b6270">${escapeXml(name)}</text>`);
    }
  }
  out.push('</g>');
  return out.join('');
}

function drawLane(lane: Lane, labels: PlacedLabel[], top: number, markerY: number, height: number, index: number, x: (day: number) => number): string {
  const out: string[] = [`<g class="fg-tl-lane">`];
  if (index % 2 === 1) out.push(`<rect x="1" y="${num(top)}" width="${WIDTH - 2}" height="${num(height)}" fill="#f3f1ec" fill-opacity="0.7"/>`);
  out.push(`<text x="20" y="${num(markerY + 4.5)}" font-size="${LANE_LABEL.size}" font-weight="600" fill="${lane.colour}">${escapeXml(truncateToWidth(lane.label, PLOT_LEFT - 36, LANE_LABEL))}</text>`);
  out.push(`<line x1="${PLOT_LEFT}" y1="${num(markerY)}" x2="${PLOT_RIGHT}" y2="${num(markerY)}" stroke="${lane.colour}" stroke-opacity="0.25" stroke-width="2"/>`);
  for (const label of labels) {
    const e = label.event;
    // A label's box is ROW_HEIGHT tall; its leader meets the edge nearer the line.
    const rowTop = label.side === 'below' ? markerY + MARKER_BAND / 2 + label.row * ROW_HEIGHT : markerY - MARKER_BAND / 2 - (label.row + 1) * ROW_HEIGHT;
    const leaderEnd = label.side === 'below' ? rowTop + ROW_HEIGHT - 4 : rowTop + 4;
    const tx = label.anchor === 'start' ? label.x + LEADER_OFFSET : label.x - LEADER_OFFSET;
    const title = `${e.countries.join(', ')} · ${lane.label} · ${e.dateText}`;
    out.push('<g class="fg-tl-release">');
    out.push(`<title>${escapeXml(title)}</title>`);
    out.push(`<line x1="${num(label.x)}" y1="${num(markerY)}" x2="${num(label.x)}" y2="${num(leaderEnd)}" stroke="${lane.colour}" stroke-opacity="0.55" stroke-width="1"/>`);
    if (e.date.precision === 'day') {
      out.push(`<circle cx="${num(label.x)}" cy="${num(markerY)}" r="5.5" fill="${lane.colour}" stroke="#fbfaf7" stroke-width="2"/>`);
    } else {
      const x2 = x(e.date.end);
      out.push(`<rect x="${num(label.x)}" y="${num(markerY - 5)}" width="${num(Math.max(x2 - label.x, 4))}" height="10" rx="5" fill="${lane.colour}" fill-opacity="0.3" stroke="${lane.colour}" stroke-width="1.5"/>`);
    }
    out.push(
      `<text x="${num(tx)}" y="${num(rowTop + 15)}" text-anchor="${label.anchor}" font-size="${COUNTRY.size}" font-weight="600" fill="#1d2330">${escapeXml(label.country)}</text>`,
      `<text x="${num(tx)}" y="${num(rowTop + 30)}" text-anchor="${label.anchor}" font-size="${DATE.size}" fill="#5b6270">${escapeXml(label.date)}</text>`,
    );
    out.push('</g>');
  }
  out.push('</g>');
  return out.join('');
}

function describe(lanes: Lane[], events: Event[], lang: DateLang): string {
  const words = WORDS[lang];
  const dates = events.map((e) => e.date).sort((a, b) => a.start - b.start);
  const count = events.reduce((n, e) => n + e.countries.length, 0);
  const head = `${words.title}${words.colon} ${words.summary(count, formatPartialDate(dates[0]!, lang), formatPartialDate(dates[dates.length - 1]!, lang))}.`;
  const body = lanes.map((lane) => `${lane.label}${words.colon} ${lane.events.map((e) => `${e.countries.join(', ')}, ${e.dateText}`).join(words.listSep)}.`);
  return [head, ...body].join(' ');
}
