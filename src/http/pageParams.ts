// Which page of a list a request asks for (paging.ts): a page number, or the page just after or
// just before an item, named by a cursor from a link of the pages; one of them at most.
import type { Request } from 'express';
import { singleParam, BadParameterError } from './params.ts';
import { FIRST_PAGE, type PageStart } from '../store/paging.ts';

/** The names of a list's page parameters, e.g. `page`, `after`, `before`. */
export interface PageParamNames {
  number: string;
  after: string;
  before: string;
}

export function pageStartOf(req: Request, names: PageParamNames): PageStart {
  const [number, after, before] = [names.number, names.after, names.before].map((name) => singleParam(req, name));
  if ([number, after, before].filter((value) => value !== undefined).length > 1)
    throw new BadParameterError(`give one of "${names.number}", "${names.after}" and "${names.before}" at most`);
  if (after !== undefined) return { after };
  if (before !== undefined) return { before };
  if (number === undefined) return FIRST_PAGE;
  if (!/^[1-9]\d{0,6}$/.test(number)) throw new BadParameterError(`"${names.number}" is a page number from 1`);
  return { number: Number(number) };
}
