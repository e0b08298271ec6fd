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
