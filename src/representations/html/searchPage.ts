// The search page: the query, how many results, and each result with its kind and a snippet.
import { html } from './html.ts';
import { MESSAGES, t, tn, type Lang, type MessageKey } from './i18n.ts';
import { renderDocument, type LanguageLink } from './layout.ts';

export interface SearchResult {
  href: string;
  label: string;
  /** "film", "person", "organization"... */
  kind: string;
  snippet?: string;
}

export interface SearchPageInput {
  baseIri: string;
  lang: Lang;
  query: string;
  results: SearchResult[];
  languageLinks: LanguageLink[];
  stylesheet: string;
}

export function renderSearchPage(input: SearchPageInput): string {
  const { lang, query, results } = input;
  const trimmed = query.trim();
  const heading = trimmed ? t(lang, 'search.resultsFor', { query: trimmed }) : t(lang, 'search.title');
  const list = results.length
    ? html`<p class="summary">${tn(lang, 'search.count', results.length)}</p>
<ol class="results">${results.map((r) => html`<li class="result result-${r.kind.toLowerCase().replace(/[^a-z0-9-]/g, '')}">
<span class="badge">${kindName(lang, r.kind)}</span>
<a href="${r.href}" class="result-title">${r.label}</a>
${r.snippet ? html`<p class="snippet">${r.snippet}</p>` : ''}
</li>
`)}</ol>`
    : html`<p class="note">${trimmed ? t(lang, 'search.none', { query: trimmed }) : t(lang, 'search.empty')}</p>`;
  const body = html`<header class="hero">
<p class="kicker">${t(lang, 'search.title')}</p>
<h1>${heading}</h1>
</header>
<div class="layout single"><div class="content">
${list}
</div></div>`;
  return renderDocument({
    lang,
    baseIri: input.baseIri,
    title: heading,
    description: t(lang, 'meta.search'),
    stylesheet: input.stylesheet,
    body,
    languageLinks: input.languageLinks,
    query,
    kind: 'search',
    robots: 'noindex, follow',
  });
}

function kindName(lang: Lang, kind: string): string {
  const key = `kind.${kind.toLowerCase()}`;
  return key in MESSAGES[lang] ? t(lang, key as MessageKey) : kind;
}
