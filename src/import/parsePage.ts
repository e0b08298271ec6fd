// Page text → FilmPage: the title lines and Short Facts here, the rest in body.ts.
import { readBody } from './body.ts';
import type { PageLine } from './decode.ts';
import type { FilmPage } from './FilmPage.ts';
import { knownHeading } from './headings.ts';
import type { ImportWarning } from './ImportWarning.ts';
import { PageError } from './PageError.ts';
import { FactReader, looksLikeFact } from './shortFacts.ts';
import { quoted } from './text.ts';

const TITLE = /^\s*(.*\S)\s*\((\d{4})\)\s*$/;
const ENGLISH_TITLE = /^\s*(.*\S)\s*\(English Title\)\s*$/i;
const EXPECTED_TITLE = 'expected a title line "Title (YYYY)"';

export interface ParsedPage {
  page: FilmPage;
  warnings: ImportWarning[];
}

export function parsePage(lines: readonly PageLine[]): ParsedPage {
  const warnings: ImportWarning[] = [];
  const blank = (i: number) => i < lines.length && lines[i]!.raw.trim() === '';
  const skipBlank = (i: number) => {
    while (blank(i)) i++;
    return i;
  };

  let i = skipBlank(0);
  const titleLine = lines[i];
  if (!titleLine) throw new PageError(1, `${EXPECTED_TITLE}, found an empty page`);
  const title = TITLE.exec(titleLine.raw);
  if (!title) throw new PageError(titleLine.n, `${EXPECTED_TITLE}, found ${quoted(titleLine.raw.trim())}`);
  const page: FilmPage = {
    titleLine: titleLine.raw.trim(),
    line: titleLine.n,
    title: title[1]!,
    year: title[2]!,
    facts: {},
    synopsis: [],
    quotes: [],
    reviews: [],
  };

  i = skipBlank(i + 1);
  const english = i < lines.length ? ENGLISH_TITLE.exec(lines[i]!.raw) : null;
  if (english) {
    page.englishTitle = english[1]!;
    i = skipBlank(i + 1);
  }

  if (i < lines.length && knownHeading(lines[i]!.raw) === 'shortFacts') {
    const reader = new FactReader(warnings);
    i = skipBlank(i + 1);
    const first = i;
    for (; i < lines.length && !blank(i) && !knownHeading(lines[i]!.raw); i++) {
      const line = lines[i]!;
      // Facts end at the first blank line; a heading with no facts under it is followed by the synopsis.
      if (!looksLikeFact(line.raw)) {
        if (i === first) break;
        throw new PageError(line.n, `expected a Short Facts line "Key: value" or a blank line, found ${quoted(line.raw.trim())}`);
      }
      reader.read(line);
    }
    page.facts = reader.facts;
  }

  Object.assign(page, readBody(lines.slice(i), warnings));
  return { page, warnings };
}
