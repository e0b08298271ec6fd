// /search?q=: full-text search over names, titles and review and quote texts, as an HTML page or
// as JSON-LD (a schema.org SearchResultsPage).
import type { Request, Response } from 'express';
import type { CatalogueHolder } from '../CatalogueHolder.ts';
import { negotiate, negotiateLanguage } from '../negotiate.ts';
import { sendRepresentation } from '../responses.ts';
import { sendNegotiationError } from './errors.ts';
import { singleParam, BadParameterError } from '../params.ts';
import { FORMATS } from '../../representations/formats.ts';
import { renderSearchPage, type Lang } from '../../representations/html/index.ts';
import { languageLinks, pageUrl, stylesheetUrl } from '../../representations/pageUrls.ts';

const SEARCH_FORMATS = FORMATS.filter((f) => f.ext === 'html' || f.ext === 'jsonld');
const MAX_QUERY_LENGTH = 200;

export function searchRoute(holder: CatalogueHolder) {
  return async (req: Request, res: Response) => {
    const catalogue = holder.current!;
    const negotiation = negotiate(req.get('Accept'), singleParam(req, 'format'), SEARCH_FORMATS);
    if (!negotiation.ok) return sendNegotiationError(res, negotiation);
    const query = singleParam(req, 'q') ?? '';
    if (query.length > MAX_QUERY_LENGTH) throw new BadParameterError(`the search text is longer than ${MAX_QUERY_LENGTH} characters`);
    const lang = negotiateLanguage(singleParam(req, 'lang'), req.get('Accept-Language')) as Lang;
    const hits = query.trim() ? await catalogue.search(query) : [];
    const names = await catalogue.labels(hits.map((hit) => hit.iri), lang);
    const label = (iri: string, labels: string[]) => names.get(iri) ?? labels[0] ?? iri;
    const searchUrl = `${catalogue.baseIri}search?q=${encodeURIComponent(query)}`;
    if (negotiation.format.ext === 'jsonld') {
      const body = JSON.stringify(
        {
          '@context': 'https://schema.org',
          '@type': 'SearchResultsPage',
          '@id': searchUrl,
          mainEntity: {
            '@type': 'ItemList',
            numberOfItems: hits.length,
            itemListElement: hits.map((hit, i) => ({ '@type': 'ListItem', position: i + 1, item: { '@id': hit.iri, name: label(hit.iri, hit.labels) } })),
          },
        },
        null,
        2,
      );
      return sendRepresentation(res, { body, format: negotiation.format, catalogue });
    }
    const body = renderSearchPage({
      baseIri: catalogue.baseIri,
      lang,
      query,
      results: hits.map((hit) => ({ href: pageUrl(hit.iri, lang), label: label(hit.iri, hit.labels), kind: hit.kind, snippet: hit.snippet })),
      languageLinks: languageLinks(searchUrl),
      stylesheet: stylesheetUrl(catalogue.baseIri),
    });
    sendRepresentation(res, { body, format: negotiation.format, catalogue, varyLanguage: true });
  };
}
