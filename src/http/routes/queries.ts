// The named queries that ship with the catalogue: /queries/ lists them (HTML, or JSON for
// programs) and /queries/NAME runs one, answering like /sparql in any result format.
import express, { type Request, type Response, type Router } from 'express';
import type { CatalogueHolder } from '../CatalogueHolder.ts';
import { negotiate, negotiateLanguage } from '../negotiate.ts';
import { renderSparqlPage, type Lang } from '../../representations/html/index.ts';
import { languageLinks, stylesheetUrl } from '../../representations/pageUrls.ts';
import { sendNegotiationError } from './errors.ts';
import { singleParam } from '../params.ts';
import { allowInlineStyles } from '../responses.ts';
import { answerQuery, DEFAULT_SPARQL_LIMITS, type SparqlLimits } from './sparql.ts';
import { FORMATS } from '../../representations/formats.ts';

const LIST_FORMATS = [FORMATS.find((f) => f.ext === 'html')!, { ext: 'json', mediaType: 'application/json', aliases: [], names: [] }];

export function queriesRouter(holder: CatalogueHolder, limits: SparqlLimits = DEFAULT_SPARQL_LIMITS): Router {
  const router = express.Router({ strict: true });
  router.get('/queries', (_req, res) => res.redirect(301, 'queries/'));
  router.get('/queries/', (req: Request, res: Response) => {
    const catalogue = holder.current!;
    const negotiation = negotiate(req.get('Accept'), singleParam(req, 'format'), LIST_FORMATS);
    if (!negotiation.ok) return sendNegotiationError(res, negotiation);
    const list = catalogue.namedQueries.map((q) => ({ name: q.name, title: q.title, description: q.description, url: `${catalogue.baseIri}queries/${q.name}` }));
    res.vary('Accept');
    if (negotiation.format.ext === 'json') return res.json(list);
    // For people, the query page: it lists them, each linked, and opens each in the editor.
    const lang = negotiateLanguage(singleParam(req, 'lang'), req.get('Accept-Language')) as Lang;
    const endpoint = `${catalogue.baseIri}sparql`;
    allowInlineStyles(res);
    res.type('html').send(renderSparqlPage({ baseIri: catalogue.baseIri, lang, endpoint, queries: catalogue.namedQueries, stylesheet: stylesheetUrl(catalogue.baseIri), languageLinks: languageLinks(`${catalogue.baseIri}queries/`) }));
  });
  router.get('/queries/:name', (req: Request, res: Response) => {
    const catalogue = holder.current!;
    const named = catalogue.namedQueries.find((q) => q.name === req.params.name);
    if (!named) return res.status(404).type('text/plain').send(`no named query "${req.params.name}": see ${catalogue.baseIri}queries/\n`);
    return answerQuery(catalogue, holder.queries!, limits, named.text, undefined, req, res, holder.representations);
  });
  return router;
}
