// The page of a film: titles, the facts at a glance, synopsis, cast, crew, production and
// distribution, releases, reviews, quotes, awards, connections and sources. Where the source
// leaves a fact blank (fg:notStated) the page says so for that fact.
import type { Literal } from '@rdfjs/types';
import { FG, SCHEMA } from '../../vocab/namespaces.ts';
import { slug } from '../../vocab/iris.ts';
import { cards, quoteCard, reviewCard } from './cards.ts';
import {
  factList, graphLink, inlineList, isBlank, links, neighbourhoodSection, notStatedBy, prose, section, sourcesSection, unique, withNotStated,
} from './components.ts';
import type { PageContext } from './context.ts';
import { html, trusted, type HtmlValue, type SafeHtml } from './html.ts';
import { languageName, t, tHtml, tn } from './i18n.ts';
import { labelText, pickByLanguage, propertyName } from './labels.ts';
import { inLanguage, link } from './links.ts';
import { nominationsBlock } from './nominations.ts';
import type { RenderedResource } from './resourceKinds.ts';
import { formatDate, formatLiteral } from './values.ts';

const S = (local: string) => SCHEMA + local;
const F = (local: string) => FG + local;

/** Properties whose blanks are shown where the fact is; others are listed under "Left blank". */
const SHOWN_IN_PLACE = [
  'name', 'datePublished', 'duration', 'description', 'isBasedOn', 'director', 'author', 'musicBy', 'actor', 'character',
  'contentRating', 'releasedEvent', 'locationCreated', 'countryOfOrigin', 'productionCompany',
].map(S).concat(['cinematographer', 'filmEditor', 'filmingStart', 'filmingEnd', 'distribution'].map(F));

export function renderFilm(ctx: PageContext, svgs: { timelineSvg?: string; neighbourhoodSvg?: string }): RenderedResource {
  const { facts, iri, lang } = ctx;
  const names = facts.literals(iri, S('name'));
  const title = pickByLanguage(names, lang);
  const titleText = title?.value ?? labelText(facts, iri, lang);
  const year = facts.literals(iri, S('datePublished'))[0];
  const yearText = year ? formatLiteral(lang, year) : undefined;
  const runtime = facts.literals(iri, S('duration'))[0];
  const directors = unique(facts.nodes(iri, S('director')));

  const kicker = [t(lang, 'kind.film'), yearText, runtime && formatLiteral(lang, runtime)].filter(Boolean) as string[];
  const hero = html`<header class="hero">
<p class="kicker">${kicker.join(' · ')}</p>
<h1${title && title.language && title.language.toLowerCase() !== lang ? html` lang="${title.language}"` : ''}>${titleText}</h1>
${otherTitles(ctx, names, title)}
${directors.length ? html`<p class="byline">${tHtml(lang, 'film.directedBy', { names: links(ctx, directors) })}</p>` : ''}
</header>`;

  const top = html`${synopsis(ctx)}${cast(ctx)}${crew(ctx)}`;
  const rest = html`${production(ctx)}${releases(ctx, svgs.timelineSvg)}${reviews(ctx)}${quotes(ctx)}${awards(ctx)}${neighbourhoodSection(ctx, svgs.neighbourhoodSvg)}${sourcesSection(ctx)}`;
  const body = html`<article class="resource film">
${hero}
<div class="layout">
<aside class="glance" id="glance" aria-labelledby="glance-h">
<h2 id="glance-h">${t(lang, 'section.glance')}</h2>
${glance(ctx)}
</aside>
<div class="content">
${top}
</div>
</div>
<div class="wide">
${rest}
</div>
</article>`;

  const directorNames = directors.map((d) => labelText(facts, d, lang));
  const description = directorNames.length
    ? t(lang, 'meta.film', { title: titleText, year: yearText ?? '?', director: listText(directorNames) })
    : t(lang, 'meta.filmNoDirector', { title: titleText, year: yearText ?? '?' });
  return { kind: 'film', title: yearText ? `${titleText} (${yearText})` : titleText, description, ogType: 'video.movie', body };
}

function listText(items: string[]): string {
  return items.join(', ');
}

