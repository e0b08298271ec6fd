// Holds the catalogue being served. Requests read `current` once and use that version to the end,
// so a reload that swaps in a new catalogue never mixes two versions in one response.
import type { Catalogue } from '../store/Catalogue.ts';

export class CatalogueHolder {
  current: Catalogue | undefined;
  /** Why the catalogue could not be loaded, while none is being served. */
  failure: Error | undefined;
}
