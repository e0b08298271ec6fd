// Holds the catalogue being served. Requests read `current` once and use that version to the end,
// so a reload that swaps in a new catalogue never mixes two versions in one response.
import type { PublishedDataset, QueryRunner } from '../store/PublishedDataset.ts';
import { RepresentationCache } from './RepresentationCache.ts';

/** FILMGRAPH_CACHE_MB: memory for rendered descriptions (pages, Turtle...), in MB. */
export const DEFAULT_CACHE_MB = 64;

export class CatalogueHolder {
  current: PublishedDataset | undefined;
  /** What runs the SPARQL queries of clients over the same data as `current`. */
  queries: QueryRunner | undefined;
  /** Why the catalogue could not be loaded, while none is being served. */
  failure: Error | undefined;
  /**
   * Set while the remote store cannot be reached (the catalogue stays, the answers are 503 with
   * Retry-After); cleared when it answers again.
   */
  unavailable: (Error & { retryAfterSeconds: number }) | undefined;

  /** Rendered descriptions of `current` (keys carry its fingerprint). */
  readonly representations: RepresentationCache;

  constructor(cacheMb = DEFAULT_CACHE_MB) {
    this.representations = new RepresentationCache(cacheMb * 2 ** 20);
  }
}
