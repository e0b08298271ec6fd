import { describe, expect, it } from 'vitest';
import { checkRows, COLUMNS, LATEST_PLAUSIBLE_YEAR, parseReleaseDate } from '../../../src/import/catalog/checkRows.ts';
import { slug } from '../../../src/vocab/iris.ts';
import { completeRow, isoDate, tableRows, yearOf, type Row } from './support.ts';

const rows = tableRows();
const { row: complete, index: completeIndex } = completeRow(rows);
/** A complete real row with some columns changed. */
const variant = (changes: Row): Row => ({ ...complete, ...changes });
const checkOne = (row: unknown) => checkRows([row]);

describe('checkRows on the real table', () => {
  const checked = checkRows(rows);

  it('reads a complete row with the values the table gives', () => {
    const film = checked.films.find((f) => f.row === completeIndex + 1)!;
    expect(film).toEqual({
      row: completeIndex + 1,
      title: complete[COLUMNS.title],
      releaseDate: isoDate(complete[COLUMNS.releaseDate] as string),
      year: yearOf(complete[COLUMNS.releaseDate] as string),
      ordinal: 1,
      mpaaRating: complete[COLUMNS.mpaaRating],
      runningTimeMinutes: complete[COLUMNS.runningTime],
      distributor: complete[COLUMNS.distributor],
      genre: complete[COLUMNS.genre],
      director: complete[COLUMNS.director],
      imdbRating: complete[COLUMNS.imdbRating],
      imdbVotes: complete[COLUMNS.imdbVotes],
      rottenTomatoesRating: complete[COLUMNS.rottenTomatoes],
    });
  });

  it('skips every row dated after the table and every row without a title, and keeps all the others', () => {
    const late = rows.flatMap((r, i) => (yearOf(r[COLUMNS.releaseDate] as string) > LATEST_PLAUSIBLE_YEAR ? [i + 1] : []));
    const untitled = rows.flatMap((r, i) => (r[COLUMNS.title] === null ? [i + 1] : []));
    expect(late.length).toBeGreaterThan(0);
    expect(untitled.length).toBeGreaterThan(0);
    const skippedRows = checked.issues.filter((i) => i.decision === 'skipped').map((i) => i.row);
    expect(skippedRows).toEqual([...late, ...untitled].sort((a, b) => a - b));
    expect(checked.skipped).toBe(skippedRows.length);
    expect(checked.films.length).toBe(rows.length - checked.skipped);
  });

  it('keeps films titled by a number, with the number as the title, and flags them', () => {
    const numeric = rows.flatMap((r, i) => (typeof r[COLUMNS.title] === 'number' ? [{ row: i + 1, title: String(r[COLUMNS.title]) }] : []));
    expect(numeric.length).toBeGreaterThan(0);
    for (const { row, title } of numeric) {
      expect(checked.films.find((f) => f.row === row)?.title).toBe(title);
      expect(checked.issues.find((i) => i.row === row && i.decision === 'flagged')?.message).toMatch(/title is the number/);
    }
  });

  it('flags a title met again in another year, naming the earlier row', () => {
    const seen = new Map<string, number>();
    const again: { row: number; first: number }[] = [];
    checked.films.forEach((f) => {
      const first = seen.get(f.title.toLowerCase());
      if (first !== undefined) again.push({ row: f.row, first });
      else seen.set(f.title.toLowerCase(), f.row);
    });
    expect(again.length).toBeGreaterThan(0);
    for (const { row, first } of again)
      expect(checked.issues.find((i) => i.row === row)?.message).toContain(`row ${first} `);
  });

  it('counts the missing (null) values of each mapped column among the films kept', () => {
    const kept = new Set(checked.films.map((f) => f.row));
    for (const column of [COLUMNS.director, COLUMNS.runningTime, COLUMNS.distributor]) {
      const nulls = rows.filter((r, i) => r[column] === null && kept.has(i + 1)).length;
      expect(nulls).toBeGreaterThan(0);
      expect(checked.missing[column]).toBe(nulls);
    }
  });

  it('counts each flagged row once', () => {
    expect(checked.flagged).toBe(new Set(checked.issues.filter((i) => i.decision === 'flagged').map((i) => i.row)).size);
  });
});

