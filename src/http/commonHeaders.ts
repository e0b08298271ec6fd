// The headers every response carries: helmet's security headers, the CORS headers and the
// request id. The first two are the same for every request, so they are worked out once —
// helmet's middleware run against a recorder — and set from a list, rather than by helmet's
// fourteen middlewares on each request.
import helmet from 'helmet';
import type { NextFunction, Request, Response } from 'express';

export const READ_METHODS = 'GET, HEAD, OPTIONS';

const HELMET_OPTIONS = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      styleSrc: ["'self'"],
      scriptSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: null,
    },
  },
  // The data is public: other sites' scripts may read it (CORS below), so may embed it.
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  crossOriginEmbedderPolicy: false,
} as const;

/** The headers helmet sets with these options (it sets the same ones on every response). */
function helmetHeaders(): [string, string][] {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: string) => void headers.push([name, String(value)]),
    removeHeader: () => {},
  };
  let done = false;
  helmet(HELMET_OPTIONS)({} as never, recorder as never, (error?: unknown) => {
    if (error) throw error;
    done = true;
  });
  if (!done) throw new Error('helmet did not finish at once: its headers are not static any more');
  return headers;
}

/** CORS: the data is public and read-only, so any origin may read it and see the validators. */
const CORS_HEADERS: [string, string][] = [
  ['Access-Control-Allow-Origin', '*'],
  ['Access-Control-Expose-Headers', 'ETag, Last-Modified, Link, Vary, Content-Location, Retry-After'],
];

export const COMMON_HEADERS: readonly (readonly [string, string])[] = [...helmetHeaders(), ...CORS_HEADERS];

/** Sets the common headers and the request id, and answers what a CORS preflight (OPTIONS) asks. */
export function commonHeaders(req: Request, res: Response, next: NextFunction): void {
  for (const [name, value] of COMMON_HEADERS) res.setHeader(name, value);
  if (req.id) res.setHeader('X-Request-Id', req.id);
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', READ_METHODS);
    res.setHeader('Access-Control-Allow-Headers', req.get('Access-Control-Request-Headers') ?? 'Accept, Accept-Language, If-None-Match, If-Modified-Since');
    res.setHeader('Access-Control-Max-Age', '86400');
  }
  next();
}
