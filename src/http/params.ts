// Query parameters as single strings: a parameter given twice is a client error, not an array.
import type { Request } from 'express';
import { parse, type ParsedUrlQuery } from 'node:querystring';

export class BadParameterError extends Error {
  name = 'BadParameterError';
}

export function singleParam(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new BadParameterError(`the query parameter "${name}" must be given once, as text`);
  return value;
}

/**
 * Refuses a query string with bad percent-encoding or bytes that are not UTF-8: Node's parser
 * would silently turn them into U+FFFD, and a search or query for "�" is not what was sent.
 */
export function checkQueryString(rawQuery: string): void {
  for (const pair of rawQuery.split('&')) {
    try {
      decodeURIComponent(pair.replace(/\+/g, ' '));
    } catch {
      const name = pair.split('=')[0];
      throw new BadParameterError(`the query parameter ${JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name)} has invalid percent-encoding, or is not UTF-8`);
    }
  }
}

export interface SplitUrl {
  path: string;
  params: ParsedUrlQuery;
}

/**
 * A request URL's path and parameters, parsed as Express parses them (the "simple" query
 * parser, node:querystring), for the answers sent before Express (keptAnswers); undefined when
 * the query string is refused (the routes then say why).
 */
export function splitUrl(url: string): SplitUrl | undefined {
  const mark = url.indexOf('?');
  if (mark < 0) return { path: url, params: {} };
  const query = url.slice(mark + 1);
  try {
    checkQueryString(query);
  } catch {
    return undefined;
  }
  return { path: url.slice(0, mark), params: parse(query) };
}
