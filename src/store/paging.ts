// Pages of a long list (the home page's listings, quad pattern fragments) and the links between
// them. A link names where its page starts by an item next to it — after the last item of the
// page before, or before the first item of the page after (a cursor the store made) — rather than
// by a position: a SPARQL server reaches a position only by sorting and skipping every row before
// it (OFFSET), which Virtuoso refuses past 10,000 rows (SR353). Page numbers are still taken as
// far as the store reaches them at a bounded cost.

/** Where a page starts: page `number` (from 1), or just after / just before the item a cursor names. */
export type PageStart = { number: number } | { after: string } | { before: string };

export const FIRST_PAGE: PageStart = { number: 1 };

export interface Page<T> {
  items: T[];
  /** How many there are in all. */
  total: number;
  /** The cursor of the last item, when a page follows: the next page starts after it. */
  next?: string;
  /** The cursor of the first item, when a page precedes: the previous page ends before it. */
  previous?: string;
}

/** A page the store cannot give: a cursor it did not make, or a page number past its reach (400). */
export class PageRequestError extends Error {
  name = 'PageRequestError';
}

/**
 * A page of a list held in order in memory (the embedded store): `cursorAt` names the item at a
 * position, `indexOf` finds it again (or throws PageRequestError).
 */
export function pageOfList<T>(
  list: { length: number; slice: (from: number, to: number) => T[] },
  start: PageStart,
  size: number,
  cursorAt: (index: number) => string,
  indexOf: (cursor: string) => number,
): Page<T> {
  let from: number;
  let to: number;
  if ('before' in start) {
    to = indexOf(start.before);
    from = Math.max(0, to - size);
  } else {
    from = 'after' in start ? indexOf(start.after) + 1 : (start.number - 1) * size;
    to = Math.min(list.length, from + size);
  }
  const items = list.slice(from, to);
  if (items.length === 0) return { items, total: list.length };
  return {
    items,
    total: list.length,
    next: to < list.length ? cursorAt(to - 1) : undefined,
    previous: from > 0 ? cursorAt(from) : undefined,
  };
}
