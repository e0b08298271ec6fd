// The pages' stylesheet, served by the HTTP layer from the site itself: system fonts only (no web
// fonts, nothing from another host), light and dark schemes, a single column on small screens,
// clean print.
export const STYLESHEET = String.raw`/* filmgraph */
:root {
  color-scheme: light dark;
  --bg: #faf7f2;
  --surface: #ffffff;
  --surface-2: #f3eee6;
  --ink: #1e1c19;
  --muted: #6b645b;
  --line: #e3dcd1;
  --accent: #a63f22;
  --accent-ink: #8a321a;
  --accent-soft: #f6e3da;
  --won: #8a5a00;
  --won-bg: #fbefc9;
  --nominated: #3e4a5c;
  --nominated-bg: #e7ebf1;
  --unknown: #6b645b;
  --focus: #1f6feb;
  --shadow: 0 1px 2px rgb(30 28 25 / 6%), 0 2px 8px rgb(30 28 25 / 5%);
  --serif: "Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Charter, "Bitstream Charter", Georgia, Cambria, "Times New Roman", serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  --mono: ui-monospace, "SF Mono", "Cascadia Mono", "Roboto Mono", Menlo, Consolas, "Liberation Mono", monospace;
  --radius: 10px;
  --wide: 74rem;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #16171b;
    --surface: #1e2026;
    --surface-2: #25282f;
    --ink: #ebe7e1;
    --muted: #a29c93;
    --line: #34373f;
    --accent: #f0906a;
    --accent-ink: #f6a988;
    --accent-soft: #3a2620;
    --won: #f3c969;
    --won-bg: #3b301a;
    --nominated: #c5cfdd;
    --nominated-bg: #2a313c;
    --unknown: #a29c93;
    --focus: #6ea8fe;
    --shadow: 0 1px 2px rgb(0 0 0 / 30%), 0 2px 10px rgb(0 0 0 / 25%);
  }
}

*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--ink);
  font: 1.0625rem/1.6 var(--sans);
  text-rendering: optimizeLegibility;
  font-kerning: normal;
  overflow-wrap: break-word;
}
a { color: var(--accent-ink); text-decoration-thickness: 1px; text-underline-offset: 0.18em; text-decoration-color: color-mix(in srgb, currentColor 45%, transparent); }
a:hover { text-decoration-color: currentColor; }
table a, .facts a, ul.filmography a, ul.plain a, ul.sources a { color: var(--ink); text-decoration-color: color-mix(in srgb, var(--accent) 60%, transparent); }
table a:hover, .facts a:hover, ul.filmography a:hover, ul.plain a:hover, ul.sources a:hover { color: var(--accent-ink); text-decoration-color: currentColor; }
a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 3px; }
h1, h2, h3 { font-family: var(--serif); font-weight: 600; line-height: 1.15; letter-spacing: -0.005em; text-wrap: balance; }
h3 { font-size: 1.15rem; margin: 1.75rem 0 0.5rem; }
p { margin: 0 0 0.9em; }
small { font-size: 0.85em; }
code { font-family: var(--mono); font-size: 0.85em; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip { position: absolute; left: 1rem; top: -3rem; z-index: 10; padding: 0.5rem 0.9rem; background: var(--surface); border-radius: var(--radius); box-shadow: var(--shadow); }
.skip:focus { top: 0.75rem; }
.muted { color: var(--muted); }
.note { color: var(--muted); font-size: 0.95rem; }

/* Header */
.site-header { background: var(--surface); border-bottom: 1px solid var(--line); }
.bar { max-width: var(--wide); margin: 0 auto; padding: 0.7rem 1.25rem; display: flex; align-items: center; gap: 1rem 1.5rem; flex-wrap: wrap; }
.brand { display: inline-flex; align-items: center; gap: 0.55rem; font: 700 1.2rem/1 var(--serif); color: var(--ink); text-decoration: none; letter-spacing: 0.01em; }
.brand-mark { width: 1.35rem; height: 1.35rem; border-radius: 50%; background: radial-gradient(circle at center, var(--surface) 0 18%, transparent 19% 46%, var(--surface) 47% 56%, transparent 57%), var(--accent); flex: none; }
.search { display: flex; flex: 1 1 18rem; max-width: 32rem; margin: 0; }
.search input[type=search] {
  flex: 1; min-width: 0; font: inherit; font-size: 0.98rem; color: var(--ink); background: var(--bg);
  border: 1px solid var(--line); border-right: 0; border-radius: 999px 0 0 999px; padding: 0.45rem 0.95rem;
}
.search input[type=search]::placeholder { color: var(--muted); }
.search button {
  font: 600 0.92rem/1 var(--sans); color: #fff; background: var(--accent); border: 1px solid var(--accent);
  border-radius: 0 999px 999px 0; padding: 0 1rem; cursor: pointer;
}
@media (prefers-color-scheme: dark) { .search button { color: #1b1410; } }
.search button:hover { filter: brightness(1.06); }
.languages { margin-left: auto; }
.languages ul { display: flex; gap: 0.25rem; list-style: none; margin: 0; padding: 0; }
.languages a, .languages span { display: inline-block; padding: 0.25rem 0.55rem; border-radius: 6px; font-size: 0.85rem; font-weight: 600; letter-spacing: 0.04em; text-decoration: none; }
.languages span[aria-current] { background: var(--ink); color: var(--bg); }
.languages a { color: var(--muted); }
.languages a:hover { color: var(--ink); background: var(--surface-2); }

/* Page */
main { max-width: var(--wide); margin: 0 auto; padding: 0 1.25rem 3rem; }
.hero { padding: 2.5rem 0 1.75rem; border-bottom: 1px solid var(--line); margin-bottom: 2rem; }
.kicker { margin: 0 0 0.6rem; font-size: 0.8rem; font-weight: 700; letter-spacing: 0.12em; text-transform: uppercase; color: var(--accent); }
.hero h1 { font-size: clamp(2.1rem, 5.5vw, 3.6rem); margin: 0 0 0.6rem; }
.byline { font-size: 1.1rem; color: var(--muted); margin: 0.4rem 0 0; }
.byline a { font-weight: 600; }
.lede { font-size: 1.2rem; max-width: 46rem; color: var(--muted); }
.iri { margin: 0.75rem 0 0; color: var(--muted); word-break: break-all; }
.other-titles { display: flex; flex-wrap: wrap; gap: 0.2rem 1.5rem; margin: 0; }
.other-titles div { display: flex; gap: 0.5rem; align-items: baseline; }
.other-titles dt { font-size: 0.78rem; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); }
.other-titles dd { margin: 0; font-family: var(--serif); font-size: 1.3rem; font-style: italic; }

.layout { display: grid; grid-template-columns: minmax(0, 1fr) 19rem; grid-template-areas: "content glance"; gap: 3rem; align-items: start; }
.layout.single { grid-template-columns: minmax(0, 1fr); grid-template-areas: "content"; }
.content { grid-area: content; min-width: 0; }
.wide { margin-top: 1rem; }
.glance { grid-area: glance; background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 1.25rem 1.35rem; box-shadow: var(--shadow); position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow: auto; }
.glance h2 { font-size: 0.8rem; font-family: var(--sans); font-weight: 700; letter-spacing: 0.12em; text-transform: uppercase; color: var(--muted); margin: 0 0 0.9rem; }
.glance .facts div { display: block; padding: 0.6rem 0; border-top: 1px solid var(--line); }
.glance .facts div:first-child { border-top: 0; padding-top: 0; }
.glance .facts dt { margin-bottom: 0.15rem; }

.block { margin: 0 0 3rem; scroll-margin-top: 1rem; }
.block > h2 { font-size: 1.6rem; margin: 0 0 1rem; padding-bottom: 0.45rem; border-bottom: 2px solid var(--ink); }
.prose { font-family: var(--serif); font-size: 1.14rem; line-height: 1.65; max-width: 40em; hyphens: auto; }

/* Lists of facts */
.facts { margin: 0; }
.facts div { display: grid; grid-template-columns: 11rem minmax(0, 1fr); gap: 1rem; padding: 0.55rem 0; border-top: 1px solid var(--line); }
.facts div:first-child { border-top: 0; }
.facts dt { font-size: 0.78rem; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); padding-top: 0.2rem; }
.facts dd { margin: 0; }
ul.inline { display: inline; list-style: none; margin: 0; padding: 0; }
ul.inline li { display: inline; }
ul.inline li:not(:last-child)::after { content: ", "; }
ul.plain, ul.ratings, ul.identifiers, ul.values { list-style: none; margin: 0; padding: 0; }
ul.plain li, ul.values li { padding: 0.15rem 0; }
ul.ratings li { display: flex; justify-content: space-between; gap: 0.75rem; }
a.rating { font-weight: 600; font-variant-numeric: tabular-nums; }
.not-stated { color: var(--muted); font-style: italic; }
small.not-stated, p.not-stated { font-size: 0.88rem; }
a.graph-path code { font-size: 0.8em; word-break: break-all; }
a.external::after { content: " ↗"; font-size: 0.8em; color: var(--muted); }

/* Tables */
.table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; }
table { width: 100%; border-collapse: collapse; font-size: 0.98rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; caption-side: top; color: var(--muted); font-size: 0.88rem; padding-bottom: 0.4rem; }
th, td { text-align: left; vertical-align: top; padding: 0.55rem 0.75rem 0.55rem 0; border-bottom: 1px solid var(--line); }
thead th { font-size: 0.75rem; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); border-bottom: 1px solid var(--ink); }
tbody th { font-weight: 600; }
table.properties tbody th { width: 14rem; font-weight: 500; color: var(--muted); }
table.cast tbody th { width: 50%; }
.edition { display: block; color: var(--muted); }
td.date, td.nominee { white-space: nowrap; }
td.film { min-width: 8rem; }

/* Outcomes */
.outcome { display: inline-block; padding: 0.1rem 0.55rem; border-radius: 999px; font-size: 0.8rem; font-weight: 700; letter-spacing: 0.02em; white-space: nowrap; border: 1px solid transparent; }
.outcome-won { color: var(--won); background: var(--won-bg); }
.outcome-won::before { content: "★ "; }
.outcome-nominated { color: var(--nominated); background: var(--nominated-bg); }
.outcome-notEstablished { color: var(--unknown); border: 1px dashed currentColor; background: transparent; }
.outcome-none { color: var(--unknown); font-style: italic; font-weight: 500; }
.byline .outcome { font-size: 0.9rem; }
.summary { display: flex; flex-wrap: wrap; gap: 0.35rem 1rem; align-items: baseline; margin-bottom: 0.75rem; }
.summary strong { font-size: 1.05rem; }
ul.tally { color: var(--muted); }
ul.tally li:not(:last-child)::after { content: " · "; }
li.tally-won { color: var(--won); font-weight: 600; }
li.tally-won::before { content: "★ "; }

/* Reviews and quotes */
.cards { columns: 3 19rem; column-gap: 1.1rem; }
.card { margin: 0 0 1.1rem; display: block; width: 100%; break-inside: avoid; background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 1.2rem 1.3rem 1rem; box-shadow: var(--shadow); break-inside: avoid; }
.card blockquote { margin: 0 0 0.9rem; position: relative; }
.card .quote-text { font-family: var(--serif); font-size: 1.05rem; line-height: 1.55; hyphens: auto; }
.card .quote-text p:last-child { margin-bottom: 0; }
.card blockquote::before { content: "“"; position: absolute; left: -0.2rem; top: -1.2rem; font: 700 3rem/1 var(--serif); color: var(--accent); opacity: 0.35; }
.card figcaption { font-size: 0.92rem; color: var(--muted); border-top: 1px solid var(--line); padding-top: 0.6rem; display: flex; flex-wrap: wrap; gap: 0.25rem 0.6rem; align-items: baseline; }
.card cite { font-style: normal; font-weight: 700; }
.featured { max-width: 46rem; margin-bottom: 2.5rem; }
.featured .card .quote-text { font-size: 1.2rem; }
small.context { display: block; color: var(--muted); }
small.context a { color: inherit; }
.card .permalink { margin-left: auto; font-size: 0.85rem; color: var(--muted); }

/* Filmography, sources, index lists */
ul.filmography { list-style: none; margin: 0; padding: 0; }
ul.filmography li { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; align-items: baseline; padding: 0.7rem 0; border-bottom: 1px solid var(--line); }
.film-title { font-family: var(--serif); font-size: 1.2rem; font-weight: 600; }
.year { color: var(--muted); font-variant-numeric: tabular-nums; }
.roles { flex-basis: 100%; color: var(--muted); }
ul.sources { list-style: none; margin: 0; padding: 0; columns: 2 22rem; column-gap: 2rem; font-size: 0.92rem; }
ul.sources li { break-inside: avoid; padding: 0.3rem 0; border-bottom: 1px dotted var(--line); display: flex; justify-content: space-between; gap: 0.75rem; }
.count { color: var(--muted); font-size: 0.85em; white-space: nowrap; font-family: var(--sans); font-weight: 400; }

figure.diagram { margin: 1.25rem 0 0; }
figure.diagram svg { display: block; width: 100%; height: auto; max-width: 100%; border-radius: var(--radius); }

/* Home and search */
.home-hero { text-align: left; }
.home-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); gap: 1rem 2.5rem; }
.home-section h2 .count { font-size: 0.9rem; margin-left: 0.3rem; }
ul.index-list { list-style: none; margin: 0; padding: 0; }
ul.index-list li { padding: 0.45rem 0; border-bottom: 1px solid var(--line); }
ul.index-list a { font-weight: 600; }
.detail { color: var(--muted); font-size: 0.9rem; }
.pager { display: flex; justify-content: space-between; gap: 1rem; margin-top: 0.75rem; font-size: 0.95rem; }
.pager a[rel=next] { margin-left: auto; }
ol.results { list-style: none; margin: 0; padding: 0; }
ol.results li { padding: 1rem 0; border-bottom: 1px solid var(--line); }
.result-title { font-family: var(--serif); font-size: 1.3rem; font-weight: 600; }
.badge { display: inline-block; margin-right: 0.6rem; padding: 0.05rem 0.5rem; border-radius: 4px; background: var(--accent-soft); color: var(--accent-ink); font-size: 0.72rem; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; vertical-align: 0.2em; }
.snippet { margin: 0.35rem 0 0; color: var(--muted); }
.error-hero .status { font-size: 1rem; }
a.button { display: inline-block; padding: 0.55rem 1.1rem; border-radius: 999px; background: var(--accent); color: #fff; font-weight: 600; text-decoration: none; }
@media (prefers-color-scheme: dark) { a.button { color: #1b1410; } }

/* Downloads and footer */
.downloads { max-width: var(--wide); margin: 0 auto; padding: 1.25rem; border-top: 1px solid var(--line); display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; }
.downloads h2 { font: 700 0.8rem/1 var(--sans); letter-spacing: 0.12em; text-transform: uppercase; color: var(--muted); margin: 0; }
.downloads ul { display: flex; flex-wrap: wrap; gap: 0.4rem; list-style: none; margin: 0; padding: 0; }
.downloads a { display: inline-block; padding: 0.2rem 0.7rem; border: 1px solid var(--line); border-radius: 999px; background: var(--surface); font-size: 0.88rem; text-decoration: none; }
.downloads a:hover { border-color: var(--accent); }
.site-footer { background: var(--surface); border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9rem; }
.site-footer p { max-width: var(--wide); margin: 0 auto; padding: 1.25rem; }

/* Small screens */
@media (max-width: 56rem) {
  .layout { grid-template-columns: minmax(0, 1fr); grid-template-areas: "glance" "content"; gap: 2rem; }
  .glance { position: static; max-height: none; }
  .glance .facts div { display: grid; grid-template-columns: 9.5rem minmax(0, 1fr); gap: 0.75rem; }
}
@media (max-width: 40rem) {
  body { font-size: 1rem; }
  .bar { padding: 0.6rem 1rem; gap: 0.6rem 1rem; }
  .search { order: 3; flex-basis: 100%; max-width: none; }
  main { padding: 0 1rem 2rem; }
  .hero { padding: 1.6rem 0 1.25rem; margin-bottom: 1.5rem; }
  .block { margin-bottom: 2.25rem; }
  .block > h2 { font-size: 1.4rem; }
  .facts div, .glance .facts div { grid-template-columns: minmax(0, 1fr); gap: 0.1rem; }
  .prose { font-size: 1.08rem; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: 100%; }
  table.stack tr { padding: 0.6rem 0; border-bottom: 1px solid var(--line); }
  table.stack td { border: 0; padding: 0.15rem 0; display: grid; grid-template-columns: 7.5rem minmax(0, 1fr); gap: 0.5rem; }
  table.stack td::before { content: attr(data-label); font-size: 0.72rem; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); padding-top: 0.2rem; }
  table.properties tbody th { width: 40%; }
  .card { padding: 1rem 1.05rem 0.9rem; }
  ul.sources { columns: 1; }
}

/* Print */
@media print {
  :root { --bg: #fff; --surface: #fff; --surface-2: #fff; --ink: #000; --muted: #444; --line: #ccc; --accent: #000; --accent-ink: #000; --shadow: none; }
  body { font-size: 10.5pt; background: #fff; }
  .site-header .search, .languages, .skip, .downloads, .site-footer, .pager, .permalink { display: none !important; }
  .site-header { border: 0; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .layout { display: block; }
  .glance { position: static; box-shadow: none; border: 1px solid #ccc; margin-bottom: 1.5rem; max-height: none; }
  .block, .card, tr, figure { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .cards { columns: auto; display: block; }
  .card { margin-bottom: 0.8rem; box-shadow: none; }
}
@media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto !important; transition: none !important; } }
`;
