// Pages that break the layout: each error names its line (and column where it can) and says
// what was expected.
import { describe, expect, it } from 'vitest';
import { importPage, PageError } from '../../src/import/importPage.ts';
import { BASE, seedBytes, seedLines } from './support.ts';

const seed = seedBytes().toString('utf8');
const lines = seedLines();
/** The seed page with one line replaced. */
const seedWith = (line: number, text: string) => [...lines.slice(1, line), text, ...lines.slice(line + 1)].join('\n');
const columnOf = (line: number, text: string) => lines[line]!.indexOf(text) + 1;
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

function pageError(input: string | Uint8Array): PageError {
  try {
    importPage(input, { baseIri: BASE });
  } catch (error) {
    if (error instanceof PageError) return error;
    throw error;
  }
  throw new Error('expected a PageError');
}

interface Case {
  name: string;
  input: string | Uint8Array;
  line: number;
  column?: number;
  message: RegExp;
}

const cases: Case[] = [
  { name: 'an empty file', input: '', line: 1, message: /expected a title line "Title \(YYYY\)", found an empty page/ },
  { name: 'empty bytes', input: new Uint8Array(), line: 1, message: /expected a title line/ },
  { name: 'only whitespace', input: ' \n\t\n  \r\n', line: 1, message: /expected a title line "Title \(YYYY\)"/ },
  { name: 'no title line', input: 'Short Facts\n\nRuntime: 120 minutes\n', line: 1, message: /expected a title line "Title \(YYYY\)", found "Short Facts"/ },
  { name: 'a title without a year', input: seed.replace('De rouille et d’os (2012)', 'De rouille et d’os'), line: 1, message: /expected a title line/ },
  {
    name: 'an unknown section',
    input: seedWith(29, 'Trivia'),
    line: 29,
    message: /unknown section "Trivia": expected one of .*"From other people", "From <Name>", "From reviews" or "Awards & Nominations"/,
  },
  {
    name: 'a release date "31 Foo 2012"',
    input: seed.replace('17 May 2012', '31 Foo 2012'),
    line: 13,
    column: columnOf(13, '17 May 2012'),
    message: /expected a date like "17 May 2012", "7 Nov 2012", "Nov 2012" or "2012", found "31 Foo 2012"/,
  },
  {
    name: 'a day the month does not have',
    input: seed.replace('19 Mar 2013', '31 Nov 2013'),
    line: 14,
    column: columnOf(14, '19 Mar 2013'),
    message: /expected a date like .* found "31 Nov 2013"/,
  },
  {
    name: 'a bad month in the filming period',
    input: seed.replace('October + November 2011', 'October + Novembre 2011'),
    line: 11,
    column: columnOf(11, 'November 2011'),
    message: /or a period like "October \+ November 2011".*found "Novembre 2011"/,
  },
  {
    name: 'binary garbage bytes',
    input: bytes('Film (2012)\n\n', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]),
    line: 3,
    column: 1,
    message: /expected UTF-8 text, found invalid bytes/,
  },
  {
    name: 'an invalid byte inside a line',
    input: bytes('Film (2012)\nShort Facts\nRuntime: 12', [0xc3, 0x28], ' minutes\n'),
    line: 3,
    column: 12,
    message: /expected UTF-8 text/,
  },
  { name: 'a NUL character', input: 'Film (2012)\n\nShort\u0000Facts\n', line: 3, column: 6, message: /expected text, found control character U\+0000/ },
  { name: 'an escape character', input: bytes('Film (2012)\n', [0x1b], '[0m\n'), line: 2, column: 1, message: /control character U\+001B/ },
  {
    name: 'an unknown Short Facts key',
    input: seedWith(9, 'Producer: Pascal Caucheteux'),
    line: 9,
    message:
      /unknown Short Facts key "Producer": expected one of Screenwriter, Based upon, Starring, Runtime, MPAA Rating, Filming Dates, Filming Locations, Theatrical Release, DVD Release/,
  },
  { name: 'a Short Facts key given twice', input: seedWith(9, 'Starring: , ,'), line: 9, message: /"Starring" is also on line 8/ },
  { name: 'a runtime that is not minutes', input: seedWith(9, 'Runtime: two hours'), line: 9, column: 10, message: /expected a runtime like "120 minutes"/ },
  {
    name: 'a release entry without its country',
    input: seedWith(14, 'DVD Release: 7 Nov 2012'),
    line: 14,
    column: 14,
    message: /expected "Country: a date" entries separated by commas/,
  },
  {
    name: 'a Short Facts line that is not "Key: value"',
    input: seedWith(9, 'one hundred and twenty minutes'),
    line: 9,
    message: /expected a Short Facts line "Key: value" or a blank line/,
  },
  { name: 'a quote without attribution', input: seedWith(39, ''), line: 38, message: /expected an attribution line "• Name \(Role\)" after this quote/ },
  { name: 'a review without publisher', input: seedWith(72, ''), line: 71, message: /expected an attribution line "• Publisher" after this review/ },
  { name: 'an attribution without text', input: seedWith(53, ''), line: 54, message: /expected the review text before its attribution line/ },
  { name: 'an award without organization', input: seedWith(80, '  • Best Actress at the Chlotrudis Awards'), line: 80, message: /expected an award "• Category from Organization"/ },
  { name: 'an award list with no "From <Name>" section', input: 'Film (2012)\n\nAwards & Nominations\n\n= Win = Nomination\n\n  • Best Film from Some Festival\n', line: 3, message: /expected a "From <Name>" section naming the nominee of this award list/ },
  {
    name: 'an award list with two "From <Name>" sections',
    input: `${seed}\n\nFrom Jacques Audiard\n\nShe is a princess.\n`,
    line: 74,
    message: /expected one "From <Name>" section .* found "Marion Cotillard", "Jacques Audiard"/,
  },
  { name: 'a second Short Facts heading', input: seedWith(29, 'Short Facts'), line: 29, message: /expected "Short Facts" right after the title/ },
];

describe('malformed pages', () => {
  it.each(cases)('$name → line $line', ({ input, line, column, message }) => {
    const error = pageError(input);
    expect(error.line).toBe(line);
    expect(error.column).toBe(column);
    expect(error.message.startsWith(`line ${line}: `)).toBe(true);
    expect(error.message).toMatch(message);
    expect(error.name).toBe('PageError');
  });
});
