// GET on any IRI under the base: the resource's description in the negotiated format, with
// 200 at the IRI itself and `Vary: Accept` (no 303 redirects; see README "URI strategy").
import type { Request, Response } from 'express';
import type { CatalogueHolder } from '../CatalogueHolder.ts';
import { iriOfPath } from '../basePath.ts';
import { negotiate, negotiateLanguage } from '../negotiate.ts';
import { sendRepresentation } from '../responses.ts';
import { serializeQuads } from '../../representations/serializeRdf.ts';
import { renderResourceHtml, renderNotFoundHtml } from '../../representations/resourcePage.ts';
import { sendNegotiationError } from './errors.ts';
import { singleParam } from '../params.ts';

export function resourceRoute(holder: CatalogueHolder) {
  return async (req: Request, res: Response) => {
    const catalogue = holder.current!;
    const iri = iriOfPath(catalogue.baseIri, req.originalUrl.replace(/[?#].*/s, ''));
    if (iri === undefined) return res.status(404).type('text/plain').send(`no resource here: IRIs start with ${catalogue.baseIri}\n`);
    const negotiation = negotiate(req.get('Accept'), singleParam(req, 'format'));
    if (!negotiation.ok) return sendNegotiationError(res, negotiation);
    const { format } = negotiation;
    const html = format.ext === 'html';
    const lang = html ? negotiateLanguage(singleParam(req, 'lang'), req.get('Accept-Language')) : 'en';
    const rendered = await holder.representations.get(`${catalogue.fingerprint} ${format.ext} ${html ? lang : ''} ${iri}`, async () => {
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
