// What every renderer of a resource page gets: the page language, the base, the resource and its
// facts.
import { Facts } from './facts.ts';
import type { Lang } from './i18n.ts';
import type { Quad } from '@rdfjs/types';

export interface PageContext {
  lang: Lang;
  baseIri: string;
  /** The resource the page is about. */
  iri: string;
  facts: Facts;
}

export function pageContext(input: { lang: Lang; baseIri: string; iri: string; quads: readonly Quad[] }): PageContext {
  return { lang: input.lang, baseIri: input.baseIri, iri: input.iri, facts: new Facts(input.quads) };
}
