// Reads the rows of the movies table into films filmgraph can state, deciding about each known
// kind of error instead of crashing: a row that cannot name a film (no title, no usable release
// date) is skipped; a row with one bad or suspicious value keeps its other values and is flagged.
// Every decision names the row (1-based, in table order) so a person can check it.
import { slug } from '../../vocab/iris.ts';

/** A row that names a film, with the values filmgraph states (absent where missing or dropped). */
export interface FilmRow {
  /** 1-based position in the table. */
  row: number;
  title: string;
  /** US theatrical release, "YYYY-MM-DD". */
  releaseDate: string;
  year: number;
  /**
   * 1 for the first row of a title slug and year, 2 for the second…: films of one title and year
   * get distinct IRIs ("-2"), in table order.
   */
  ordinal: number;
  mpaaRating?: string;
  runningTimeMinutes?: number;
  distributor?: string;
  genre?: string;
  director?: string;
  imdbRating?: number;
  imdbVotes?: number;
  rottenTomatoesRating?: number;
}

export interface RowIssue {
  row: number;
  /** The row's title as the table writes it, when it has one. */
  title?: string;
  decision: 'skipped' | 'flagged';
  message: string;
}

export interface CheckedRows {
  films: FilmRow[];
  /** In table order; a flagged row may have several. */
  issues: RowIssue[];
  /** Rows skipped, rows flagged (counted once however many issues). */
  skipped: number;
  flagged: number;
  /**
   * Null (or absent) values per column filmgraph maps, among the films kept (and the title and
   * date of skipped rows): missing data, stated as nothing.
   */
  missing: Record<string, number>;
}

/**
 * The table was compiled in 2010 (its latest box-office figures are for 2010 releases; it lists
 * two releases announced for 2011). A later date is a wrong century ("Gone with the Wind",
 * "Dec 15 2039"): the film cannot be named by its year, and the century is not guessed.
 */
export const LATEST_PLAUSIBLE_YEAR = 2011;
/** The first films were shown in 1888. */
export const EARLIEST_PLAUSIBLE_YEAR = 1888;

/** MPAA ratings (and the table's "Not Rated") filmgraph states as the US content rating. */
export const MPAA_RATINGS = ['G', 'PG', 'PG-13', 'R', 'NC-17', 'Not Rated'];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The columns read; the others (grosses, budget, DVD sales, source, creative type) are not mapped. */
export const COLUMNS = {
  title: 'Title',
  releaseDate: 'Release Date',
  mpaaRating: 'MPAA Rating',
  runningTime: 'Running Time min',
  distributor: 'Distributor',
  genre: 'Major Genre',
  director: 'Director',
  rottenTomatoes: 'Rotten Tomatoes Rating',
  imdbRating: 'IMDB Rating',
  imdbVotes: 'IMDB Votes',
} as const;

