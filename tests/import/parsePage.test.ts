import { describe, expect, it } from 'vitest';
import { decodePage } from '../../src/import/decode.ts';
import { parsePage } from '../../src/import/parsePage.ts';
import { fixture, seedBytes } from './support.ts';

const parse = (input: string | Uint8Array) => parsePage(decodePage(input).lines);

describe('parsePage on the seed page', () => {
  const { page, warnings } = parse(seedBytes());

  it('reads the title lines', () => {
    expect(page).toMatchObject({ titleLine: 'De rouille et d’os (2012)', line: 1, title: 'De rouille et d’os', year: '2012', englishTitle: 'Rust and Bone' });
  });

  it('reads each Short Fact with its line', () => {
    const f = page.facts;
    expect(f.screenwriters).toEqual({ line: 6, names: [] });
    expect(f.basedUpon).toEqual({ line: 7, work: { title: 'Rust and Bone', author: 'Craig Davidson' } });
    expect(f.starring).toEqual({ line: 8, names: [] });
    expect(f.runtime).toEqual({ line: 9, minutes: 120 });
    expect(f.ratings?.ratings.map((r) => [r.country.name, r.country.column, r.value])).toEqual([
      ['France', 14, 'Tous publics'],
      ['US', 36, 'R'],
      ['UK', 43, '15'],
    ]);
    expect(f.filmingDates?.period?.start.value).toBe('2011-10');
    expect(f.filmingLocations).toEqual({ line: 12, names: [] });
    expect(f.theatricalReleases?.releases.map((r) => r.date.value)).toEqual(['2012-05-17', '2012-11-16', '2012-11-02']);
    expect(f.dvdReleases?.line).toBe(14);
  });

  it('finds the paragraphs and sections at their lines', () => {
    expect(page.synopsis.map((p) => p.line)).toEqual([17, 19, 21, 23, 25]);
    expect(page.quotes.map((q) => [q.line, q.speaker.name, q.role])).toEqual([
      [38, 'Jacques Audiard', 'Director'],
      [43, 'Marion Cotillard', undefined],
      [45, 'Marion Cotillard', undefined],
      [47, 'Marion Cotillard', undefined],
      [49, 'Marion Cotillard', undefined],
    ]);
    expect(page.reviews.map((r) => [r.line, r.publisher.line, r.publisher.name])[6]).toEqual([71, 72, 'Variety']);
    expect(page.awardList?.line).toBe(74);
    expect(page.awardList?.nominee).toEqual({ name: 'Marion Cotillard', line: 41, column: 6 });
    expect(page.awardList?.awards[0]).toEqual({ category: 'Best actress', organization: 'Australian Film Institute', line: 78 });
    expect(page.awardList?.awards).toHaveLength(17);
  });

  it('warns only about the blank name lists ("n/a" says it plainly)', () => {
    expect(warnings.map((w) => w.line)).toEqual([6, 8]);
  });
});

describe('parsePage on layout variations', () => {
  it('reads the second fixture page, which has no "From other people"', () => {
    const { page, warnings } = parse(fixture('die-stille-der-gletscher-2019.txt'));
    expect(page.quotes.map((q) => q.speaker.name)).toEqual(['Lena Hartmann', 'Lena Hartmann']);
    expect(page.facts.screenwriters?.names.map((n) => [n.name, n.column])).toEqual([
      ['Lena Hartmann', 15],
      ['Tomasz Wójcik', 30],
    ]);
    expect(page.facts.basedUpon).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('accepts a page of just a title', () => {
    const { page } = parse('\n\nSome Film (1999)\n');
    expect(page).toMatchObject({ title: 'Some Film', year: '1999', line: 3, facts: {}, synopsis: [], quotes: [], reviews: [] });
    expect(page.englishTitle).toBeUndefined();
  });

  it('reads CRLF line ends and an attribution after a blank line', () => {
    const { page } = parse('Film (2001)\r\n\r\nFrom other people\r\n\r\nA quote.\r\nOn two lines.\r\n\r\n• Ann Lee (Composer)\r\n');
    expect(page.quotes).toEqual([
      { text: 'A quote.\nOn two lines.', line: 5, speaker: { name: 'Ann Lee', line: 8, column: 3 }, role: 'Composer' },
    ]);
  });

  it('reads a synopsis straight after an empty Short Facts', () => {
    const { page } = parse('Film (2001)\nShort Facts\n\nIt begins.\n');
    expect(page.facts).toEqual({});
    expect(page.synopsis).toEqual([{ text: 'It begins.', line: 4 }]);
  });

  it('keeps some names of a partly blank list, with a warning', () => {
    const { page, warnings } = parse('Film (2001)\nShort Facts\nStarring: Ann Lee, , Bo Ray\nFilming Locations:\n');
    expect(page.facts.starring?.names.map((n) => n.name)).toEqual(['Ann Lee', 'Bo Ray']);
    expect(page.facts.filmingLocations?.names).toEqual([]);
    expect(warnings).toEqual([
      { line: 3, message: '"Starring" has 1 blank name(s), left out' },
      { line: 4, message: '"Filming Locations" is blank: stating that the page does not say' },
    ]);
  });

  it('leaves out text under photo and video headings, with a warning', () => {
    const { page, warnings } = parse('Film (2001)\n\nFrom the Photo Gallery\n\nAli and Sam on the beach at Antibes.\n\nFrom reviews\n\nGood.\n• Paper\n');
    expect(page.reviews).toHaveLength(1);
    expect(warnings).toEqual([{ line: 5, message: expect.stringMatching(/left out/) }]);
  });

  it('splits an award on the last " from "', () => {
    const { page } = parse('Film (2001)\n\nFrom Ann Lee\n\nHi.\n\nAwards & Nominations\n\n• Prize from the Sea from Sea Festival\n');
    expect(page.awardList?.awards[0]).toMatchObject({ category: 'Prize from the Sea', organization: 'Sea Festival' });
  });
});
