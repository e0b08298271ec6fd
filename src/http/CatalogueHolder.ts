// Holds the catalogue being served. Requests read `current` once and use that version to the end,
// so a reload that swaps in a new catalogue never mixes two versions in one response.
import type { Catalogue } from '../store/Catalogue.ts';
import type { QueryWorkerPool } from '../sparql/QueryWorkerPool.ts';
import { RepresentationCache } from './RepresentationCache.ts';

/** FILMGRAPH_CACHE_MB: memory for rendered descriptions (pages, Turtle...), in MB. */
export const DEFAULT_CACHE_MB = 64;

export class CatalogueHolder {
  current: Catalogue | undefined;
  /** The query workers over the same data as `current`. */
  queries: QueryWorkerPool | undefined;
  /** Why the catalogue could not be loaded, while none is being served. */
  failure: Error | undefined;

  /** Rendered descriptions of `current` (keys carry its fingerprint). */
  readonly representations: RepresentationCache;

  constructor(cacheMb = DEFAULT_CACHE_MB) {
    this.representations = new RepresentationCache(cacheMb * 2 ** 20);
  }
}
