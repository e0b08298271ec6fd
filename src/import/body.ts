// Everything after the Short Facts: the synopsis, then the sections, read paragraph by paragraph
// (a paragraph being a run of non-blank lines).
import type { PageLine } from './decode.ts';
import type { AwardList, PageAward, PageName, PageQuote, PageReview, Paragraph } from './FilmPage.ts';
import { type Heading, readHeading } from './headings.ts';
import type { ImportWarning } from './ImportWarning.ts';
import { PageError } from './PageError.ts';
import { bulletItem, paragraphText, quoted } from './text.ts';

export interface Body {
  synopsis: Paragraph[];
  quotes: PageQuote[];
  reviews: PageReview[];
  awardList?: AwardList;
}

const LEGEND = /^\s*=\s*Win\s*=\s*Nomination\s*$/i;

export function readBody(lines: readonly PageLine[], warnings: ImportWarning[]): Body {
  const reader = new BodyReader(warnings);
  let block: PageLine[] = [];
  for (const line of [...lines, undefined]) {
    if (line && line.raw.trim() !== '') block.push(line);
    else if (block.length > 0) {
      reader.paragraph(block);
      block = [];
    }
  }
  return reader.finish();
}

/** Text waiting for its "• ..." attribution line. */
interface Pending {
  lines: PageLine[];
}

class BodyReader {
  private readonly body: Body = { synopsis: [], quotes: [], reviews: [] };
  private section: Heading | { kind: 'synopsis'; line: number } = { kind: 'synopsis', line: 0 };
  private pending: Pending | undefined;
  private readonly people: Heading[] = [];
  private awardsLine: number | undefined;
  private readonly awards: PageAward[] = [];
  private readonly warnings: ImportWarning[];

  constructor(warnings: ImportWarning[]) {
    this.warnings = warnings;
  }

  paragraph(block: PageLine[]): void {
    const heading = readHeading(block[0]!, block.length === 1);
    if (heading) {
      this.enter(heading);
      if (block.length > 1) this.content(block.slice(1));
    } else this.content(block);
  }

  private enter(heading: Heading): void {
    this.closePending();
    if (heading.kind === 'shortFacts') throw new PageError(heading.line, 'expected "Short Facts" right after the title lines');
    if (heading.kind === 'person') this.people.push(heading);
    if (heading.kind === 'awards') this.awardsLine ??= heading.line;
    this.section = heading;
  }

  private content(block: PageLine[]): void {
    const section = this.section;
    switch (section.kind) {
      case 'synopsis':
        this.body.synopsis.push({ text: paragraphText(block.map((l) => l.raw)), line: block[0]!.n });
        return;
      case 'furniture':
        this.warnings.push({ line: block[0]!.n, message: 'text under a photo or video heading left out (page furniture)' });
        return;
      case 'person': {
        const bullet = block.find((l) => bulletItem(l.raw));
        if (bullet)
          throw new PageError(bullet.n, `expected quotes by ${section.name!.name}, one per paragraph, not an attribution line`);
        const speaker = { name: section.name!.name, line: section.line, column: section.name!.column };
        this.body.quotes.push({ text: paragraphText(block.map((l) => l.raw)), line: block[0]!.n, speaker });
        return;
      }
      case 'otherPeople':
      case 'reviews':
        return this.attributed(block);
      case 'awards':
        return this.awardItems(block);
      case 'shortFacts':
        return; // refused in enter()
    }
  }

  /** Paragraphs each followed by a "• Name (Role)" or "• Publisher" line. */
  private attributed(block: PageLine[]): void {
    const what = this.section.kind === 'reviews' ? 'review' : 'quote';
    const attribution = what === 'review' ? '"• Publisher"' : '"• Name (Role)"';
    block.forEach((line, i) => {
      const item = bulletItem(line.raw);
      if (!item) {
        // A new paragraph while the last one still waits for its attribution.
        if (i === 0) this.closePending();
        (this.pending ??= { lines: [] }).lines.push(line);
        return;
      }
      if (!this.pending) throw new PageError(line.n, `expected the ${what} text before its attribution line ${attribution}`);
      const text = paragraphText(this.pending.lines.map((l) => l.raw));
      const first = this.pending.lines[0]!.n;
      this.pending = undefined;
      if (item.text === '') throw new PageError(line.n, `expected a name after "•" (${attribution})`, item.at + 1);
      if (what === 'review') {
        this.body.reviews.push({ text, line: first, publisher: { name: item.text, line: line.n, column: item.at + 1 } });
        return;
      }
      const m = /^(.*?)\s*\(([^()]*)\)$/.exec(item.text);
      const speaker: PageName = { name: m ? m[1]! : item.text, line: line.n, column: item.at + 1 };
      const role = m?.[2]?.trim();
      this.body.quotes.push({ text, line: first, speaker, ...(role ? { role } : {}) });
    });
  }

  private closePending(): void {
    if (!this.pending) return;
    const what = this.section.kind === 'reviews' ? 'review' : 'quote';
    const attribution = what === 'review' ? '"• Publisher"' : '"• Name (Role)"';
    throw new PageError(this.pending.lines[0]!.n, `expected an attribution line ${attribution} after this ${what}`);
  }

  /** "• Category from Organization" lines, after an optional "= Win = Nomination" legend. */
  private awardItems(block: PageLine[]): void {
    for (const line of block) {
      if (LEGEND.test(line.raw)) continue;
      const item = bulletItem(line.raw);
      // The organization follows the last " from ": categories may say "from" themselves.
      const from = item ? item.text.lastIndexOf(' from ') : -1;
      if (!item || from <= 0 || item.text.slice(from + 6).trim() === '')
        throw new PageError(line.n, `expected an award "• Category from Organization", found ${quoted(line.raw.trim())}`);
      this.awards.push({ category: item.text.slice(0, from).trim(), organization: item.text.slice(from + 6).trim(), line: line.n });
    }
  }

  finish(): Body {
    this.closePending();
    if (this.awards.length > 0) this.body.awardList = { line: this.awardsLine!, nominee: this.nominee(), awards: this.awards };
    return this.body;
  }

  /** The award list is the nominations of the person the page has a "From <Name>" section for. */
  private nominee(): PageName {
    const names = [...new Set(this.people.map((h) => h.name!.name))];
    if (names.length !== 1)
      throw new PageError(
        this.awardsLine!,
        names.length === 0
          ? 'expected a "From <Name>" section naming the nominee of this award list, found none'
          : `expected one "From <Name>" section naming the nominee of this award list, found ${names.map((n) => quoted(n)).join(', ')}`,
      );
    const h = this.people.find((p) => p.name!.name === names[0])!;
    return { name: names[0]!, line: h.line, column: h.name!.column };
  }
}
