// One page of a long ordered answer from a SPARQL server, for a client who pages through it
// (the home page's listings, quad pattern fragments): read just after, or just before, the key of
// an item of the page next to it, never at an OFFSET (paging.ts says why), each query under the
// server's row limit. A few pages from the start can still be reached by number, in one query's
// reach.
//
// The answer may be in parts, read one after the other (for a fragment: the merge's triples, then
// the named graphs' quads). A part's rows are told apart by a key (keysetPages.ts), or, for rows
// with blank nodes, which no key can name, the part is read whole in one query, in the server's
// order, and its rows are named by their position in it (so there must be fewer of them than a
// query may return, as for dumps, dumpQuads.ts).
import type { Row } from '../../sparql/SparqlEngine.ts';
import type { SparqlProtocolClient } from './SparqlProtocolClient.ts';
import { RemoteStoreIncompleteAnswerError } from './errors.ts';
import { keysetQueryText, keysetQueryTextBefore, pageSizeUnder, type KeysetQuery } from './keysetPages.ts';
import { PageRequestError, type PageStart } from '../paging.ts';

/** A part of the answer: rows a key tells apart, or (`whole`, a query ordered by the server) rows read whole. */
export type AnswerPart = { keyed: KeysetQuery } | { whole: string };

/** An item of the answer: its part, and its key there (for a part read whole, its position). */
export interface Position {
  part: number;
  key: string[];
}

export type WindowStart = { number: number } | { after: Position } | { before: Position };

export interface Window {
  rows: { row: Row; part: number }[];
  next?: Position;
  previous?: Position;
}

interface Item {
  row: Row;
  position: Position;
}

/** Reads pages of an answer in parts from one server. */
export class KeysetWindow {
  /** Rows per query: under the server's row limit. */
  private readonly most: number;
  private readonly wholeParts = new Map<number, Promise<Row[]>>();

  constructor(
    private readonly client: SparqlProtocolClient,
    private readonly parts: AnswerPart[],
    serverMaxRows: number,
  ) {
    this.most = pageSizeUnder(serverMaxRows);
  }

  /** The highest page number reachable from the start in one query's rows. */
  lastPageNumber(size: number): number {
    return Math.max(1, Math.floor((this.most - 1) / size));
  }

  /**
   * The `size` rows at `start`, and the positions of the first and last of them where a page
   * precedes or follows (one row more is read to know).
   */
  async page(start: WindowStart, size: number): Promise<Window> {
    const position = ({ position }: Item) => position;
    const shown = (items: Item[]) => items.map(({ row, position: { part } }) => ({ row, part }));
    if ('before' in start) {
      const items = await this.read(start.before, size + 1, 'before');
      const page = items.slice(-size);
      return { rows: shown(page), next: page.length ? position(page[page.length - 1]) : undefined, previous: items.length > size ? position(page[0]) : undefined };
    }
    if ('after' in start) {
      const items = await this.read(start.after, size + 1, 'after');
      const page = items.slice(0, size);
      return { rows: shown(page), next: items.length > size ? position(page[size - 1]) : undefined, previous: page.length ? position(page[0]) : undefined };
    }
    if (start.number > this.lastPageNumber(size))
      throw new PageRequestError(
        `page ${start.number} is past the pages this server reaches by number (up to ${this.lastPageNumber(size)}): from the first page, follow the "next" links, which start each page after the last item of the one before`,
      );
    const first = (start.number - 1) * size;
    const items = await this.read(undefined, first + size + 1, 'after');
    const page = items.slice(first, first + size);
    return {
      rows: shown(page),
      next: items.length > first + size ? position(page[size - 1]) : undefined,
      previous: start.number > 1 && page.length ? position(page[0]) : undefined,
    };
  }

