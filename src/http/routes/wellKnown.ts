// What crawlers and clients look for at the server's root: the VoID description, the sitemap
// (an index of sitemaps past 50,000 URLs, as the protocol requires) and robots.txt naming it.
import type { Request, Response } from 'express';
import type { CatalogueHolder } from '../CatalogueHolder.ts';
import { negotiate } from '../negotiate.ts';
import { RDF_FORMATS } from '../../representations/formats.ts';
import { serializeQuads } from '../../representations/serializeRdf.ts';
import { voidDescription } from '../../representations/voidDescription.ts';
import { sitemapPage, sitemapIndex, SITEMAP_LIMIT } from '../../representations/sitemap.ts';
import { sendRepresentation } from '../responses.ts';
import { sendNegotiationError } from './errors.ts';
import { singleParam } from '../params.ts';

export function voidRoute(holder: CatalogueHolder) {
  return async (req: Request, res: Response) => {
    const catalogue = holder.current!;
    const negotiation = negotiate(req.get('Accept'), singleParam(req, 'format'), RDF_FORMATS);
    if (!negotiation.ok) return sendNegotiationError(res, negotiation);
    const body = await serializeQuads(await voidDescription(catalogue), negotiation.format);
    sendRepresentation(res, { body, format: negotiation.format, catalogue });
  };
}

/** /sitemap.xml (the only sitemap, or the index) and /sitemap-N.xml (page N, from 1). */
export function sitemapRoute(holder: CatalogueHolder) {
  return async (req: Request, res: Response) => {
    const catalogue = holder.current!;
    const origin = new URL(catalogue.baseIri).origin;
    // The home page, then every resource's page (title-card images are pictures, not pages).
    const imagePrefix = `${catalogue.baseIri}image/`;
    const urls = [catalogue.baseIri, ...(await catalogue.resources()).filter((iri) => !iri.startsWith(imagePrefix))];
    const pages = Math.max(1, Math.ceil((urls.length * 2) / SITEMAP_LIMIT));
    let body: string;
    if (req.params.page === undefined) {
      body = pages === 1 ? sitemapPage(urls) : sitemapIndex(origin, pages);
    } else {
      const page = Number(req.params.page);
      if (!Number.isInteger(page) || page < 1 || page > pages || pages === 1) return res.status(404).type('text/plain').send('no such sitemap page\n');
      const perPage = SITEMAP_LIMIT / 2; // each resource is listed in two languages
      body = sitemapPage(urls.slice((page - 1) * perPage, page * perPage));
    }
    res.set('Cache-Control', 'public, max-age=3600').set('Last-Modified', catalogue.lastModified.toUTCString());
    res.type('application/xml').send(body);
  };
}

export function robotsRoute(holder: CatalogueHolder) {
  return (_req: Request, res: Response) => {
    const origin = new URL(holder.current!.baseIri).origin;
    res.set('Cache-Control', 'public, max-age=3600');
    res.type('text/plain').send(`User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`);
  };
}
