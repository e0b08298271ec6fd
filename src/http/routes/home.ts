// The catalogue's home: for people, a page listing films, people, organizations and awards
// (paged: ?films=2 is the second page of films); for RDF clients, the dataset's VoID description
// (the base IRI is the dataset's IRI).
import type { Request, Response } from 'express';
import type { CatalogueHolder } from '../CatalogueHolder.ts';
import type { ListKind } from '../../store/PublishedDataset.ts';
import { negotiate, negotiateLanguage } from '../negotiate.ts';
import { sendRepresentation } from '../responses.ts';
import { sendNegotiationError } from './errors.ts';
import { singleParam, BadParameterError } from '../params.ts';
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
      const page = pageNumber(singleParam(req, kind), kind);
      const { items, total } = await catalogue.listing(kind, lang, (page - 1) * PAGE_SIZE, PAGE_SIZE);
      const link = (n: number) => `${pageUrl(base, lang)}${lang === 'fr' ? '&' : '?'}${kind}=${n}#home-${kind}`;
      return {
        kind,
        items: items.map((item) => ({ href: pageUrl(item.iri, lang), label: item.label })),
        total,
        prevHref: page > 1 ? link(page - 1) : undefined,
        nextHref: page * PAGE_SIZE < total ? link(page + 1) : undefined,
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

function pageNumber(value: string | undefined, kind: string): number {
  if (value === undefined) return 1;
  if (!/^[1-9]\d{0,6}$/.test(value)) throw new BadParameterError(`"${kind}" is a page number from 1`);
  return Number(value);
}