describe('checkRows on each kind of bad row', () => {
  const skippedFor = (row: unknown) => {
    const checked = checkOne(row);
    expect(checked.films).toEqual([]);
    expect(checked.skipped).toBe(1);
    expect(checked.issues).toHaveLength(1);
    expect(checked.issues[0]!.row).toBe(1);
    return checked.issues[0]!.message;
  };
  const flaggedFor = (row: Row) => {
    const checked = checkOne(row);
    expect(checked.films).toHaveLength(1);
    expect(checked.flagged).toBe(1);
    return { film: checked.films[0]!, message: checked.issues.map((i) => i.message).join('\n') };
  };

  it('skips a row that is not an object, or has no title, or an empty one', () => {
    expect(skippedFor(42)).toMatch(/not an object/);
    expect(skippedFor(null)).toMatch(/not an object/);
    expect(skippedFor(variant({ [COLUMNS.title]: null }))).toMatch(/no title/);
    expect(skippedFor(variant({ [COLUMNS.title]: '   ' }))).toMatch(/no title/);
    expect(skippedFor(variant({ [COLUMNS.title]: '???' }))).toMatch(/no letter or digit/);
    expect(skippedFor(variant({ [COLUMNS.title]: true }))).toMatch(/not text/);
  });

  it('skips a row whose release date is missing, unreadable, impossible, too late or too early', () => {
    expect(skippedFor(variant({ [COLUMNS.releaseDate]: null }))).toMatch(/no release date/);
    expect(skippedFor(variant({ [COLUMNS.releaseDate]: '1998-06-12' }))).toMatch(/not a date like/);
    expect(skippedFor(variant({ [COLUMNS.releaseDate]: 'Feb 30 1999' }))).toMatch(/not a date like/);
    expect(skippedFor(variant({ [COLUMNS.releaseDate]: `Jan 01 ${LATEST_PLAUSIBLE_YEAR + 1}` }))).toMatch(/later than the table/);
    expect(skippedFor(variant({ [COLUMNS.releaseDate]: 'Jan 01 1850' }))).toMatch(/before the first films/);
  });

  it('keeps a row with a bad value, without that value, and flags it', () => {
    const cases: [Row, keyof ReturnType<typeof checkRows>['films'][number], RegExp][] = [
      [{ [COLUMNS.mpaaRating]: 'Open' }, 'mpaaRating', /not an MPAA rating/],
      [{ [COLUMNS.runningTime]: -5 }, 'runningTimeMinutes', /whole number of minutes/],
      [{ [COLUMNS.runningTime]: 90.5 }, 'runningTimeMinutes', /whole number of minutes/],
      [{ [COLUMNS.imdbRating]: 11 }, 'imdbRating', /rating from 1 to 10/],
      [{ [COLUMNS.rottenTomatoes]: 120 }, 'rottenTomatoesRating', /percentage/],
      [{ [COLUMNS.rottenTomatoes]: '87%' }, 'rottenTomatoesRating', /percentage/],
      [{ [COLUMNS.director]: 7 }, 'director', /not text/],
      [{ [COLUMNS.distributor]: '' }, 'distributor', /not text/],
      [{ [COLUMNS.imdbRating]: null }, 'imdbVotes', /Votes \d+ without an IMDb rating/],
    ];
    for (const [changes, field, message] of cases) {
      const { film, message: said } = flaggedFor(variant(changes));
      expect(film[field], JSON.stringify(changes)).toBeUndefined();
      expect(said, JSON.stringify(changes)).toMatch(message);
      expect(film.title).toBe(complete[COLUMNS.title]);
    }
  });

  it('gives films of one title and year ordinals in table order, and flags the second', () => {
    const checked = checkRows([complete, variant({ [COLUMNS.title]: `${complete[COLUMNS.title]}!` }), complete]);
    expect(checked.films.map((f) => f.ordinal)).toEqual([1, 2, 3]);
    expect(slug(checked.films[1]!.title)).toBe(slug(checked.films[0]!.title));
    expect(checked.issues.map((i) => i.row)).toEqual([2, 3]);
    expect(checked.issues[0]!.message).toMatch(/same film name and year as row 1/);
  });

  it('never throws on rows of any shape', () => {
    const odd = [undefined, 'text', [], {}, { Title: {} }, { Title: 'X', 'Release Date': 12 }, variant({ [COLUMNS.imdbVotes]: Infinity })];
    const checked = checkRows(odd);
    expect(checked.skipped + checked.films.length).toBe(odd.length);
  });
});

describe('parseReleaseDate', () => {
  it('agrees with Date on every date of the table', () => {
    for (const r of rows) {
      const written = r[COLUMNS.releaseDate] as string;
      expect(parseReleaseDate(written)).toEqual({ iso: isoDate(written), year: yearOf(written) });
    }
  });
});
