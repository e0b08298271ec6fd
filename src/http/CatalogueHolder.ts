// Holds the catalogue being served. Requests read `current` once and use that version to the end,
// so a reload that swaps in a new catalogue never mixes two versions in one response.
import type { Catalogue } from '../store/Catalogue.ts';
import type { QueryWorkerPool } from '../sparql/QueryWorkerPool.ts';

export class CatalogueHolder {
  current: Catalogue | undefined;
  /** The query workers over the same data as `current`. */
  queries: QueryWorkerPool | undefined;
  /** Why the catalogue could not be loaded, while none is being served. */
  failure: Error | undefined;
}