function otherTitles(ctx: PageContext, names: Literal[], main: Literal | undefined): SafeHtml {
  const others = names.filter((n) => n !== main && n.value !== main?.value);
  if (others.length === 0) return html``;
  const rows = others.map((n) => {
    const term = isOriginalTitle(ctx.iri, n.value)
      ? t(ctx.lang, 'film.originalTitle')
      : n.language
        ? t(ctx.lang, 'film.titleIn', { language: languageName(ctx.lang, n.language) })
        : t(ctx.lang, 'film.otherTitle');
    return { term, value: inLanguage(ctx.lang, n.value, n.language) };
  });
  return factList(rows, 'other-titles');
}

/** Film IRIs are made from the original title and the year (MODEL.md). */
function isOriginalTitle(iri: string, title: string): boolean {
  const segment = iri.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').pop() ?? '';
  try {
    return new RegExp(`^${slug(title)}-\\d{4}$`).test(segment);
  } catch {
    return false;
  }
}

function glance(ctx: PageContext): SafeHtml {
  const { facts, iri, lang } = ctx;
  const year = facts.literals(iri, S('datePublished'));
  const runtime = facts.literals(iri, S('duration'));
  const works = unique(facts.nodes(iri, S('isBasedOn'))).map((w) => {
    const authors = unique(facts.nodes(w, S('author')));
    return authors.length ? tHtml(lang, 'fact.workBy', { work: link(ctx, w), author: links(ctx, authors) }) : link(ctx, w);
  });
  const ratings = unique(facts.nodes(iri, S('contentRating'))).map((r) => {
    const value = facts.literals(r, S('ratingValue'))[0];
    const countries = unique(facts.nodes(r, F('ratingCountry')));
    return html`<li>${countries.length ? html`${links(ctx, countries)} ` : ''}${link(ctx, r, value ? { text: value.value, lang: value.language } : undefined, 'rating')}</li>`;
  });
  const start = facts.value(iri, F('filmingStart'));
  const end = facts.value(iri, F('filmingEnd'));
  const filming = start && end
    ? html`<time datetime="${start}">${formatDate(lang, start)}</time> – <time datetime="${end}">${formatDate(lang, end)}</time>`
    : start ? t(lang, 'fact.filmingFrom', { start: formatDate(lang, start) })
    : end ? t(lang, 'fact.filmingUntil', { end: formatDate(lang, end) }) : '';
  const filmingBlank = notStatedBy(ctx, iri, F('filmingStart')).length || notStatedBy(ctx, iri, F('filmingEnd')).length;

  const blanks = unique(facts.nodes(iri, F('notStated'))).filter((p) => !SHOWN_IN_PLACE.includes(p));
  return factList([
    { term: t(lang, 'fact.year'), value: year.map((y) => html`<time datetime="${y.value}">${formatLiteral(lang, y)}</time>`) },
    { term: t(lang, 'fact.runtime'), value: runtime.map((r) => html`<time datetime="${r.value}">${formatLiteral(lang, r)}</time>`) },
    { term: t(lang, 'fact.countries'), value: withNotStated(ctx, iri, S('countryOfOrigin'), links(ctx, facts.nodes(iri, S('countryOfOrigin')))) },
    { term: t(lang, 'fact.basedOn'), value: withNotStated(ctx, iri, S('isBasedOn'), inlineList(works)) },
    { term: t(lang, 'fact.ratings'), value: withNotStated(ctx, iri, S('contentRating'), ratings.length ? html`<ul class="ratings">${ratings}</ul>` : '') },
    { term: t(lang, 'fact.filming'), value: filming || (filmingBlank ? html`<span class="not-stated">${t(lang, 'notStated')}</span>` : '') },
    { term: t(lang, 'fact.locations'), value: withNotStated(ctx, iri, S('locationCreated'), links(ctx, facts.nodes(iri, S('locationCreated')))) },
    { term: t(lang, 'fact.leftBlank'), value: inlineList(blanks.map((p) => html`<span title="${p}">${propertyName(facts, p, lang)}</span>`)) },
  ]);
}

function synopsis(ctx: PageContext): SafeHtml {
  const text = pickByLanguage(ctx.facts.literals(ctx.iri, S('description')), ctx.lang);
  const blank = notStatedBy(ctx, ctx.iri, S('description')).length > 0;
  return section('synopsis', t(ctx.lang, 'section.synopsis'), text ? prose(ctx, text, 'prose synopsis') : blank ? notStatedParagraph(ctx) : '');
}

