// The query page at /sparql for browsers: YASGUI (served locally) with the named queries as tabs,
// and, for browsers without JavaScript, a plain form that runs a query. The editor's settings
// travel in a JSON data block (not executed, so the CSP's script-src 'self' holds).
import { html, trusted } from './html.ts';
import { renderDocument, type LanguageLink } from './layout.ts';
import { t, type Lang } from './i18n.ts';
import { escapeJsonForScript } from '../jsonld/escapeForScript.ts';

export interface SparqlPageInput {
  baseIri: string;
  lang: Lang;
  endpoint: string;
  queries: { name: string; title: string; description: string; text: string }[];
  stylesheet: string;
  languageLinks: LanguageLink[];
}

export function renderSparqlPage(input: SparqlPageInput): string {
  const { lang, endpoint, queries } = input;
  const assets = `${new URL(input.baseIri).pathname}static/`;
  const first = queries[0]?.text ?? 'SELECT * WHERE { ?s ?p ?o } LIMIT 10';
  const config = escapeJsonForScript(JSON.stringify({ endpoint, queries: queries.map((q) => ({ name: q.title, query: q.text })) }));
  const body = html`<header class="hero">
<p class="kicker">SPARQL 1.1</p>
<h1>${t(lang, 'sparql.title')}</h1>
<p>${t(lang, 'sparql.intro')}</p>
<p>${t(lang, 'sparql.endpoint')}: <code>${endpoint}</code></p>
</header>
<section class="block" aria-labelledby="editor-h">
<h2 id="editor-h">${t(lang, 'sparql.editor')}</h2>
<div id="yasgui"></div>
<noscript><p class="note">${t(lang, 'sparql.noScript')}</p></noscript>
<form class="sparql-form" action="${endpoint}" method="get">
<label for="sparql-query">${t(lang, 'sparql.query')}</label>
<textarea id="sparql-query" name="query" rows="12" spellcheck="false">${first}</textarea>
<label for="sparql-format">${t(lang, 'sparql.format')}</label>
<select id="sparql-format" name="format"><option value="json">SPARQL JSON</option><option value="xml">SPARQL XML</option><option value="csv">CSV</option><option value="tsv">TSV</option></select>
<button type="submit">${t(lang, 'sparql.run')}</button>
</form>
</section>
<section class="block" aria-labelledby="named-h">
<h2 id="named-h">${t(lang, 'sparql.named')}</h2>
<p>${t(lang, 'sparql.namedIntro')}</p>
<ul class="plain named-queries">${queries.map((q) => html`<li><a href="${input.baseIri}queries/${q.name}">${q.title}</a> <span class="detail">${q.description}</span></li>`)}</ul>
</section>
<script type="application/json" id="fg-sparql-config">${trusted(config)}</script>`;
  return renderDocument({
    lang,
    baseIri: input.baseIri,
    title: t(lang, 'sparql.title'),
    description: t(lang, 'sparql.intro'),
    stylesheet: input.stylesheet,
    body,
    canonical: endpoint,
    languageLinks: input.languageLinks,
    kind: 'sparql',
    head: html`<link rel="stylesheet" href="${assets}yasgui/yasgui.min.css">
<script src="${assets}yasgui/yasgui.min.js" defer></script>
<script src="${assets}sparql-ui.js" defer></script>
`,
  });
}
