// A page of a list held in memory (the embedded store's listings and fragments): where it starts
// and which links it has, at the edges too.
import { describe, expect, it } from 'vitest';
import { FIRST_PAGE, PageRequestError, pageOfList, type PageStart } from '../../src/store/paging.ts';

const LIST = Array.from({ length: 7 }, (_, i) => `item${i}`);
const page = (start: PageStart, list = LIST) =>
  pageOfList(list, start, 3, (i) => list[i], (cursor) => {
    const index = list.indexOf(cursor);
    if (index < 0) throw new PageRequestError(`no ${cursor}`);
    return index;
  });

describe('pageOfList', () => {
  it('links each page to the next after its last item and to the previous before its first', () => {
    expect(page(FIRST_PAGE)).toEqual({ items: ['item0', 'item1', 'item2'], total: 7, next: 'item2', previous: undefined });
    expect(page({ after: 'item2' })).toEqual({ items: ['item3', 'item4', 'item5'], total: 7, next: 'item5', previous: 'item3' });
    expect(page({ after: 'item5' })).toEqual({ items: ['item6'], total: 7, next: undefined, previous: 'item6' });
    expect(page({ before: 'item6' })).toEqual(page({ after: 'item2' }));
    expect(page({ before: 'item3' })).toEqual(page(FIRST_PAGE));
    expect(page({ number: 3 })).toEqual(page({ after: 'item5' }));
  });

  it('gives a short first page going back from near the start, an empty page past the end, and no links where there is no page', () => {
    expect(page({ before: 'item2' })).toEqual({ items: ['item0', 'item1'], total: 7, next: 'item1', previous: undefined });
    expect(page({ before: 'item0' })).toEqual({ items: [], total: 7 });
    expect(page({ after: 'item6' })).toEqual({ items: [], total: 7 });
    expect(page({ number: 4 })).toEqual({ items: [], total: 7 });
    expect(page(FIRST_PAGE, [])).toEqual({ items: [], total: 0 });
    expect(page(FIRST_PAGE, ['a', 'b', 'c'])).toEqual({ items: ['a', 'b', 'c'], total: 3, next: undefined, previous: undefined });
  });

  it('refuses a cursor the list does not know', () => {
    expect(() => page({ after: 'nothing' })).toThrow(PageRequestError);
  });
});
