// The HTML page of a resource, put together: the page itself (html/), the schema.org JSON-LD it
// embeds (jsonld/), and its pictures (images/): the neighbourhood graph, and a film's release
// timeline. Also the 404 page. Pure: a description in, a page out.
import type { ResourceDescription } from '../store/describeResource.ts';
import { renderResourcePage, renderErrorPage, type Lang } from './html/index.ts';
import { Facts } from './html/facts.ts';
import { labelText, propertyName } from './html/labels.ts';
import { structuredDataFor } from './jsonld/structuredData.ts';
import { renderNeighbourhood } from './images/neighbourhoodSvg.ts';
import { renderReleaseTimeline } from './images/timelineSvg.ts';
import { RDF_FORMATS, alternatesOf } from './formats.ts';
import { languageLinks, pageUrl, stylesheetUrl } from './pageUrls.ts';
import { FG, RDF, SCHEMA } from '../vocab/namespaces.ts';

export interface PageOptions {
  baseIri: string;
  lang: string;
}


/** Relations not drawn in the neighbourhood: types, pictures and the like. */
const NOT_DRAWN = new Set([`${RDF}type`, `${SCHEMA}image`, `${FG}notStated`]);

export async function renderResourceHtml(description: ResourceDescription, options: PageOptions): Promise<string> {
  const { iri, quads } = description;
  const lang = options.lang as Lang;
  const facts = new Facts(quads);
  const isFilm = facts.hasType(iri, `${SCHEMA}Movie`);
  return renderResourcePage({
    iri,
    baseIri: options.baseIri,
    lang,
    quads,
    structuredData: await structuredDataFor(quads, iri, options.baseIri),
    alternates: alternatesOf(iri, RDF_FORMATS),
    languageLinks: languageLinks(iri),
    canonical: pageUrl(iri, lang),
    cardImage: facts.nodes(iri, `${SCHEMA}image`)[0],
    neighbourhoodSvg: renderNeighbourhood(neighbourhoodOf(facts, iri, options.baseIri, lang), { lang }),
    timelineSvg: isFilm ? timelineOf(facts, iri, lang) : undefined,
    stylesheet: stylesheetUrl(options.baseIri),
  });
}

export function renderNotFoundHtml(iri: string, options: PageOptions): string {
  const lang = options.lang as Lang;
  return renderErrorPage({
    status: 404,
    title: lang === 'fr' ? 'Introuvable' : 'Not found',
    message: lang === 'fr' ? `Le catalogue ne décrit pas ${iri}.` : `The catalogue has no description of ${iri}.`,
    lang,
    stylesheet: stylesheetUrl(options.baseIri),
    baseIri: options.baseIri,
  });
}

/** The resource's links to and from other resources of the catalogue, labelled. */
function neighbourhoodOf(facts: Facts, iri: string, baseIri: string, lang: Lang) {
  const links = new Map<string, { label: string; href: string; relation: string }>();
  const add = (other: string, predicate: string, inverse: boolean) => {
    if (NOT_DRAWN.has(predicate) || other === iri || !other.startsWith(baseIri) || links.has(other)) return;
    const relation = propertyName(facts, predicate, lang);
    links.set(other, { label: labelText(facts, other, lang), href: pageUrl(other, lang), relation: inverse ? `← ${relation}` : relation });
  };
  for (const fact of facts.out(iri)) if (fact.object.termType === 'NamedNode') add(fact.object.value, fact.predicate, false);
  for (const fact of facts.in(iri)) if (fact.subject.termType === 'NamedNode') add(fact.subject.value, fact.predicate, true);
  return { center: { label: labelText(facts, iri, lang), href: pageUrl(iri, lang) }, links: [...links.values()] };
}

function timelineOf(facts: Facts, film: string, lang: Lang): string | undefined {
  const releases = facts.nodes(film, `${SCHEMA}releasedEvent`).flatMap((release) => {
    const date = facts.objects(release, `${SCHEMA}startDate`)[0];
    const country = facts.nodes(release, `${SCHEMA}location`)[0];
    const medium = facts.nodes(release, `${FG}medium`)[0];
    if (!date) return [];
    return [{ country: country ? labelText(facts, country, lang) : '?', medium: medium ? labelText(facts, medium, lang) : '?', date: date.value }];
  });
  return releases.length > 0 ? renderReleaseTimeline(releases, { lang }) : undefined;
}
