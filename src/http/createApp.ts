// The request handler: the request log, kept answers sent at once, then the Express
// application: middleware in the order a request meets it, then the routes. Routes under the
// catalogue's mount path (the base IRI's path) and, at the server's root, the files crawlers and
// clients look for there (/.well-known/void, /sitemap.xml, /robots.txt, /healthz).
import express, { type NextFunction, type Request, type Response } from 'express';
import compression from 'compression';
import type { Logger } from 'pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CatalogueHolder } from './CatalogueHolder.ts';
import { checkPath, mountPathOf } from './basePath.ts';
import { checkQueryString, splitUrl } from './params.ts';
import { logRequest } from './requestLogger.ts';
import { commonHeaders, READ_METHODS } from './commonHeaders.ts';
import { healthRoute } from './routes/health.ts';
import { keptResource, resourceRoute } from './routes/resource.ts';
import { dumpRoute } from './routes/dump.ts';
import { voidRoute, sitemapRoute, robotsRoute } from './routes/wellKnown.ts';
import { stylesheetRoute, titleCardRoute, STATIC_DIR, YASGUI_DIR } from './routes/assets.ts';
import { homeRoute } from './routes/home.ts';
import { searchRoute } from './routes/search.ts';
import { errorHandler } from './routes/errors.ts';
import { keptAnswer, sparqlRouter, type SparqlLimits } from './routes/sparql.ts';
import { queriesRouter } from './routes/queries.ts';
import { fragmentsRoute } from './routes/fragments.ts';

interface AppOptions {
  holder: CatalogueHolder;
  baseIri: string;
  logger: Logger;
  sparqlLimits?: SparqlLimits;
}

/**
 * What the HTTP server calls for each request: its log is started, then a query answer or a
 * description already rendered is sent at once, without Express (sparql.ts and resource.ts say
 * why that is the answer the routes would give); everything else goes to the Express app.
 */
export function createRequestHandler(options: AppOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const app = createApp(options);
  const answer = keptAnswer(options.holder, options.sparqlLimits);
  const describe = keptResource(options.holder);
  return (req, res) => {
    logRequest(options.logger, req, res);
    const url = splitUrl(req.url ?? ''); // once for both; a query string the routes refuse goes to them
    const toApp = () => void app(req, res);
    if (!url) return toApp();
    answer(req, res, url, () => describe(req, res, url, toApp));
  };
}

function createApp(options: AppOptions): express.Express {
  const { holder, baseIri, logger } = options;
  const mount = mountPathOf(baseIri);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'weak'); // a hash of the body: two instances over the same data agree
  app.set('query parser', 'simple');

  app.use(commonHeaders);
  // Every path and query string is checked once, before any route (static files included).
  app.use((req: Request, _res: Response, next: NextFunction) => {
    checkPath(req.path);
    const query = req.url.indexOf('?');
    if (query >= 0) checkQueryString(req.url.slice(query + 1));
    next();
  });
  app.use(compression());

  app.get('/healthz', healthRoute(holder));
  // Everything else needs the catalogue.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (holder.unavailable)
      return res.set('Retry-After', String(holder.unavailable.retryAfterSeconds)).set('Cache-Control', 'no-store').status(503).type('text/plain').send('the SPARQL server behind this catalogue cannot be reached; try again shortly\n');
    if (holder.current) return next();
    res.set('Retry-After', '5').status(503).type('text/plain').send(holder.failure ? `the catalogue could not be loaded: ${holder.failure.message}\n` : 'the catalogue is loading; try again in a few seconds\n');
  });
  app.get('/.well-known/void', voidRoute(holder));
  app.get('/sitemap.xml', sitemapRoute(holder));
  app.get('/sitemap-:page.xml', sitemapRoute(holder));
  app.get('/robots.txt', robotsRoute(holder));

  const router = express.Router({ caseSensitive: true, strict: true });
  router.get('/', homeRoute(holder));
  router.get('/search', searchRoute(holder));
  router.get('/dump.:ext', dumpRoute(holder));
  router.use(sparqlRouter(holder, options.sparqlLimits));
  router.use(queriesRouter(holder, options.sparqlLimits));
  router.get('/fragments', fragmentsRoute(holder));
  router.get('/static/style.css', stylesheetRoute());
  const staticOptions = { maxAge: '1h', index: false, fallthrough: false } as const;
  router.use('/static/yasgui', express.static(YASGUI_DIR, staticOptions));
  router.use('/static', express.static(STATIC_DIR, staticOptions));
  router.get('/image/{*path}', titleCardRoute(holder));
  router.get('/{*path}', resourceRoute(holder));
  router.options('/{*path}', (_req, res) => res.set('Allow', READ_METHODS).status(204).end());
  router.all('/{*path}', (req, res) => {
    res.set('Allow', READ_METHODS).status(405).type('text/plain').send(`${req.method} is not allowed here: the catalogue is read-only (allowed: ${READ_METHODS})\n`);
  });
  app.use(mount, router);
  app.use((req: Request, res: Response) => res.status(404).type('text/plain').send(`nothing here: the catalogue is at ${baseIri}\n`));
  app.use(errorHandler(logger));
  return app;
}
