// The page of a person: name, identifiers, what they did in which films (from the links to them:
// director of, screenwriter of, actor in through a cast role...), works they wrote, quotes,
// nominations and awards.
import { FG, RDF, SCHEMA } from '../../vocab/namespaces.ts';
import { cards, quoteCard } from './cards.ts';
import {
  factList, identifiers, incomingTable, inlineList, isOwnImage, neighbourhoodSection, propertiesTable, section, sourcesSection, unique, resourceArticle } from './components.ts';
import type { PageContext } from './context.ts';
import { nodeId, type Fact } from './facts.ts';
import { html, type SafeHtml } from './html.ts';
import { t, type MessageKey } from './i18n.ts';
import { labelOf, labelText } from './labels.ts';
import { inLanguage, link, literalHtml } from './links.ts';
import { nominationsBlock } from './nominations.ts';
import { ownerOf } from './owners.ts';
import type { RenderedResource } from './resourceKinds.ts';
import { formatLiteral } from './values.ts';

const S = (local: string) => SCHEMA + local;
const F = (local: string) => FG + local;

/** Crew properties of a film → the role's name. */
const CREW_ROLES: Record<string, MessageKey> = {
  [S('director')]: 'role.director',
  [S('author')]: 'role.screenwriter',
  [S('musicBy')]: 'role.composer',
  [F('cinematographer')]: 'role.cinematographer',
  [F('filmEditor')]: 'role.editor',
};

interface Involvement {
  film: string;
  roles: SafeHtml[];
}

export function renderPerson(ctx: PageContext, svgs: { neighbourhoodSvg?: string }): RenderedResource {
  const { facts, iri, lang } = ctx;
  const name = labelOf(facts, iri, lang);

  const films = new Map<string, Involvement>();
  const involve = (film: string, role: SafeHtml) => {
    const entry = films.get(film) ?? { film, roles: [] };
    if (!entry.roles.some((r) => r.value === role.value)) entry.roles.push(role);
    films.set(film, entry);
  };
  const works: string[] = [];
  const nominations: string[] = [];
  const quotes: string[] = [];
  const others: Fact[] = [];

  for (const f of facts.in(iri)) {
    const s = nodeId(f.subject);
    const isFilm = facts.hasType(s, S('Movie'));
    if (f.predicate === S('author') && !isFilm && !facts.out(s, S('actor')).length) works.push(s);
    else if (CREW_ROLES[f.predicate]) involve(s, html`${t(lang, CREW_ROLES[f.predicate])}`);
    else if (f.predicate === S('actor')) {
      if (isFilm) involve(s, html`${t(lang, 'role.actor')}`);
      else {
        const film = ownerOf(facts, s) ?? facts.subjects(S('actor'), s)[0];
        const character = characterOf(ctx, s);
        const role = character ? link(ctx, s, t(lang, 'role.actorAs', { character })) : link(ctx, s, t(lang, 'role.actor'));
        if (film) involve(film, role);
        else others.push(f);
      }
    } else if (f.predicate === F('nominee')) nominations.push(s);
    else if (f.predicate === S('spokesperson')) quotes.push(s);
    else if (!isOwnImage(ctx, f)) others.push(f);
  }

  const filmography = films.size
    ? html`<ul class="filmography">${[...films.values()].map((e) => {
        const year = facts.literals(e.film, S('datePublished'))[0];
        return html`<li><span class="film-title">${link(ctx, e.film)}</span>${year ? html` <span class="year">${formatLiteral(lang, year)}</span>` : ''}<span class="roles">${inlineList(e.roles)}</span></li>\n`;
      })}</ul>`
    : '';
  const described = quotes.filter((q) => facts.out(q, S('text')).length);
  const undescribed = quotes.filter((q) => !described.includes(q));
  const quoteContent = html`${cards(described.map((q) => quoteCard(ctx, q, { showFilm: true, showSpeaker: false })))}${undescribed.length ? html`<ul class="plain">${undescribed.map((q, i) => {
    const film = ownerOf(facts, q);
    return html`<li>${link(ctx, q, `${t(lang, 'kind.quote')} ${i + 1}`)}${film ? html` <span class="muted">·</span> ${link(ctx, film)}` : ''}</li>`;
  })}</ul>` : ''}`;
  const awardsReceived = facts.literals(iri, S('award'));

  const aside = factList([
    { term: t(lang, 'section.identifiers'), value: identifiers(ctx, iri) },
    { term: t(lang, 'section.awardsReceived'), value: awardsReceived.length ? html`<ul class="plain">${awardsReceived.map((a) => html`<li>${literalHtml(ctx, a)}</li>`)}</ul>` : '' },
    { term: t(lang, 'section.works'), value: inlineList(unique(works).map((w) => link(ctx, w))) },
  ]);
  const body = resourceArticle(lang, 'person', inLanguage(lang, name.text, name.lang), aside, [
    section('filmography', t(lang, 'section.filmography'), filmography),
    section('awards', t(lang, 'section.awards'), nominationsBlock(ctx, unique(nominations), { nominee: false, film: true, organization: true })),
    section('quotes', t(lang, 'section.quotes'), quoteContent),
    section('properties', t(lang, 'section.properties'), propertiesTable(ctx, iri, [`${RDF}type`, S('name'), S('sameAs'), S('award'), S('image')])),
    section('incoming', t(lang, 'section.otherLinks'), incomingTable(ctx, others)),
    neighbourhoodSection(ctx, svgs.neighbourhoodSvg),
    sourcesSection(ctx),
  ]);
  return { kind: 'person', title: name.text, description: t(lang, 'meta.person', { name: name.text }), ogType: 'profile', body };
}

/** The character of a cast role: its name as the cast source spells it, else the character's. */
function characterOf(ctx: PageContext, role: string): string | undefined {
  const names = unique(ctx.facts.literals(role, S('characterName')).map((l) => l.value));
  if (names.length) return names.join(', ');
  const characters = ctx.facts.nodes(role, F('playsCharacter'));
  return characters.length ? characters.map((c) => labelText(ctx.facts, c, ctx.lang)).join(', ') : undefined;
}
