// What a film page says, in the page's own words and order, with the line each thing came from.
// No IRIs and no RDF here: parsePage builds it, pageToQuads turns it into quads.
import type { DateRange, PageDate } from './dates.ts';

/** A name written on the page, with where it starts (1-based line and column). */
export interface PageName {
  name: string;
  line: number;
  column: number;
}

/** A "Short Facts" line. */
export interface Fact {
  line: number;
}

/** A comma-separated list of names; empty when the page leaves every entry blank. */
export interface NameListFact extends Fact {
  names: PageName[];
}

export interface BasedUponFact extends Fact {
  /** Undefined when the page leaves it blank. */
  work?: { title: string; author?: string };
}

export interface RuntimeFact extends Fact {
  minutes?: number;
}

export interface RatingsFact extends Fact {
  ratings: { country: PageName; value: string }[];
}

export interface FilmingDatesFact extends Fact {
  period?: DateRange;
}

export interface ReleasesFact extends Fact {
  releases: { country: PageName; date: PageDate }[];
}

export interface ShortFacts {
  screenwriters?: NameListFact;
  basedUpon?: BasedUponFact;
  starring?: NameListFact;
  runtime?: RuntimeFact;
  ratings?: RatingsFact;
  filmingDates?: FilmingDatesFact;
  filmingLocations?: NameListFact;
  theatricalReleases?: ReleasesFact;
  dvdReleases?: ReleasesFact;
}

export interface Paragraph {
  /** The paragraph as written: its lines joined by "\n", trimmed at both ends only. */
  text: string;
  line: number;
}

export interface PageQuote extends Paragraph {
  speaker: PageName;
  /** The role written after the name, "Director" in "• Jacques Audiard (Director)". */
  role?: string;
}

export interface PageReview extends Paragraph {
  publisher: PageName;
}

export interface PageAward {
  category: string;
  organization: string;
  line: number;
}

export interface AwardList {
  /** Line of the "Awards & Nominations" heading. */
  line: number;
  /** The person of the page's "From <Name>" section. */
  nominee: PageName;
  awards: PageAward[];
}

export interface FilmPage {
  /** The first line, "De rouille et d’os (2012)", trimmed, and its number. */
  titleLine: string;
  line: number;
  title: string;
  year: string;
  englishTitle?: string;
  facts: ShortFacts;
  synopsis: Paragraph[];
  quotes: PageQuote[];
  reviews: PageReview[];
  awardList?: AwardList;
}
