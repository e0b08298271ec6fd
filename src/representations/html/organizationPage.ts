// The page of an organization: name, identifiers, the reviews it published, the nominations it
// awarded, the films it produced and distributed.
import { FG, RDF, SCHEMA } from '../../vocab/namespaces.ts';
import { cards, reviewCard } from './cards.ts';
import {
  factList, identifiers, incomingTable, isOwnImage, links, neighbourhoodSection, propertiesTable, section, sourcesSection, unique, resourceArticle } from './components.ts';
import type { PageContext } from './context.ts';
import type { Fact } from './facts.ts';
import { html } from './html.ts';
import { t } from './i18n.ts';
import { labelOf } from './labels.ts';
import { inLanguage, link } from './links.ts';
import { nominationsBlock } from './nominations.ts';
import { ownerOf } from './owners.ts';
import type { RenderedResource } from './resourceKinds.ts';

const S = (local: string) => SCHEMA + local;
const F = (local: string) => FG + local;

export function renderOrganization(ctx: PageContext, svgs: { neighbourhoodSvg?: string }): RenderedResource {
  const { facts, iri, lang } = ctx;
  const name = labelOf(facts, iri, lang);
  const handled = [S('publisher'), F('awardingOrganization'), S('productionCompany'), F('distributor')];
  const others: Fact[] = facts.in(iri).filter((f) => !handled.includes(f.predicate) && !isOwnImage(ctx, f));

  const reviews = unique(facts.subjects(S('publisher'), iri));
  const described = reviews.filter((r) => facts.out(r, S('reviewBody')).length);
  const undescribed = reviews.filter((r) => !described.includes(r));
  const reviewContent = html`${cards(described.map((r) => reviewCard(ctx, r, { showFilm: true, showPublisher: false })))}${undescribed.length ? html`<ul class="plain">${undescribed.map((r) => {
    const film = facts.nodes(r, S('itemReviewed'))[0] ?? ownerOf(facts, r);
    return html`<li>${film ? html`${link(ctx, film)} · ` : ''}${link(ctx, r, t(lang, 'review.permalink'))}</li>`;
  })}</ul>` : ''}`;

  const produced = unique(facts.subjects(S('productionCompany'), iri));
  const distributed = unique(facts.subjects(F('distributor'), iri)).map((d) => {
    const film = ownerOf(facts, d) ?? facts.subjects(F('distribution'), d)[0];
    const territories = unique(facts.nodes(d, F('territory')));
    return html`<li>${film ? link(ctx, film) : link(ctx, d)}${territories.length ? html` <span class="muted">(${links(ctx, territories)})</span>` : ''}</li>`;
  });

  const aside = factList([{ term: t(lang, 'section.identifiers'), value: identifiers(ctx, iri) }]);
  const body = resourceArticle(lang, 'organization', inLanguage(lang, name.text, name.lang), aside, [
    section('reviews', t(lang, 'section.reviewsPublished'), reviewContent),
    section('awards', t(lang, 'section.nominationsAwarded'), nominationsBlock(ctx, unique(facts.subjects(F('awardingOrganization'), iri)), { nominee: true, film: true, organization: false })),
    section('produced', t(lang, 'section.filmsProduced'), produced.length ? html`<ul class="plain">${produced.map((f) => html`<li>${link(ctx, f)}</li>`)}</ul>` : ''),
    section('distributed', t(lang, 'section.filmsDistributed'), distributed.length ? html`<ul class="plain">${distributed}</ul>` : ''),
    section('properties', t(lang, 'section.properties'), propertiesTable(ctx, iri, [`${RDF}type`, S('name'), S('sameAs'), S('image')])),
    section('incoming', t(lang, 'section.otherLinks'), incomingTable(ctx, others)),
    neighbourhoodSection(ctx, svgs.neighbourhoodSvg),
    sourcesSection(ctx),
  ]);
  return { kind: 'organization', title: name.text, description: t(lang, 'meta.organization', { name: name.text }), ogType: 'website', body };
}