function notStatedParagraph(ctx: PageContext): SafeHtml {
  return html`<p class="not-stated">${t(ctx.lang, 'notStated')}</p>`;
}

/** For a section: the note that one source leaves it blank while others fill it. */
function blankNote(ctx: PageContext, property: string, hasValues: boolean): SafeHtml {
  const blankIn = unique(notStatedBy(ctx, ctx.iri, property));
  if (blankIn.length === 0) return html``;
  if (!hasValues) return notStatedParagraph(ctx);
  return html`<p class="note not-stated">${tHtml(ctx.lang, 'notStated.also', { source: inlineList(blankIn.map((g) => graphLink(ctx, g))) })}</p>`;
}

function cast(ctx: PageContext): SafeHtml {
  const { facts, iri, lang } = ctx;
  const roles = unique(facts.nodes(iri, S('actor')));
  const played = new Set<string>();
  const rows = roles.map((role) => {
    const people = unique(facts.nodes(role, S('actor')));
    const isRole = people.length > 0;
    const actors = isRole ? people : [role];
    const characterNames = unique(facts.literals(role, S('characterName')).map((l) => l.value));
    const characters = unique(facts.nodes(role, F('playsCharacter')));
    characters.forEach((c) => played.add(c));
    let character: HtmlValue = '';
    if (characters.length) {
      character = characters.map((c, i) => html`${i ? ', ' : ''}${link(ctx, c, characterNames[i] ?? undefined)}`);
    } else if (characterNames.length && isRole) {
      character = link(ctx, role, characterNames.join(', '));
    }
    return html`<tr><th scope="row" data-label="${t(lang, 'cast.actor')}">${links(ctx, actors)}</th><td data-label="${t(lang, 'cast.character')}">${isBlank(character) ? html`<span class="muted" aria-hidden="true">—</span>` : character}</td></tr>\n`;
  });
  const unplayed = unique(facts.nodes(iri, S('character'))).filter((c) => !played.has(c));
  const table = rows.length
    ? html`<table class="cast">
<thead><tr><th scope="col">${t(lang, 'cast.actor')}</th><th scope="col">${t(lang, 'cast.character')}</th></tr></thead>
<tbody>
${rows}</tbody>
</table>`
    : '';
  const characters = unplayed.length ? factList([{ term: t(lang, 'fact.characters'), value: links(ctx, unplayed) }]) : '';
  const content = html`${table}${characters}${blankNote(ctx, S('actor'), rows.length > 0)}`;
  return section('cast', t(lang, 'section.cast'), content);
}

function crew(ctx: PageContext): SafeHtml {
  const { facts, iri, lang } = ctx;
  const row = (key: 'crew.director' | 'crew.screenwriters' | 'crew.composer' | 'crew.cinematographer' | 'crew.editor', property: string) => ({
    term: t(lang, key),
    value: withNotStated(ctx, iri, property, links(ctx, facts.nodes(iri, property))),
  });
  return section('crew', t(lang, 'section.crew'), factList([
    row('crew.director', S('director')),
    row('crew.screenwriters', S('author')),
    row('crew.composer', S('musicBy')),
    row('crew.cinematographer', F('cinematographer')),
    row('crew.editor', F('filmEditor')),
  ], 'facts crew'));
}

function production(ctx: PageContext): SafeHtml {
  const { facts, iri, lang } = ctx;
  const companies = withNotStated(ctx, iri, S('productionCompany'), links(ctx, facts.nodes(iri, S('productionCompany'))));
  const distributions = unique(facts.nodes(iri, F('distribution')));
  const rows = distributions.map((d) => {
    const territories = unique(facts.nodes(d, F('territory')));
    const distributors = unique(facts.nodes(d, F('distributor')));
    return html`<tr><th scope="row" data-label="${t(lang, 'distribution.territory')}">${territories.length ? links(ctx, territories) : link(ctx, d)}</th><td data-label="${t(lang, 'distribution.distributor')}">${links(ctx, distributors)}</td></tr>\n`;
  });
  const table = rows.length
    ? html`<h3>${t(lang, 'section.distribution')}</h3>
<table class="distribution">
<thead><tr><th scope="col">${t(lang, 'distribution.territory')}</th><th scope="col">${t(lang, 'distribution.distributor')}</th></tr></thead>
<tbody>
${rows}</tbody>
</table>${blankNote(ctx, F('distribution'), true)}`
    : blankNote(ctx, F('distribution'), false);
  return section('production', t(lang, 'section.production'), html`${factList([{ term: t(lang, 'fact.productionCompanies'), value: companies }])}${table}`);
}

