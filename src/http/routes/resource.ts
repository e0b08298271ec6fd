// GET on any IRI under the base: the resource's description in the negotiated format, with
// 200 at the IRI itself and `Vary: Accept` (no 303 redirects; see README "URI strategy").
// Two halves: `keptResource`, mounted before the other routes, answers at once when the
// description asked for is kept (the common case: a page asked again), and `resourceRoute`, the
// last route, renders it.
import type { NextFunction, Request, Response } from 'express';
import type { CatalogueHolder } from '../CatalogueHolder.ts';
import type { PublishedDataset } from '../../store/PublishedDataset.ts';
import { iriOfPath } from '../basePath.ts';
import { negotiate, negotiateLanguage } from '../negotiate.ts';
import { sendKept, sendRepresentation } from '../responses.ts';
import { serializeQuads } from '../../representations/serializeRdf.ts';
import { renderResourceHtml, renderNotFoundHtml } from '../../representations/resourcePage.ts';
import { sendNegotiationError } from './errors.ts';
import { singleParam } from '../params.ts';
import type { Format } from '../../representations/formats.ts';

const pathOf = (req: Request) => req.originalUrl.replace(/[?#].*/s, '');

/** Where the RepresentationCache keeps a resource's description in a format and language. */
const keyOf = (catalogue: PublishedDataset, format: Format, lang: string, iri: string) => `${catalogue.fingerprint} ${format.ext} ${format.ext === 'html' ? lang : ''} ${iri}`;

export function resourceRoute(holder: CatalogueHolder) {
  return async (req: Request, res: Response) => {
    const catalogue = holder.current!;
    const iri = iriOfPath(catalogue.baseIri, pathOf(req));
    if (iri === undefined) return res.status(404).type('text/plain').send(`no resource here: IRIs start with ${catalogue.baseIri}\n`);
    const negotiation = negotiate(req.get('Accept'), singleParam(req, 'format'));
    if (!negotiation.ok) return sendNegotiationError(res, negotiation);
    const { format } = negotiation;
    const html = format.ext === 'html';
    const lang = html ? negotiateLanguage(singleParam(req, 'lang'), req.get('Accept-Language')) : 'en';
    const rendered = await holder.representations.get(keyOf(catalogue, format, lang, iri), async () => {
      const description = await catalogue.describe(iri);
      const found = description.quads.length > 0;
      const text = !html
        ? await serializeQuads(description.quads, format, { mainIri: iri })
        : found
          ? await renderResourceHtml(description, { baseIri: catalogue.baseIri, lang })
          : renderNotFoundHtml(iri, { baseIri: catalogue.baseIri, lang });
      return { body: Buffer.from(text), status: found ? 200 : 404 };
    });
    sendRepresentation(res, { body: rendered, format, catalogue, iri, varyLanguage: html, status: rendered.status });
  };
}

/**
 * Answers a GET or HEAD whose description is kept, before the other routes and middleware run:
 * the same bytes and headers `resourceRoute` sent the first time. Only `resourceRoute` keeps
 * descriptions under these keys, and which route answers depends on the path alone, so a kept
 * key for this path's IRI means the path is the resource route's. Anything else (not kept, a
 * negotiation error, a parameter given twice) goes on to the routes, which answer it as before.
 */
export function keptResource(holder: CatalogueHolder) {
  return (req: Request, res: Response, next: NextFunction) => {
    const catalogue = holder.current;
    if (!catalogue || holder.unavailable || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    const iri = iriOfPath(catalogue.baseIri, pathOf(req));
    if (iri === undefined) return next();
    const { format: formatParam, lang: langParam } = req.query;
    if ((formatParam !== undefined && typeof formatParam !== 'string') || (langParam !== undefined && typeof langParam !== 'string')) return next();
    const negotiation = negotiate(req.get('Accept'), formatParam);
    if (!negotiation.ok) return next();
    const lang = negotiation.format.ext === 'html' ? negotiateLanguage(langParam, req.get('Accept-Language')) : 'en';
    const kept = holder.representations.peek(keyOf(catalogue, negotiation.format, lang, iri));
    if (!kept?.headers) return next();
    sendKept(req, res, kept);
  };
}
