// Reading a long ordered answer from a SPARQL server in pages that each start after the last key
// of the page before (keyset pagination), never at an OFFSET: a server's limits bound what one
// query returns, and may bound how far one may page (Virtuoso refuses a sorted query whose
// OFFSET + LIMIT passes 10,000, SR353), and a deep OFFSET makes the server sort and skip every
// earlier row again.
//
// Keys are strings the server computes, compared by the server with `>` in a FILTER and with
// ORDER BY, the same comparison: STR() of IRIs, and for an object a digest of its kind, datatype,
// language and lexical form (fixed length: Virtuoso cannot sort on a string of more than about
// 4,000 characters, SR319, and `>` is not defined between terms of different kinds). A key must
// tell apart every row of the answer, so blank nodes, which no query can name and no portable
// function turns into a string, are never part of one: the callers read triples with blank nodes
// on their own (dumpQuads.ts).
import type { Row } from '../../sparql/SparqlEngine.ts';
import type { SparqlProtocolClient } from './SparqlProtocolClient.ts';
import { RemoteStoreIncompleteAnswerError } from './errors.ts';

/**
 * Rows per query at most, whatever the server allows: Virtuoso sorts at most 10,000 rows for a
 * query with ORDER BY and LIMIT (SR353, whatever its ResultSetMaxRows). Each page costs the
 * server a pass over the data (it filters and sorts what is left), so fewer, larger pages make a
 * dump faster.
 */
const MOST_ROWS_PER_PAGE = 10_000;

/** The row limit assumed when the server's is not given (Virtuoso ships with ResultSetMaxRows 10,000). */
export const DEFAULT_SERVER_MAX_ROWS = 10_000;

/**
 * Rows per page under a server's row limit: one less than the limit, since Virtuoso flags an
 * answer of exactly ResultSetMaxRows rows as cut (X-SPARQL-MaxRows), even when it is whole.
 */
export const pageSizeUnder = (serverMaxRows: number) => Math.max(1, Math.min(MOST_ROWS_PER_PAGE, serverMaxRows - 1));

/** The key of an IRI (subject, predicate, graph): its string, so pages come in IRI order. */
export const iriKey = (variable: string) => `STR(${variable})`;

/**
 * The key of an IRI or literal object: MD5 of "<" + IRI, or of datatype, language and lexical
 * form separated by spaces (which no IRI or language tag holds, so different terms never give
 * the same text). A language-tagged literal's DATATYPE is rdf:langString in SPARQL 1.1 and
 * unbound on Virtuoso 7: COALESCE keeps the key bound either way. Two objects of one subject
 * and predicate whose digests collide would lose one at a page's edge: the callers' counts
 * (dumpQuads.ts, load's read-back) would tell.
 */
export const objectKey = (variable: string) =>
  `MD5(IF(isIRI(${variable}), CONCAT("<", STR(${variable})), CONCAT(COALESCE(STR(DATATYPE(${variable})), ""), " ", LANG(${variable}), " ", STR(${variable}))))`;

export interface KeysetQuery {
  /** What the SELECT clause projects before the keys, e.g. `DISTINCT ?s ?p ?o`. */
  select: string;
  /** The group graph pattern's content; the key expressions must be bound by it. */
  where: string;
  /** Expressions whose values, in this order, identify each row of the answer. */
  keys: string[];
  /** A GROUP BY's variables, when rows are groups (the keys are then expressions of these). */
  groupBy?: string;
}

/** `keys` after `values` in lexicographic order: k1 > v1 || (k1 = v1 && (k2 > v2 || ...)); before with `<`. */
function after(keys: string[], values: string[], than: '>' | '<' = '>'): string {
  const [key, ...moreKeys] = keys;
  const [value, ...moreValues] = values;
  const literal = JSON.stringify(value);
  return moreKeys.length === 0 ? `${key} ${than} ${literal}` : `(${key} ${than} ${literal} || (${key} = ${literal} && ${after(moreKeys, moreValues, than)}))`;
}

/** The text of the query for the page after `last` (the first page without it). */
export function keysetQueryText(query: KeysetQuery, page: number, last?: string[]): string {
  const keyVariables = query.keys.map((_, i) => `?fg_key${i}`);
  const projected = query.keys.map((key, i) => `(${key} AS ${keyVariables[i]})`).join(' ');
  const filter = last ? `FILTER(${after(query.keys, last)})` : '';
  const groupBy = query.groupBy ? ` GROUP BY ${query.groupBy}` : '';
  return `SELECT ${query.select} ${projected} WHERE { ${query.where} ${filter} }${groupBy} ORDER BY ${keyVariables.join(' ')} LIMIT ${page}`;
}

/**
 * Every row of the answer, in key order, `page` rows per query (under the server's row limit).
 * A page whose keys are missing, or that does not move past the page before, is an error: the
 * server is not ordering as it filters, and going on would loop or skip rows.
 */
export async function* keysetRows(client: SparqlProtocolClient, query: KeysetQuery, page: number): AsyncGenerator<Row> {
  let last: string[] | undefined;
  for (;;) {
    const rows = await client.select(keysetQueryText(query, page, last));
    yield* rows;
    if (rows.length < page) return;
    const final = rows[rows.length - 1];
    const next = query.keys.map((_, i) => final[`fg_key${i}`]?.value);
    if (next.some((value) => value === undefined))
      throw new RemoteStoreIncompleteAnswerError('the SPARQL server gave a row without its paging key: the answer cannot be read page by page', 'paging');
    if (last && next.every((value, i) => value === last![i]))
      throw new RemoteStoreIncompleteAnswerError('the SPARQL server gave the same page twice: it does not order rows as it compares them', 'paging');
    last = next as string[];
  }
}

/**
 * The text of the query for the page just before `first` (the last page without it), in
 * descending key order: for a client paging back (keysetWindow.ts).
 */
export function keysetQueryTextBefore(query: KeysetQuery, page: number, first?: string[]): string {
  const keyVariables = query.keys.map((_, i) => `?fg_key${i}`);
  const projected = query.keys.map((key, i) => `(${key} AS ${keyVariables[i]})`).join(' ');
  const filter = first ? `FILTER(${after(query.keys, first, '<')})` : '';
  return `SELECT ${query.select} ${projected} WHERE { ${query.where} ${filter} } ORDER BY ${keyVariables.map((v) => `DESC(${v})`).join(' ')} LIMIT ${page}`;
}