interface Release {
  id: string;
  country?: string;
  medium?: string;
  date?: string;
}

function releases(ctx: PageContext, timelineSvg: string | undefined): SafeHtml {
  const { facts, iri, lang } = ctx;
  const list: Release[] = unique(facts.nodes(iri, S('releasedEvent'))).map((id) => ({
    id,
    country: facts.nodes(id, S('location'))[0],
    medium: facts.nodes(id, F('medium'))[0],
    date: facts.value(id, S('startDate')),
  }));
  if (list.length === 0) return section('releases', t(lang, 'section.releases'), blankNote(ctx, S('releasedEvent'), false));
  const byDate = [...list].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const countries = unique(byDate.map((r) => r.country ?? ''));
  const preferred = [F('Theatrical'), F('DVD')];
  const media = unique(list.map((r) => r.medium ?? '')).sort((a, b) => rank(preferred, a) - rank(preferred, b));
  const cell = (country: string, medium: string) => {
    const here = byDate.filter((r) => (r.country ?? '') === country && (r.medium ?? '') === medium);
    if (here.length === 0) return html`<span class="muted" aria-hidden="true">—</span>`;
    return here.map((r, i) => html`${i ? html`<br>` : ''}${link(ctx, r.id, r.date ? formatDate(lang, r.date) : labelText(facts, r.id, lang))}`);
  };
  const mediumName = (m: string) => (m ? labelText(facts, m, lang) : '—');
  const table = html`<div class="table-wrap"><table class="releases">
<caption>${tn(lang, 'releases.count', list.length)}</caption>
<thead><tr><th scope="col">${t(lang, 'releases.country')}</th>${media.map((m) => html`<th scope="col">${mediumName(m)}</th>`)}</tr></thead>
<tbody>
${countries.map((c) => html`<tr><th scope="row">${c ? link(ctx, c) : '—'}</th>${media.map((m) => html`<td data-label="${mediumName(m)}">${cell(c, m)}</td>`)}</tr>\n`)}</tbody>
</table></div>`;
  const timeline = timelineSvg ? html`<figure class="diagram timeline" aria-label="${t(lang, 'section.timeline')}">${trusted(timelineSvg)}</figure>` : '';
  return section('releases', t(lang, 'section.releases'), html`${table}${blankNote(ctx, S('releasedEvent'), true)}${timeline}`);
}

function rank(order: string[], value: string): number {
  const i = order.indexOf(value);
  return i < 0 ? order.length : i;
}

/** Resources that point at the film with `property`, or that it owns and have `type`. */
function related(ctx: PageContext, property: string, type: string): string[] {
  const owned = ctx.facts.all
    .filter((f) => f.subject.termType === 'NamedNode' && f.subject.value.startsWith(`${ctx.iri}/`) && ctx.facts.hasType(f.subject.value, type))
    .map((f) => f.subject.value);
  return unique([...ctx.facts.subjects(property, ctx.iri), ...owned]);
}

function reviews(ctx: PageContext): SafeHtml {
  const ids = related(ctx, S('itemReviewed'), S('Review'));
  return section('reviews', t(ctx.lang, 'section.reviews'), cards(ids.map((id) => reviewCard(ctx, id, { showFilm: false, showPublisher: true }))));
}

function quotes(ctx: PageContext): SafeHtml {
  const ids = related(ctx, S('about'), S('Quotation')).filter((id) => ctx.facts.hasType(id, S('Quotation')) || ctx.facts.out(id, S('text')).length);
  return section('quotes', t(ctx.lang, 'section.quotes'), cards(ids.map((id) => quoteCard(ctx, id, { showFilm: false, showSpeaker: true }))));
}

function awards(ctx: PageContext): SafeHtml {
  const ids = related(ctx, F('forWork'), F('Nomination'));
  return section('awards', t(ctx.lang, 'section.awards'), nominationsBlock(ctx, ids, { nominee: true, film: false, organization: true }));
}

