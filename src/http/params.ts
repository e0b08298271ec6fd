// Query parameters as single strings: a parameter given twice is a client error, not an array.
import type { Request } from 'express';

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
