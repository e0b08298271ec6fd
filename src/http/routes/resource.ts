// GET on any IRI under the base: the resource's description in the negotiated format, with
// 200 at the IRI itself and `Vary: Accept` (no 303 redirects; see README "URI strategy").
// Two halves: `keptResource`, before Express, answers at once when the description asked for is
// kept (the common case: a page asked again), and `resourceRoute`, the last route, renders it.
import type { Request, Response } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CatalogueHolder } from '../CatalogueHolder.ts';
import type { PublishedDataset } from '../../store/PublishedDataset.ts';
import { iriOfPath } from '../basePath.ts';
import { negotiate, negotiateLanguage } from '../negotiate.ts';
import { sendKeptAtOnce, sendRepresentation, wasSent } from '../responses.ts';
import { serializeQuads } from '../../representations/serializeRdf.ts';
import { renderResourceHtml, renderNotFoundHtml } from '../../representations/resourcePage.ts';
import { sendNegotiationError } from './errors.ts';
import { singleParam, type SplitUrl } from '../params.ts';
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
 * Answers a GET or HEAD whose description is kept, before Express (createApp.ts): the same
 * status, bytes and headers as `resourceRoute` and the middleware give, made once
 * (responses.sendKeptAtOnce). Only `resourceRoute` keeps descriptions under these keys, and which
 * route answers depends on the path alone, so a kept key for this path's IRI means the path is
 * the resource route's. Whatever it is not sure of goes on (`next`) to Express, which answers it
 * as before: a path or query string the routes refuse, a parameter given twice, a negotiation
 * error, a conditional request, a description not kept.
 */
export function keptResource(holder: CatalogueHolder) {
  return (req: IncomingMessage, res: ServerResponse, url: SplitUrl, next: () => void): void => {
    const catalogue = holder.current;
    const id = req.id;
    if (!catalogue || holder.unavailable || (req.method !== 'GET' && req.method !== 'HEAD') || !id) return next();
    if (req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined) return next();
    let iri: string | undefined;
    try {
      iri = iriOfPath(catalogue.baseIri, url.path);
    } catch {
      return next();
    }
    if (iri === undefined) return next();
    const { format: formatParam, lang: langParam } = url.params;
    if ((formatParam !== undefined && typeof formatParam !== 'string') || (langParam !== undefined && typeof langParam !== 'string')) return next();
    const negotiation = negotiate(req.headers.accept, formatParam);
    if (!negotiation.ok) return next();
    const lang = negotiation.format.ext === 'html' ? negotiateLanguage(langParam, req.headers['accept-language']) : 'en';
    const kept = holder.representations.peek(keyOf(catalogue, negotiation.format, lang, iri));
    if (!wasSent(kept)) return next();
    sendKeptAtOnce(req, res, kept, id);
  };
}