export function checkRows(rows: readonly unknown[]): CheckedRows {
  const films: FilmRow[] = [];
  const issues: RowIssue[] = [];
  const missing: Record<string, number> = {};
  let skipped = 0;
  let flagged = 0;
  /** Rows seen per title (lower case) and per film path key, for duplicates. */
  const byTitle = new Map<string, FilmRow[]>();
  const byKey = new Map<string, FilmRow[]>();

  rows.forEach((raw, index) => {
    const row = index + 1;
    const rowIssues: RowIssue[] = [];
    const skip = (message: string, title?: string) => {
      issues.push({ row, title, decision: 'skipped', message });
      skipped++;
    };
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return skip(`not an object of columns but ${describe(raw)}`);
    const record = raw as Record<string, unknown>;
    const value = (column: string) => {
      const v = record[column];
      if (v === null || v === undefined) missing[column] = (missing[column] ?? 0) + 1;
      return v ?? undefined;
    };

    const rawTitle = value(COLUMNS.title);
    const titleText = typeof rawTitle === 'string' ? rawTitle.trim() : typeof rawTitle === 'number' ? String(rawTitle) : undefined;
    if (rawTitle === undefined || titleText === '') return skip('no title: a film cannot be named without one');
    if (titleText === undefined) return skip(`the title is ${describe(rawTitle)}, not text`);
    if (!/[\p{L}\p{N}]/u.test(titleText) || !canSlug(titleText)) return skip(`the title ${JSON.stringify(titleText)} has no letter or digit to name the film by`, titleText);
    const title = titleText;
    const flag = (message: string) => rowIssues.push({ row, title, decision: 'flagged', message });
    if (typeof rawTitle === 'number')
      flag(`the title is the number ${rawTitle}, not text: read as the title "${title}" (films named by a number exist: "1941", "300")`);

    const rawDate = value(COLUMNS.releaseDate);
    const date = typeof rawDate === 'string' ? parseReleaseDate(rawDate) : undefined;
    if (rawDate === undefined) return skip('no release date: the film is named by its year', title);
    if (!date) return skip(`release date ${JSON.stringify(rawDate)} is not a date like "Jun 12 1998"`, title);
    if (date.year > LATEST_PLAUSIBLE_YEAR)
      return skip(`release date ${JSON.stringify(rawDate)} is later than the table itself (compiled in 2010, listing releases announced up to ${LATEST_PLAUSIBLE_YEAR}): most likely a wrong century, not guessed`, title);
    if (date.year < EARLIEST_PLAUSIBLE_YEAR) return skip(`release date ${JSON.stringify(rawDate)} is before the first films (${EARLIEST_PLAUSIBLE_YEAR})`, title);

    const film: FilmRow = { row, title, releaseDate: date.iso, year: date.year, ordinal: 1 };
    const text = (column: string): string | undefined => {
      const v = value(column);
      if (v === undefined) return undefined;
      if (typeof v === 'string' && v.trim() !== '') return v.trim();
      flag(`${column} is ${describe(v)}, not text: not stated`);
      return undefined;
    };
    const number = (column: string, check: (n: number) => boolean, expected: string): number | undefined => {
      const v = value(column);
      if (v === undefined) return undefined;
      if (typeof v === 'number' && Number.isFinite(v) && check(v)) return v;
      flag(`${column} is ${describe(v)}, not ${expected}: not stated`);
      return undefined;
    };

    const mpaa = text(COLUMNS.mpaaRating);
    if (mpaa !== undefined) {
      if (MPAA_RATINGS.includes(mpaa)) film.mpaaRating = mpaa;
      else flag(`${COLUMNS.mpaaRating} ${JSON.stringify(mpaa)} is not an MPAA rating (${MPAA_RATINGS.join(', ')}): no content rating stated`);
    }
    film.runningTimeMinutes = number(COLUMNS.runningTime, (n) => Number.isInteger(n) && n > 0 && n <= 1000, 'a whole number of minutes from 1 to 1000');
    film.distributor = text(COLUMNS.distributor);
    film.genre = text(COLUMNS.genre);
    film.director = text(COLUMNS.director);
    film.rottenTomatoesRating = number(COLUMNS.rottenTomatoes, (n) => Number.isInteger(n) && n >= 0 && n <= 100, 'a whole percentage from 0 to 100');
    film.imdbRating = number(COLUMNS.imdbRating, (n) => n >= 1 && n <= 10, 'a rating from 1 to 10');
    const votes = number(COLUMNS.imdbVotes, (n) => Number.isInteger(n) && n >= 0, 'a count of votes');
    if (votes !== undefined) {
      if (film.imdbRating === undefined) flag(`${COLUMNS.imdbVotes} ${votes} without an IMDb rating: not stated`);
      else film.imdbVotes = votes;
    }
    for (const key of Object.keys(film) as (keyof FilmRow)[]) if (film[key] === undefined) delete film[key];

    const sameTitle = byTitle.get(title.toLowerCase()) ?? [];
    const key = `${slug(title)} ${film.year}`;
    const sameKey = byKey.get(key) ?? [];
    film.ordinal = sameKey.length + 1;
    if (sameKey.length > 0)
      flag(`same film name and year as row ${sameKey.map((f) => f.row).join(', row ')}: kept as a distinct film, its IRI suffixed "-${film.ordinal}"`);
    else if (sameTitle.length > 0)
      flag(`same title as row ${sameTitle.map((f) => `${f.row} (${f.year})`).join(', row ')}: kept as a distinct film of another year (a remake or another film of that name)`);
    byTitle.set(title.toLowerCase(), [...sameTitle, film]);
    byKey.set(key, [...sameKey, film]);

    films.push(film);
    issues.push(...rowIssues);
    if (rowIssues.length > 0) flagged++;
  });
  return { films, issues, skipped, flagged, missing };
}

/** "Jun 12 1998" → 1998-06-12, only for a real calendar day. */
export function parseReleaseDate(text: string): { iso: string; year: number } | undefined {
  const match = /^([A-Z][a-z]{2}) (\d{1,2}) (\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[1]!) + 1;
  const day = Number(match[2]);
  const year = Number(match[3]);
  if (month === 0 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return { iso: `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, year };
}

function canSlug(text: string): boolean {
  try {
    slug(text);
    return true;
  } catch {
    return false;
  }
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

/** One line per issue: `row 86 "Ben-Hur": skipped: …`. */
export function formatIssue(issue: RowIssue, tableName = 'movies.json'): string {
  return `${tableName} row ${issue.row}${issue.title !== undefined ? ` ${JSON.stringify(issue.title)}` : ''}: ${issue.decision}: ${issue.message}`;
}
