// Section headings: the known ones, "From <Name>", and lines that look like a heading but are none.
import type { PageLine } from './decode.ts';
import { PageError } from './PageError.ts';
import { quoted } from './text.ts';

export type SectionKind = 'shortFacts' | 'furniture' | 'otherPeople' | 'reviews' | 'awards' | 'person';

const KNOWN: Record<string, SectionKind> = {
  'short facts': 'shortFacts',
  'from the photo gallery': 'furniture',
  'see more pictures': 'furniture',
  'watch more videos': 'furniture',
  'from other people': 'otherPeople',
  'from reviews': 'reviews',
  'awards & nominations': 'awards',
  'awards and nominations': 'awards',
};

const EXPECTED =
  '"Short Facts", "From the Photo Gallery", "See more pictures", "Watch more videos", "From other people", ' +
  '"From <Name>", "From reviews" or "Awards & Nominations"';

export interface Heading {
  kind: SectionKind;
  line: number;
  /** For "From <Name>": the name and its column. */
  name?: { name: string; column: number };
}

export function knownHeading(text: string): SectionKind | undefined {
  return KNOWN[text.trim().replace(/\s+/g, ' ').toLowerCase()];
}

/** Short, no sentence-ending punctuation, not a list item: the shape of a heading. */
export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  return (
    t.length > 0 &&
    t.length <= 60 &&
    t.split(/\s+/).length <= 8 &&
    /^[\p{L}\p{N}]/u.test(t) &&
    !/[.!?:;,…"'”’»]$/.test(t)
  );
}

/**
 * The heading a paragraph opens with, if any. `alone` says the line is a paragraph by itself
 * (blank lines around it): only then can it be "From <Name>" or an unknown section.
 */
export function readHeading(line: PageLine, alone: boolean): Heading | undefined {
  const kind = knownHeading(line.raw);
  if (kind) return { kind, line: line.n };
  if (!alone || !looksLikeHeading(line.raw)) return undefined;
  const from = /^(\s*From\s+)(\p{Lu}.*?)\s*$/u.exec(line.raw);
  if (from) return { kind: 'person', line: line.n, name: { name: from[2]!, column: from[1]!.length + 1 } };
  throw new PageError(
    line.n,
    `unknown section ${quoted(line.raw.trim())}: expected one of ${EXPECTED} (text paragraphs end with punctuation)`,
  );
}
