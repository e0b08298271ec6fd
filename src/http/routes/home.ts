// The catalogue's home: for people, a page listing films, people, organizations and awards
// (paged: ?films-after=film/x is the page of films after film/x, ?films-before=film/y the page
// before film/y, ?films=2 the second page as far as the store reaches by number); for RDF
// clients, the dataset's VoID description (the base IRI is the dataset's IRI).
import type { Request, Response } from 'express';
import type { CatalogueHolder } from '../CatalogueHolder.ts';
import type { ListKind } from '../../store/PublishedDataset.ts';
import { negotiate, negotiateLanguage } from '../negotiate.ts';
import { sendRepresentation } from '../responses.ts';
import { sendNegotiationError } from './errors.ts';
import { singleParam } from '../params.ts';
import { pageStartOf } from '../pageParams.ts';
import { renderHomePage, type Lang } from '../../representations/html/index.ts';
import { serializeQuads } from '../../representations/serializeRdf.ts';
import { voidDescription } from '../../representations/voidDescription.ts';
import { languageLinks, pageUrl, stylesheetUrl } from '../../representations/pageUrls.ts';
import { RDF_FORMATS, alternatesOf } from '../../representations/formats.ts';

export const PAGE_SIZE = 50;
const KINDS: ListKind[] = ['films', 'people', 'organizations', 'awards'];

export function homeRoute(holder: CatalogueHolder) {
  return async (req: Request, res: Response) => {
    const catalogue = holder.current!;
    const base = catalogue.baseIri;
    const negotiation = negotiate(req.get('Accept'), singleParam(req, 'format'));
    if (!negotiation.ok) return sendNegotiationError(res, negotiation);
    const { format } = negotiation;
    if (format.ext !== 'html') {
      const body = await serializeQuads(await voidDescription(catalogue), format, { mainIri: base });
      return sendRepresentation(res, { body, format, catalogue, iri: base });
    }
    const lang = negotiateLanguage(singleParam(req, 'lang'), req.get('Accept-Language')) as Lang;
    const sections = await Promise.all(KINDS.map(async (kind) => {
      const start = pageStartOf(req, { number: kind, after: `${kind}-after`, before: `${kind}-before` });
      const { items, total, next, previous } = await catalogue.listing(kind, lang, start, PAGE_SIZE);
      const link = (side: 'after' | 'before', cursor: string | undefined) =>
        cursor === undefined ? undefined : `${pageUrl(base, lang)}${lang === 'fr' ? '&' : '?'}${kind}-${side}=${encodeURIComponent(cursor).replace(/%2F/g, '/')}#home-${kind}`;
      return {
        kind,
        items: items.map((item) => ({ href: pageUrl(item.iri, lang), label: item.label })),
        total,
        prevHref: link('before', previous),
        nextHref: link('after', next),
      };
    }));
    const body = renderHomePage({
      baseIri: base,
      lang,
      sections,
      languageLinks: languageLinks(base),
      alternates: alternatesOf(base, RDF_FORMATS),
      stylesheet: stylesheetUrl(base),
    });
    sendRepresentation(res, { body, format, catalogue, iri: base, varyLanguage: true });
  };
}
