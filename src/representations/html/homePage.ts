// The home page: what the site is, the search box, and the films, people, organizations and
// awards it describes, a page of each at a time.
import { html } from './html.ts';
import { t, type Lang, type MessageKey } from './i18n.ts';
import { renderDocument, type Alternate, type LanguageLink } from './layout.ts';

export type HomeSectionKind = 'films' | 'people' | 'organizations' | 'awards';

export interface HomeSection {
  kind: HomeSectionKind;
  items: { href: string; label: string; detail?: string }[];
  /** How many there are in all (the items are one page of them). */
  total: number;
  nextHref?: string;
  prevHref?: string;
}

export interface HomePageInput {
  baseIri: string;
  lang: Lang;
  sections: HomeSection[];
  languageLinks: LanguageLink[];
  alternates: Alternate[];
  stylesheet: string;
  query?: string;
}

export function renderHomePage(input: HomePageInput): string {
  const { lang } = input;
  const sections = input.sections.map((s) => {
    const heading = t(lang, `kind.${s.kind}` as MessageKey);
    const id = `home-${s.kind}`;
    return html`<section class="block home-section" id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h">${heading} <span class="count">${s.items.length < s.total ? t(lang, 'home.shown', { shown: s.items.length, total: s.total }) : s.total}</span></h2>
${s.items.length
  ? html`<ul class="index-list">${s.items.map((i) => html`<li><a href="${i.href}">${i.label}</a>${i.detail ? html` <span class="detail">${i.detail}</span>` : ''}</li>`)}</ul>`
  : html`<p class="note">${t(lang, 'home.empty')}</p>`}
${s.prevHref || s.nextHref ? html`<nav class="pager" aria-label="${heading}">${s.prevHref ? html`<a href="${s.prevHref}" rel="prev">← ${t(lang, 'home.previous')}</a>` : ''}${s.nextHref ? html`<a href="${s.nextHref}" rel="next">${t(lang, 'home.next')} →</a>` : ''}</nav>` : ''}
</section>
`;
  });
  const body = html`<header class="hero home-hero">
<h1>${t(lang, 'home.title')}</h1>
<p class="lede">${t(lang, 'home.intro')}</p>
${input.query ? html`<p class="note">${t(lang, 'home.queryFor', { query: input.query })}</p>` : ''}
</header>
<div class="home-grid">
${sections}</div>`;
  return renderDocument({
    lang,
    baseIri: input.baseIri,
    title: t(lang, 'site.name'),
    ogTitle: `${t(lang, 'site.name')} — ${t(lang, 'home.title')}`,
    description: t(lang, 'meta.home'),
    stylesheet: input.stylesheet,
    body,
    canonical: input.languageLinks.find((l) => l.lang === lang)?.href ?? input.baseIri,
    alternates: input.alternates,
    languageLinks: input.languageLinks,
    query: input.query,
    kind: 'home',
  });
}
