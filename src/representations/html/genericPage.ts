// The page of any other resource (review, quote, nomination, release, rating, country,
// character, graph, source...): what it is, what it belongs to, its text if it has one, a table
// of its properties and values, and the resources that link to it. Every IRI gets a readable page.
import { FG, SCHEMA } from '../../vocab/namespaces.ts';
import { quoteCard, reviewCard } from './cards.ts';
import { incomingTable, neighbourhoodSection, propertiesTable, section, sourcesSection, unique } from './components.ts';
import type { PageContext } from './context.ts';
import { nodeId } from './facts.ts';
import { html } from './html.ts';
import { t, tHtml } from './i18n.ts';
import { className, labelOf } from './labels.ts';
import { inLanguage, link } from './links.ts';
import { outcomeBadge, outcomesOf } from './nominations.ts';
import { ownerOf } from './owners.ts';
import type { RenderedResource } from './resourceKinds.ts';

const S = (local: string) => SCHEMA + local;

export function renderGeneric(ctx: PageContext, svgs: { neighbourhoodSvg?: string }): RenderedResource {
  const { facts, iri, lang } = ctx;
  const label = labelOf(facts, iri, lang);
  const types = unique(facts.types(iri)).map((type) => className(facts, type, lang));
  const owner = ownerOf(facts, iri);

  // Text worth reading first: a review's body or a quote's text, as on the film page.
  const isReview = facts.out(iri, S('reviewBody')).length > 0;
  const isQuote = facts.out(iri, S('text')).length > 0;
  const featured = isReview
    ? html`<div class="featured">${reviewCard(ctx, iri, { showFilm: true, showPublisher: true })}</div>`
    : isQuote ? html`<div class="featured">${quoteCard(ctx, iri, { showFilm: true, showSpeaker: true })}</div>` : html``;
  const shown = [...(isReview ? [S('reviewBody')] : []), ...(isQuote ? [S('text')] : [])];
  const outcomes = facts.hasType(iri, `${FG}Nomination`) ? outcomesOf(ctx, iri) : [];

  // Incoming links, less the one from the owner that the header already shows.
  const incoming = facts.in(iri).filter((f) => !(owner && nodeId(f.subject) === owner));

  const body = html`<article class="resource generic">
<header class="hero">
<p class="kicker">${types.length ? types.join(' · ') : t(lang, 'kind.resource')}</p>
<h1>${inLanguage(lang, label.text, label.lang)}</h1>
${owner ? html`<p class="byline">${tHtml(lang, 'generic.partOf', { owner: link(ctx, owner) })}</p>` : ''}
${outcomes.length ? html`<p class="byline">${outcomes.map((o) => outcomeBadge(ctx, iri, o))}</p>` : ''}
<p class="iri"><code>${iri}</code></p>
</header>
<div class="layout single">
<div class="content">
${facts.isEmpty() ? html`<p class="note">${t(lang, 'generic.empty')}</p>` : ''}
${featured}
${section('properties', t(lang, 'section.properties'), propertiesTable(ctx, iri, shown))}
${section('incoming', t(lang, 'section.incoming'), incomingTable(ctx, incoming))}
${neighbourhoodSection(ctx, svgs.neighbourhoodSvg)}
${sourcesSection(ctx)}
</div>
</div>
</article>`;
  const typeName = types[0] ?? t(lang, 'kind.resource');
  return { kind: 'resource', title: label.text, description: t(lang, 'meta.generic', { type: typeName, label: label.text }), ogType: 'website', body };
}
