// /fragments: Quad Pattern Fragments over the catalogue, so clients can query without the
// endpoint (Comunica pointed at this URL). ?subject, ?predicate, ?object, ?graph in the explicit
// representation (IRIs as they are, literals quoted). Pages are linked by cursors (?after= the last
// quad of the page before, ?before= the first of the page after, paging.ts); ?page=N, from 1, as
// far as the store reaches by number. The default graph (the merge)
// is asked for as urn:ldf:defaultGraph; no ?graph matches every quad.
import type { Request, Response } from 'express';
import { DataFactory } from 'n3';
import { stringToTerm } from 'rdf-string';
import type { Term } from '@rdfjs/types';
import type { CatalogueHolder } from '../CatalogueHolder.ts';
import { negotiate } from '../negotiate.ts';
import { sendNegotiationError } from './errors.ts';
import { singleParam, BadParameterError } from '../params.ts';
import { pageStartOf } from '../pageParams.ts';
import { sendRepresentation } from '../responses.ts';
import { RDF_FORMATS } from '../../representations/formats.ts';
import { serializeQuads } from '../../representations/serializeRdf.ts';
import { fragmentQuads, QPF_DEFAULT_GRAPH } from '../../representations/quadPatternFragment.ts';

export const FRAGMENT_PAGE_SIZE = 100;
const PAGE_PARAMS = { number: 'page', after: 'after', before: 'before' };
// Formats that keep graphs, first: the fragment's metadata lives in a named graph.
const FRAGMENT_FORMATS = [...RDF_FORMATS.filter((f) => f.ext === 'trig' || f.ext === 'nq')];

export function fragmentsRoute(holder: CatalogueHolder) {
  return async (req: Request, res: Response) => {
    const catalogue = holder.current!;
    const negotiation = negotiate(req.get('Accept'), singleParam(req, 'format'), FRAGMENT_FORMATS);
    if (!negotiation.ok) return sendNegotiationError(res, negotiation);
    const term = (name: string): Term | null => {
      const value = singleParam(req, name);
      if (value === undefined || value === '' || value.startsWith('?')) return null;
      if (name === 'graph' && value === QPF_DEFAULT_GRAPH) return DataFactory.defaultGraph();
      const parsed = stringToTerm(value);
      if (parsed.termType === 'Literal' && name !== 'object') throw new BadParameterError(`"${name}" cannot be a literal`);
      return parsed;
    };
    const [subject, predicate, object, graph] = ['subject', 'predicate', 'object', 'graph'].map(term);
    const { items, total, next, previous } = await catalogue.fragment({ subject, predicate, object, graph }, pageStartOf(req, PAGE_PARAMS), FRAGMENT_PAGE_SIZE);

    const interfaceUrl = `${catalogue.baseIri}fragments`;
    const pattern = Object.entries(req.query).filter(([k, v]) => !Object.values(PAGE_PARAMS).includes(k) && typeof v === 'string') as [string, string][];
    const pageUrl = (side?: 'after' | 'before', cursor?: string) => {
      const params = new URLSearchParams(pattern);
      if (side && cursor !== undefined) params.set(side, cursor);
      const text = params.toString();
      return `${interfaceUrl}${text ? `?${text}` : ''}`;
    };
    const requestUrl = `${interfaceUrl}${req.originalUrl.slice(req.originalUrl.indexOf('/fragments') + '/fragments'.length)}`;
    const quads = fragmentQuads({
      interfaceUrl,
      requestUrl,
      firstUrl: pageUrl(),
      nextUrl: next === undefined ? undefined : pageUrl('after', next),
      previousUrl: previous === undefined ? undefined : pageUrl('before', previous),
      pageSize: FRAGMENT_PAGE_SIZE,
      total,
      data: items,
    });
    // Quads as given: the data's own graphs and the metadata graph (no merged default graph added).
    const body = await serializeQuads(quads, negotiation.format, { asGiven: true });
    sendRepresentation(res, { body, format: negotiation.format, catalogue });
  };
}
