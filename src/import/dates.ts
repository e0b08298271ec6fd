// Dates as the page writes them ("17 May 2012", "Nov 2012", "2012"), kept as precise as written:
// xsd:date, xsd:gYearMonth or xsd:gYear.

export type DatePrecision = 'date' | 'gYearMonth' | 'gYear';

export interface PageDate {
  /** Lexical form of the XSD type: "2012-05-17", "2012-11" or "2012". */
  value: string;
  precision: DatePrecision;
}

export interface DateRange {
  start: PageDate;
  end: PageDate;
}

export const DATE_FORMS = 'a date like "17 May 2012", "7 Nov 2012", "Nov 2012" or "2012"';
export const RANGE_FORMS = `${DATE_FORMS}, or a period like "October + November 2011" or "October 2011 - March 2012"`;

/** A date that does not parse; `offset` is where the bad date starts in the text given. */
export class DateFormatError extends Error {
  readonly text: string;
  readonly offset: number;

  constructor(text: string, offset: number, expected: string) {
    super(`expected ${expected}, found ${JSON.stringify(text)}`);
    this.text = text;
    this.offset = offset;
  }
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1-12 for a full or three-letter English month name (any case, optional "."), else undefined. */
export function monthNumber(name: string): number | undefined {
  const m = name.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((full) => full === m || (m.length === 3 && full.startsWith(m)));
  return i < 0 ? undefined : i + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Parts {
  day?: number;
  month?: number;
  year?: number;
}

/** Reads "D Month YYYY", "Month YYYY", "YYYY", and (for range starts) "D Month", "Month", "D". */
function readParts(text: string): Parts | undefined {
  const m = /^(?:(\d{1,2})(?:\s+|$))?(?:([A-Za-z]+\.?)\s*)?(\d{4})?$/.exec(text);
  if (!m || text === '') return undefined;
  const [, day, monthName, year] = m;
  const parts: Parts = {};
  if (day !== undefined) parts.day = Number(day);
  if (monthName !== undefined) {
    const month = monthNumber(monthName);
    if (month === undefined) return undefined;
    parts.month = month;
  }
  if (year !== undefined) parts.year = Number(year);
  return parts;
}

function toDate(p: Parts): PageDate | undefined {
  if (p.year === undefined) return undefined;
  if (p.month === undefined) return p.day === undefined ? { value: String(p.year), precision: 'gYear' } : undefined;
  if (p.day === undefined) return { value: `${p.year}-${pad(p.month)}`, precision: 'gYearMonth' };
  if (p.day < 1 || p.day > daysIn(p.year, p.month)) return undefined;
  return { value: `${p.year}-${pad(p.month)}-${pad(p.day)}`, precision: 'date' };
}

/** One date: "17 May 2012", "7 Nov 2012", "Nov 2012", "November 2012" or "2012". */
export function parseDate(text: string): PageDate {
  const trimmed = text.trim();
  const offset = text.length - text.trimStart().length;
  const parts = readParts(trimmed);
  const date = parts && toDate(parts);
  if (!date) throw new DateFormatError(trimmed, offset, DATE_FORMS);
  return date;
}

// "+", a dash, or "to" between the two ends of a period.
const SEPARATOR = /\s*[+\-–—]\s*|\s+to\s+/gi;

/**
 * A period: one date (start = end) or two or more joined by "+", "-" or "to"; a start that
 * omits its year or month borrows them from the end ("October + November 2011").
 */
export function parseDateRange(text: string): DateRange {
  const pieces: { text: string; offset: number }[] = [];
  let from = 0;
  for (const sep of text.matchAll(SEPARATOR)) {
    pieces.push({ text: text.slice(from, sep.index), offset: from });
    from = sep.index + sep[0].length;
  }
  pieces.push({ text: text.slice(from), offset: from });
  const fail = (piece: { text: string; offset: number }) => {
    const lead = piece.text.length - piece.text.trimStart().length;
    return new DateFormatError(piece.text.trim(), piece.offset + lead, RANGE_FORMS);
  };
  const last = pieces[pieces.length - 1]!;
  let end: PageDate;
  try {
    end = parseDate(last.text);
  } catch {
    throw fail(last);
  }
  const endParts = readParts(last.text.trim())!;
  let start = end;
  for (const piece of pieces.slice(0, -1).reverse()) {
    const parts = readParts(piece.text.trim());
    // Borrow only what the start leaves out below its own most precise part ("October" gets the
    // year; "17" gets month and year).
    const filled = parts && {
      day: parts.day,
      month: parts.month ?? (parts.year === undefined ? endParts.month : undefined),
      year: parts.year ?? endParts.year,
    };
    const date = filled && toDate(filled);
    if (!date) throw fail(piece);
    start = date;
  }
  const first = pieces[0]!;
  if (start.value.slice(0, end.value.length) > end.value.slice(0, start.value.length))
    throw new DateFormatError(text.trim(), first.offset, 'a period that starts before it ends');
  return { start, end };
}
