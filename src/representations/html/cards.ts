// Reviews and quotes as cards: the text in its own language, who published or said it, and a link
// to the review's or quote's own page.
import { SCHEMA } from '../../vocab/namespaces.ts';
import { prose } from './components.ts';
import type { PageContext } from './context.ts';
import { html, type SafeHtml } from './html.ts';
import { t, tHtml } from './i18n.ts';
import { pickByLanguage } from './labels.ts';
import { link } from './links.ts';
import { ownerOf } from './owners.ts';

export function reviewCard(ctx: PageContext, id: string, options: { showFilm: boolean; showPublisher: boolean }): SafeHtml {
  const body = pickByLanguage(ctx.facts.literals(id, `${SCHEMA}reviewBody`), ctx.lang);
  const publishers = ctx.facts.nodes(id, `${SCHEMA}publisher`);
  const film = ctx.facts.nodes(id, `${SCHEMA}itemReviewed`)[0] ?? ownerOf(ctx.facts, id);
  const permalink = id === ctx.iri ? '' : link(ctx, id, t(ctx.lang, 'review.permalink'), 'permalink');
  return html`<figure class="card review">
${body ? html`<blockquote cite="${id}">${prose(ctx, body, 'quote-text')}</blockquote>` : ''}
<figcaption>${options.showPublisher ? publishers.map((p, i) => html`${i ? ', ' : ''}<cite>${link(ctx, p)}</cite>`) : ''}${options.showFilm && film ? html`${options.showPublisher ? ' · ' : ''}${link(ctx, film)}` : ''} ${permalink}</figcaption>
</figure>
`;
}

export function quoteCard(ctx: PageContext, id: string, options: { showFilm: boolean; showSpeaker: boolean }): SafeHtml {
  const text = pickByLanguage(ctx.facts.literals(id, `${SCHEMA}text`), ctx.lang);
  const speakers = ctx.facts.nodes(id, `${SCHEMA}spokesperson`);
  const film = ctx.facts.nodes(id, `${SCHEMA}about`)[0] ?? ownerOf(ctx.facts, id);
  const permalink = id === ctx.iri ? '' : link(ctx, id, t(ctx.lang, 'quote.permalink'), 'permalink');
  return html`<figure class="card quote">
${text ? html`<blockquote cite="${id}">${prose(ctx, text, 'quote-text')}</blockquote>` : ''}
<figcaption>${options.showSpeaker ? speakers.map((p, i) => html`${i ? ', ' : ''}<cite>${link(ctx, p)}</cite>`) : ''}${options.showFilm && film ? html`${options.showSpeaker ? ' ' : ''}${tHtml(ctx.lang, 'person.quoteAbout', { film: link(ctx, film) })}` : ''} ${permalink}</figcaption>
</figure>
`;
}

export function cards(items: readonly SafeHtml[]): SafeHtml {
  return items.length ? html`<div class="cards">${items}</div>` : html``;
}
