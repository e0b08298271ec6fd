// The page around the content: head (title, description, canonical and alternate links, Open
// Graph and Twitter card, structured data, the local stylesheet), the header with the search box
// and the language switch, the "Download as" list and the footer. Nothing is loaded from
// another host.
import { html, trusted, type SafeHtml } from './html.ts';
import { LANGS, t, type Lang } from './i18n.ts';
import { siteHref } from './links.ts';

export interface Alternate {
  href: string;
  mediaType: string;
  label: string;
}

export interface LanguageLink {
  lang: Lang;
  href: string;
}

export interface DocumentInput {
  lang: Lang;
  baseIri: string;
  /** The <title> (the site name is added). */
  title: string;
  description: string;
  stylesheet: string;
  body: SafeHtml;
  canonical?: string;
  /** Open Graph type: "video.movie", "profile", "website"... */
  ogType?: string;
  /** og:title when it differs from the title. */
  ogTitle?: string;
  image?: string;
  alternates?: readonly Alternate[];
  languageLinks?: readonly LanguageLink[];
  /** JSON text already escaped for a script element. */
  structuredData?: string;
  /** The search box's current text. */
  query?: string;
  /** A class on <body> naming the kind of page. */
  kind: string;
  robots?: string;
  /** Extra elements for <head> (a page's own scripts and stylesheets, all served locally). */
  head?: SafeHtml;
}

const OG_LOCALE: Record<Lang, string> = { en: 'en_GB', fr: 'fr_FR' };
const LANGUAGE_NAME: Record<Lang, string> = { en: 'English', fr: 'Français' };
const ICON = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 32 32%22%3E%3Crect width=%2232%22 height=%2232%22 rx=%226%22 fill=%22%23b4472a%22/%3E%3Ccircle cx=%2216%22 cy=%2216%22 r=%229%22 fill=%22none%22 stroke=%22%23fff%22 stroke-width=%223%22/%3E%3Ccircle cx=%2216%22 cy=%2216%22 r=%222.5%22 fill=%22%23fff%22/%3E%3C/svg%3E';

export function renderDocument(input: DocumentInput): string {
  const { lang } = input;
  const fullTitle = input.title === t(lang, 'site.name') ? input.title : `${input.title} — ${t(lang, 'site.name')}`;
  const ogTitle = input.ogTitle ?? input.title;
  const languageLinks = input.languageLinks ?? [];
  const xDefault = languageLinks.find((l) => l.lang === 'en') ?? languageLinks[0];
  const otherLocales = LANGS.filter((l) => l !== lang && languageLinks.some((x) => x.lang === l));
  const doc = html`<!doctype html>
<html lang="${lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${input.description}">
${input.robots ? html`<meta name="robots" content="${input.robots}">\n` : ''}<meta name="color-scheme" content="light dark">
<meta name="theme-color" content="#faf7f2" media="(prefers-color-scheme: light)">
<meta name="theme-color" content="#16171b" media="(prefers-color-scheme: dark)">
<link rel="stylesheet" href="${input.stylesheet}">
${input.head ?? ''}<link rel="icon" href="${ICON}">
${input.canonical ? html`<link rel="canonical" href="${input.canonical}">\n` : ''}${languageLinks.map((l) => html`<link rel="alternate" hreflang="${l.lang}" href="${l.href}">\n`)}${xDefault ? html`<link rel="alternate" hreflang="x-default" href="${xDefault.href}">\n` : ''}${(input.alternates ?? []).map((a) => html`<link rel="alternate" type="${a.mediaType}" href="${a.href}" title="${a.label}">\n`)}<meta property="og:site_name" content="${t(lang, 'site.name')}">
<meta property="og:title" content="${ogTitle}">
<meta property="og:description" content="${input.description}">
<meta property="og:type" content="${input.ogType ?? 'website'}">
${input.canonical ? html`<meta property="og:url" content="${input.canonical}">\n` : ''}${input.image ? html`<meta property="og:image" content="${input.image}">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
<meta property="og:image:alt" content="${ogTitle}">
` : ''}<meta property="og:locale" content="${OG_LOCALE[lang]}">
${otherLocales.map((l) => html`<meta property="og:locale:alternate" content="${OG_LOCALE[l]}">\n`)}<meta name="twitter:card" content="${input.image ? 'summary_large_image' : 'summary'}">
<meta name="twitter:title" content="${ogTitle}">
<meta name="twitter:description" content="${input.description}">
${input.image ? html`<meta name="twitter:image" content="${input.image}">\n<meta name="twitter:image:alt" content="${ogTitle}">\n` : ''}${input.structuredData !== undefined ? html`<script type="application/ld+json">${trusted(input.structuredData)}</script>\n` : ''}</head>
<body class="page-${input.kind}">
<a class="skip" href="#main">${t(lang, 'nav.skip')}</a>
${siteHeader(input)}
<main id="main">
${input.body}
</main>
${downloads(lang, input.alternates ?? [])}${siteFooter(input)}
</body>
</html>
`;
  return doc.value;
}

function siteHeader(input: DocumentInput): SafeHtml {
  const { lang, baseIri } = input;
  return html`<header class="site-header">
<div class="bar">
<a class="brand" href="${siteHref(baseIri, '', lang)}" rel="home"><span class="brand-mark" aria-hidden="true"></span>${t(lang, 'site.name')}</a>
${searchForm(lang, baseIri, input.query)}
${languageSwitch(lang, input.languageLinks ?? [])}
</div>
</header>`;
}

function searchForm(lang: Lang, baseIri: string, query = '', id = 'q'): SafeHtml {
  return html`<form class="search" role="search" action="${baseIri}search" method="get">
<label class="visually-hidden" for="${id}">${t(lang, 'search.label')}</label>
<input type="search" id="${id}" name="q" value="${query}" placeholder="${t(lang, 'search.placeholder')}" autocomplete="off" enterkeyhint="search">
${lang === 'fr' ? html`<input type="hidden" name="lang" value="fr">\n` : ''}<button type="submit">${t(lang, 'search.button')}</button>
</form>`;
}

function languageSwitch(lang: Lang, links: readonly LanguageLink[]): SafeHtml {
  if (links.length < 2) return html``;
  return html`<nav class="languages" aria-label="${t(lang, 'nav.language')}"><ul>${links.map((l) =>
    l.lang === lang
      ? html`<li><span aria-current="page" lang="${l.lang}" title="${LANGUAGE_NAME[l.lang]}">${l.lang.toUpperCase()}</span></li>`
      : html`<li><a href="${l.href}" hreflang="${l.lang}" lang="${l.lang}" rel="alternate" title="${LANGUAGE_NAME[l.lang]}">${l.lang.toUpperCase()}</a></li>`,
  )}</ul></nav>`;
}

function downloads(lang: Lang, alternates: readonly Alternate[]): SafeHtml {
  if (alternates.length === 0) return html``;
  return html`<aside class="downloads" aria-labelledby="downloads-h">
<h2 id="downloads-h">${t(lang, 'download.title')}</h2>
<ul>${alternates.map((a) => html`<li><a href="${a.href}" type="${a.mediaType}" rel="alternate">${a.label}</a></li>`)}</ul>
</aside>
`;
}

function siteFooter(input: DocumentInput): SafeHtml {
  const { lang, baseIri } = input;
  return html`<footer class="site-footer">
<p>${t(lang, 'footer.about')} <a href="${siteHref(baseIri, '', lang)}">${t(lang, 'footer.home')}</a></p>
</footer>`;
}
