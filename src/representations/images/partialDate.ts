// Dates as precise as their source: xsd:date ("2012-05-17"), xsd:gYearMonth ("2012-05") or
// xsd:gYear ("2012"), each read as the span of days it covers, and written out in English or French.

export type DateLang = 'en' | 'fr';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: 'day' | 'month' | 'year';
  /** First day covered, as days since 1970-01-01 (UTC). */
  start: number;
  /** Day after the last day covered. */
  end: number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar day (month 1-12; day may overflow, as in Date.UTC). */
export function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

/** The calendar day of a day number. */
export function calendarDay(days: number): { year: number; month: number; day: number } {
  const date = new Date(days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Reads the lexical form of xsd:date, xsd:gYearMonth or xsd:gYear (a time zone is ignored). */
export function parsePartialDate(text: string): PartialDate {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:Z|[+-]\d{2}:\d{2})?$/.exec(text.trim());
  if (!m) throw new RangeError(`not an xsd:date, xsd:gYearMonth or xsd:gYear: ${JSON.stringify(text)}`);
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year', start: dayNumber(year, 1, 1), end: dayNumber(year + 1, 1, 1) };
  const month = Number(m[2]);
  if (month < 1 || month > 12) throw new RangeError(`no month ${month} in ${JSON.stringify(text)}`);
  if (m[3] === undefined) return { year, month, precision: 'month', start: dayNumber(year, month, 1), end: dayNumber(year, month + 1, 1) };
  const day = Number(m[3]);
  const start = dayNumber(year, month, day);
  if (day < 1 || calendarDay(start).month !== month) throw new RangeError(`no day ${day} in ${JSON.stringify(text)}`);
  return { year, month, day, precision: 'day', start, end: start + 1 };
}

export const MONTH_NAMES: Record<DateLang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

export const SHORT_MONTH_NAMES: Record<DateLang, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
};

/** "17 May 2012", "May 2012", "2012"; in French "17 mai 2012", "1er mai 2012", "mai 2012". */
export function formatPartialDate(date: PartialDate, lang: DateLang = 'en'): string {
  if (date.month === undefined) return String(date.year);
  const month = MONTH_NAMES[lang][date.month - 1]!;
  if (date.day === undefined) return `${month} ${date.year}`;
  const day = lang === 'fr' && date.day === 1 ? '1er' : String(date.day);
  return `${day} ${month} ${date.year}`;
}