  /**
   * `want` items just after (or just before) an item, or from the start (or the end), in the
   * answer's order, part after part, at most `most` rows a query.
   */
  private async read(from: Position | undefined, want: number, direction: 'after' | 'before'): Promise<Item[]> {
    const items: Item[] = [];
    const step = direction === 'after' ? 1 : -1;
    let part = from?.part ?? (direction === 'after' ? 0 : this.parts.length - 1);
    let key = from?.key;
    while (items.length < want && part >= 0 && part < this.parts.length) {
      const limit = Math.min(want - items.length, this.most);
      const got = await this.readPart(part, key, limit, direction);
      items.push(...got);
      if (got.length < limit) [part, key] = [part + step, undefined];
      else key = got[got.length - 1].position.key;
    }
    return direction === 'after' ? items : items.reverse();
  }

  /** Up to `limit` rows of one part next to `key` (from the part's start or end without it), in reading order. */
  private async readPart(part: number, key: string[] | undefined, limit: number, direction: 'after' | 'before'): Promise<Item[]> {
    const spec = this.parts[part];
    if ('keyed' in spec) {
      const rows = await this.client.select((direction === 'after' ? keysetQueryText : keysetQueryTextBefore)(spec.keyed, limit, key));
      return rows.map((row) => {
        const values = spec.keyed.keys.map((_, i) => row[`fg_key${i}`]?.value);
        if (values.some((value) => value === undefined))
          throw new RemoteStoreIncompleteAnswerError('the SPARQL server gave a row without its paging key: the answer cannot be read page by page', 'paging');
        return { row, position: { part, key: values as string[] } };
      });
    }
    const rows = await this.whole(part, spec.whole);
    const at = key ? Number(key[0]) : direction === 'after' ? -1 : rows.length;
    const [from, to] = direction === 'after' ? [at + 1, Math.min(rows.length, at + 1 + limit)] : [Math.max(0, at - limit), at];
    const items = rows.slice(from, to).map((row, i) => ({ row, position: { part, key: [String(from + i)] } }));
    return direction === 'after' ? items : items.reverse();
  }

  private whole(part: number, query: string): Promise<Row[]> {
    let rows = this.wholeParts.get(part);
    if (!rows) {
      rows = this.client.select(`${query} LIMIT ${this.most}`).then((answer) => {
        if (answer.length >= this.most)
          throw new RemoteStoreIncompleteAnswerError(
            `${this.most} rows with blank nodes or more match, which are read in one query of fewer rows than that (under the SPARQL server's row limit, FILMGRAPH_STORE_MAX_ROWS, and at most 10,000)`,
            'row-limit',
          );
        return answer;
      });
      this.wholeParts.set(part, rows);
    }
    return rows;
  }

  /** A cursor for a link: the position, as text that keeps to URL characters. */
  static cursorOf(position: Position): string {
    return Buffer.from(JSON.stringify([position.part, ...position.key])).toString('base64url');
  }

  /** The position a cursor of `cursorOf` names, checked against the parts (PageRequestError if it is not one). */
  positionOf(cursor: string): Position {
    const refuse = () => new PageRequestError('the page cursor is not one this server gave: follow the links of the pages, from the first');
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      throw refuse();
    }
    if (!Array.isArray(decoded)) throw refuse();
    const [part, ...key] = decoded as unknown[];
    if (typeof part !== 'number' || !Number.isInteger(part) || part < 0 || part >= this.parts.length) throw refuse();
    const spec = this.parts[part];
    if (!key.every((value): value is string => typeof value === 'string' && safeKeyValue(value))) throw refuse();
    if ('keyed' in spec ? key.length !== spec.keyed.keys.length : key.length !== 1 || !/^\d{1,5}$/.test(key[0])) throw refuse();
    return { part, key };
  }
}

/**
 * A key value from a link may go into a query as a string literal (JSON-escaped, keysetPages.ts):
 * no backslash (a server may read \u escapes before the string), no control character, no lone
 * surrogate. The keys the server gives (IRIs, digests) have none.
 */
export const safeKeyValue = (value: string) => !/[\u0000-\u001f\\]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value);

/** Where a page starts, its cursor read by `positionOf`. */
export function windowStart(start: PageStart, positionOf: (cursor: string) => Position): WindowStart {
  if ('after' in start) return { after: positionOf(start.after) };
  if ('before' in start) return { before: positionOf(start.before) };
  return start;
}
