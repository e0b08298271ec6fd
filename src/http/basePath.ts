// The base IRI's path is where the catalogue is mounted on this server ("/" or "/catalogue/");
// the request path under it, appended to the base IRI, is the IRI asked for — whatever Host the
// request came with, so IRIs stay those of the data.
import { memoizeByString } from './memoizeByString.ts';

export class BadPathError extends Error {
  name = 'BadPathError';
}

/** The mount path of a base IRI (asked on every request, so remembered). */
export const mountPathOf = memoizeByString((baseIri: string) => new URL(baseIri).pathname);

/**
 * The IRI a request path names, or undefined when the path is not under the mount path.
 * Refuses paths that are not plain: dot segments (also percent-encoded), encoded slashes,
 * backslashes, bad percent-encoding or control characters.
 */
export function iriOfPath(baseIri: string, rawPath: string): string | undefined {
  const mount = mountPathOf(baseIri);
  if (!rawPath.startsWith(mount)) return undefined;
  checkPath(rawPath);
  return baseIri + rawPath.slice(mount.length);
}

/**
 * Refuses a request path that is not plain (every request's path is checked before any route,
 * static files included, so each gets the same 400 and message).
 */
export function checkPath(rawPath: string): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    throw new BadPathError(`the path ${JSON.stringify(rawPath)} has invalid percent-encoding (or is not UTF-8)`);
  }
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) throw new BadPathError('the path holds control characters or a backslash');
  if (/%2f/i.test(rawPath)) throw new BadPathError('the path holds an encoded slash (%2F)');
  if (decoded.split('/').some((segment) => segment === '.' || segment === '..'))
    throw new BadPathError('the path holds a "." or ".." segment');
}
