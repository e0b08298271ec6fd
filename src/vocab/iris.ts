// How filmgraph names things. Every IRI is a path relative to the deployment's base (set at
// start-up), so the same data files serve on localhost and on a real domain. Paths are built from
// names, so the same person or organization met on two pages gets one IRI.

/** Lower-case ASCII slug: accents dropped, every run of other characters becomes one hyphen. */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s === '') throw new Error(`cannot make an IRI segment from ${JSON.stringify(text)}: it has no letter or digit`);
  return s;
}

export type Medium = 'theatrical' | 'dvd';

/** Relative paths of everything filmgraph publishes. `film` arguments are film paths. */
export const paths = {
  film: (title: string, year: number | string) => `film/${slug(title)}-${year}`,
  person: (name: string) => `person/${slug(name)}`,
  organization: (name: string) => `organization/${slug(name)}`,
  /** A work a film is based on; named with its author so two works of one title stay apart. */
  work: (title: string, author?: string) => `work/${slug(title)}${author ? `-by-${slug(author)}` : ''}`,
  /** A place named by a page (a filming location) that is not a country. */
  place: (name: string) => `place/${slug(name)}`,
  /** Countries by ISO 3166-1 alpha-2 code where known (lower case), else by name. */
  country: (codeOrName: string) => `country/${slug(codeOrName)}`,
  release: (film: string, country: string, medium: Medium) => `${film}/release/${slug(country)}-${medium}`,
  rating: (film: string, country: string) => `${film}/rating/${slug(country)}`,
  /** A rating aggregated by a site (IMDb users, Rotten Tomatoes critics): not a content rating. */
  aggregateRating: (film: string, site: string) => `${film}/aggregate-rating/${slug(site)}`,
  review: (film: string, publisher: string) => `${film}/review/${slug(publisher)}`,
  quote: (film: string, speaker: string, n: number) => `${film}/quote/${slug(speaker)}-${n}`,
  nomination: (film: string, nominee: string, organization: string) =>
    `${film}/nomination/${slug(nominee)}-${slug(organization)}`,
  character: (film: string, name: string) => `${film}/character/${slug(name)}`,
  castRole: (film: string, actor: string) => `${film}/cast/${slug(actor)}`,
  distribution: (film: string, country: string) => `${film}/distribution/${slug(country)}`,
  /** The graph an imported page's facts live in, and the page itself as a source. */
  pageGraph: (film: string) => `graph/page/${film.replace(/^film\//, '')}`,
  pageSource: (film: string) => `source/page/${film.replace(/^film\//, '')}`,
  curatedGraph: (film: string, source: string) => `graph/curated/${film.replace(/^film\//, '')}/${slug(source)}`,
  source: (name: string) => `source/${slug(name)}`,
  /** The graph of a catalogue imported from a published table; copies 2, 3… (benchmark replicas) get their own. */
  catalogueGraph: (catalogue: string, copy = 1) => `graph/catalogue/${slug(catalogue)}${copy > 1 ? `/copy-${copy}` : ''}`,
  derivedGraph: () => 'graph/derived',
};

/**
 * Hands out a path once; a second request for the same path gets "-2", then "-3", in the order
 * asked. Used where a page may hold two things that would get the same name (two reviews by one
 * publisher), so the IRIs stay stable for a given page.
 */
export class UniquePaths {
  private readonly seen = new Map<string, number>();

  take(path: string): string {
    const n = (this.seen.get(path) ?? 0) + 1;
    this.seen.set(path, n);
    return n === 1 ? path : `${path}-${n}`;
  }
}

export class InvalidBaseIriError extends Error {
  name = 'InvalidBaseIriError';
}

/** Checks a base IRI: absolute http(s), no query or fragment, ending in "/". */
export function checkBaseIri(base: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new InvalidBaseIriError(`base IRI ${JSON.stringify(base)} is not an absolute IRI`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InvalidBaseIriError(`base IRI ${JSON.stringify(base)} must use http or https`);
  if (url.search || url.hash || base.includes('#'))
    throw new InvalidBaseIriError(`base IRI ${JSON.stringify(base)} must not have a query or fragment`);
  if (!base.endsWith('/')) throw new InvalidBaseIriError(`base IRI ${JSON.stringify(base)} must end with "/"`);
  return base;
}

export const DEFAULT_BASE_IRI = 'http://localhost:3000/';
