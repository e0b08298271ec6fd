// Literal values as people read them: dates at the precision the source gives, durations in
// minutes, numbers in the page's locale, long text in paragraphs.
import type { Literal } from '@rdfjs/types';
import { XSD } from '../../vocab/namespaces.ts';
import { locale, t, type Lang } from './i18n.ts';

const DATE = /^(-?\d{4,})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/;
const YEAR_MONTH = /^(-?\d{4,})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/;
const YEAR = /^(-?\d{4,})(Z|[+-]\d{2}:\d{2})?$/;

/** A date, year-month or year, as precise as it is written ("17 May 2012", "octobre 2011", "2012"). */
export function formatDate(lang: Lang, value: string): string {
  let m = DATE.exec(value);
  if (m) return utc(lang, Number(m[1]), Number(m[2]), Number(m[3]), { day: 'numeric', month: 'long', year: 'numeric' }) ?? value;
  m = YEAR_MONTH.exec(value);
  if (m) return utc(lang, Number(m[1]), Number(m[2]), 1, { month: 'long', year: 'numeric' }) ?? value;
  m = YEAR.exec(value);
  if (m) return m[1];
  const dateTime = Date.parse(value);
  if (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(dateTime))
    return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(dateTime);
  return value;
}

function utc(lang: Lang, year: number, month: number, day: number, options: Intl.DateTimeFormatOptions): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  return new Intl.DateTimeFormat(locale(lang), { ...options, timeZone: 'UTC' }).format(date);
}

/** An ISO 8601 duration in whole minutes ("PT120M" and "PT2H" → "120 min"); else as written. */
export function formatDuration(lang: Lang, value: string): string {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!m || value === 'P' || value.endsWith('T')) return value;
  const minutes = Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) + Math.round(Number(m[4] ?? 0) / 60);
  return t(lang, 'film.minutes', { n: new Intl.NumberFormat(locale(lang)).format(minutes) });
}

const DATE_TYPES = new Set(['date', 'gYearMonth', 'gYear', 'dateTime'].map((local) => XSD + local));
const NUMBER_TYPES = new Set(['integer', 'decimal', 'double', 'float', 'int', 'long', 'nonNegativeInteger', 'positiveInteger'].map((local) => XSD + local));

/** A literal's value for display (language-tagged text is returned as it is). */
export function formatLiteral(lang: Lang, literal: Literal): string {
  const type = literal.datatype?.value;
  if (DATE_TYPES.has(type)) return formatDate(lang, literal.value);
  if (type === `${XSD}duration`) return formatDuration(lang, literal.value);
  if (NUMBER_TYPES.has(type) && literal.value.trim() !== '' && Number.isFinite(Number(literal.value)))
    return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 20 }).format(Number(literal.value));
  return literal.value;
}

/** Paragraphs of a text, split on blank lines. */
export function paragraphs(text: string): string[] {
  return text.split(/\r?\n[ \t]*\r?\n/).map((p) => p.trim()).filter((p) => p !== '');
}

/** The first words of a text, cut at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.—–-]+$/, '')}…`;
}
