// A dereferenced IRI as an HTML page: picks the renderer for the kind of resource (film, person,
// organization, anything else) and wraps its content in the page layout.
import type { Quad } from '@rdfjs/types';
import { SCHEMA } from '../../vocab/namespaces.ts';
import { pageContext } from './context.ts';
import { renderFilm } from './filmPage.ts';
import { renderGeneric } from './genericPage.ts';
import type { Lang } from './i18n.ts';
import { renderDocument, type Alternate, type LanguageLink } from './layout.ts';
import { renderOrganization } from './organizationPage.ts';
import { renderPerson } from './personPage.ts';
import type { RenderedResource } from './resourceKinds.ts';

export interface ResourcePageInput {
  iri: string;
  baseIri: string;
  lang: Lang;
  /** The description, in named graphs; a triple stated by several graphs is shown once. */
  quads: Quad[];
  /** JSON text already escaped for a script element: embedded as it is. */
  structuredData: string;
  /** The same resource in other formats. */
  alternates: Alternate[];
  /** The page in each language. */
  languageLinks: LanguageLink[];
  canonical: string;
  /** URL of a 1200×630 PNG title card. */
  cardImage?: string;
  /** Trusted inline SVG from the images module. */
  neighbourhoodSvg?: string;
  /** Trusted inline SVG from the images module (film pages). */
  timelineSvg?: string;
  /** URL of the stylesheet (STYLESHEET, served locally). */
  stylesheet: string;
}

export function renderResourcePage(input: ResourcePageInput): string {
  const ctx = pageContext(input);
  const rendered = renderContent(input, ctx);
  return renderDocument({
    lang: input.lang,
    baseIri: input.baseIri,
    title: rendered.title,
    description: rendered.description,
    stylesheet: input.stylesheet,
    body: rendered.body,
    canonical: input.canonical,
    ogType: rendered.ogType,
    image: input.cardImage,
    alternates: input.alternates,
    languageLinks: input.languageLinks,
    structuredData: input.structuredData,
    kind: rendered.kind,
  });
}

function renderContent(input: ResourcePageInput, ctx: ReturnType<typeof pageContext>): RenderedResource {
  const svgs = { neighbourhoodSvg: input.neighbourhoodSvg, timelineSvg: input.timelineSvg };
  if (ctx.facts.hasType(input.iri, `${SCHEMA}Movie`)) return renderFilm(ctx, svgs);
  if (ctx.facts.hasType(input.iri, `${SCHEMA}Person`)) return renderPerson(ctx, svgs);
  if (ctx.facts.hasType(input.iri, `${SCHEMA}Organization`)) return renderOrganization(ctx, svgs);
  return renderGeneric(ctx, svgs);
}
