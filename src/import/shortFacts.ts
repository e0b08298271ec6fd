// The "Short Facts" lines: "Key: value", one fact each.
import { DateFormatError, parseDate, parseDateRange } from './dates.ts';
import type { PageLine } from './decode.ts';
import type { PageName, ShortFacts } from './FilmPage.ts';
import type { ImportWarning } from './ImportWarning.ts';
import { PageError } from './PageError.ts';

export const FACT_KEYS = [
  'Screenwriter',
  'Based upon',
  'Starring',
  'Runtime',
  'MPAA Rating',
  'Filming Dates',
  'Filming Locations',
  'Theatrical Release',
  'DVD Release',
] as const;
type FactKey = (typeof FACT_KEYS)[number];

/** Whether a line has the shape of a fact, "Some Key: ...". */
export const looksLikeFact = (raw: string) => /^\s*[A-Za-z][A-Za-z ]{0,29}:/.test(raw);

/** A piece of a line and the 0-based index in the line where it starts. */
interface Piece {
  text: string;
  at: number;
}

const trimPiece = (p: Piece): Piece => ({ text: p.text.trim(), at: p.at + (p.text.length - p.text.trimStart().length) });

function split(p: Piece, separator: string): Piece[] {
  const out: Piece[] = [];
  let at = p.at;
  for (const text of p.text.split(separator)) {
    out.push(trimPiece({ text, at }));
    at += text.length + separator.length;
  }
  return out;
}

const isBlank = (text: string) => text.trim() === '' || /^n\/a$/i.test(text.trim());

export class FactReader {
  readonly facts: ShortFacts = {};
  private readonly seen = new Map<FactKey, number>();
  private readonly warnings: ImportWarning[];

  constructor(warnings: ImportWarning[]) {
    this.warnings = warnings;
  }

  read(line: PageLine): void {
    const colon = line.raw.indexOf(':');
    const written = line.raw.slice(0, colon).trim();
    const key = FACT_KEYS.find((k) => k.toLowerCase() === written.replace(/\s+/g, ' ').toLowerCase());
    if (!key)
      throw new PageError(line.n, `unknown Short Facts key ${JSON.stringify(written)}: expected one of ${FACT_KEYS.join(', ')}`);
    const first = this.seen.get(key);
    if (first !== undefined) throw new PageError(line.n, `expected each Short Facts key once, but "${key}" is also on line ${first}`);
    this.seen.set(key, line.n);
    this.readValue(key, line.n, trimPiece({ text: line.raw.slice(colon + 1), at: colon + 1 }));
  }

  private readValue(key: FactKey, n: number, value: Piece): void {
    const f = this.facts;
    switch (key) {
      case 'Screenwriter':
        f.screenwriters = { line: n, names: this.names(key, n, value) };
        return;
      case 'Starring':
        f.starring = { line: n, names: this.names(key, n, value) };
        return;
      case 'Filming Locations':
        f.filmingLocations = { line: n, names: this.names(key, n, value) };
        return;
      case 'Based upon': {
        if (this.blank(key, n, value)) return void (f.basedUpon = { line: n });
        const by = value.text.lastIndexOf(' by ');
        f.basedUpon = {
          line: n,
          work: by < 0 ? { title: value.text } : { title: value.text.slice(0, by).trim(), author: value.text.slice(by + 4).trim() },
        };
        return;
      }
      case 'Runtime': {
        if (this.blank(key, n, value)) return void (f.runtime = { line: n });
        const m = /^(\d+)\s*(?:minutes?|mins?\.?)$/i.exec(value.text);
        if (!m) throw new PageError(n, `expected a runtime like "120 minutes", found ${JSON.stringify(value.text)}`, value.at + 1);
        f.runtime = { line: n, minutes: Number(m[1]) };
        return;
      }
      case 'MPAA Rating':
        f.ratings = { line: n, ratings: this.byCountry(key, n, value, 'a rating', (v) => v.text) };
        return;
      case 'Filming Dates': {
        if (this.blank(key, n, value)) return void (f.filmingDates = { line: n });
        f.filmingDates = { line: n, period: dated(n, value, () => parseDateRange(value.text)) };
        return;
      }
      case 'Theatrical Release':
      case 'DVD Release': {
        const releases = this.byCountry(key, n, value, 'a date', (v) => dated(n, v, () => parseDate(v.text)));
        const fact = { line: n, releases: releases.map(({ country, value: date }) => ({ country, date })) };
        if (key === 'Theatrical Release') f.theatricalReleases = fact;
        else f.dvdReleases = fact;
        return;
      }
    }
  }

  private blank(key: FactKey, n: number, value: Piece): boolean {
    if (!isBlank(value.text)) return false;
    // An explicit "n/a" says it; only an empty value is worth a warning.
    if (value.text === '') this.warnings.push({ line: n, message: `"${key}" is blank: stating that the page does not say` });
    return true;
  }

  /** Names separated by commas; blank entries are dropped with a warning. */
  private names(key: FactKey, n: number, value: Piece): PageName[] {
    if (this.blank(key, n, value)) return [];
    const pieces = split(value, ',');
    const names = pieces.filter((p) => p.text !== '').map((p) => ({ name: p.text, line: n, column: p.at + 1 }));
    if (names.length === 0)
      this.warnings.push({ line: n, message: `"${key}" lists only blank names: stating that the page does not say` });
    else if (names.length < pieces.length)
      this.warnings.push({ line: n, message: `"${key}" has ${pieces.length - names.length} blank name(s), left out` });
    return names;
  }

  /** "Country: value, Country: value"; entries with a blank value are dropped with a warning. */
  private byCountry<T>(key: FactKey, n: number, value: Piece, what: string, read: (v: Piece) => T) {
    if (this.blank(key, n, value)) return [];
    const out: { country: PageName; value: T }[] = [];
    for (const entry of split(value, ',')) {
      const colon = entry.text.indexOf(':');
      if (colon <= 0)
        throw new PageError(n, `expected "Country: ${what}" entries separated by commas, found ${JSON.stringify(entry.text)}`, entry.at + 1);
      const v = trimPiece({ text: entry.text.slice(colon + 1), at: entry.at + colon + 1 });
      const country = { name: entry.text.slice(0, colon).trim(), line: n, column: entry.at + 1 };
      if (isBlank(v.text)) {
        this.warnings.push({ line: n, message: `"${key}" gives no value for ${country.name}, left out` });
        continue;
      }
      out.push({ country, value: read(v) });
    }
    return out;
  }
}

/** Runs a date parser, reporting a bad date at its own column. */
function dated<T>(n: number, value: Piece, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof DateFormatError)) throw error;
    throw new PageError(n, error.message, value.at + error.offset + 1);
  }
}
