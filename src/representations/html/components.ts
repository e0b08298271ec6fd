// Pieces several pages share: sections, fact lists, tables, notes on what a source leaves blank,
// the sources of a page, the connections picture.
import type { Literal } from '@rdfjs/types';
import { FG, RDF, SCHEMA } from '../../vocab/namespaces.ts';
import type { PageContext } from './context.ts';
import { isNode, nodeId, type Fact } from './facts.ts';
import { html, joinHtml, trusted, type HtmlValue, type SafeHtml } from './html.ts';
import { t, tHtml, tn, type Lang } from './i18n.ts';
import { className, labelOf, nameOf, propertyName } from './labels.ts';
import { ownerOf } from './owners.ts';
import { hrefFor, link, literalHtml, valueHtml } from './links.ts';
import { paragraphs } from './values.ts';

/** A titled section; nothing at all when it has no content. */
export function section(id: string, heading: string, content: HtmlValue, extraClass = ''): SafeHtml {
  if (isBlank(content)) return html``;
  return html`<section class="block${extraClass ? ` ${extraClass}` : ''}" id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h">${heading}</h2>
${content}
</section>
`;
}

export function isBlank(content: HtmlValue): boolean {
  return html`${content}`.value.trim() === '';
}

export interface Row {
  term: HtmlValue;
  value: HtmlValue;
}

/** A definition list; rows with an empty value are left out. */
export function factList(rows: readonly Row[], className = 'facts'): SafeHtml {
  const kept = rows.filter((r) => !isBlank(r.value));
  if (kept.length === 0) return html``;
  return html`<dl class="${className}">
${kept.map((r) => html`<div><dt>${r.term}</dt><dd>${r.value}</dd></div>\n`)}</dl>`;
}

/** Items separated by commas (a list for assistive technology). */
export function inlineList(items: readonly HtmlValue[]): SafeHtml {
  const kept = items.filter((i) => !isBlank(i));
  if (kept.length === 0) return html``;
  if (kept.length === 1) return html`${kept[0]}`;
  return html`<ul class="inline">${kept.map((i) => html`<li>${i}</li>`)}</ul>`;
}

/** Resources as links, comma separated. */
export function links(ctx: PageContext, ids: readonly string[]): SafeHtml {
  return inlineList(unique(ids).map((id) => link(ctx, id)));
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Graphs that say `subject fg:notStated property`. */
export function notStatedBy(ctx: PageContext, subject: string, property: string): string[] {
  return ctx.facts.out(subject, `${FG}notStated`).filter((f) => isNode(f.object) && nodeId(f.object) === property).flatMap((f) => f.graphs);
}

/**
 * The value of a fact with what the sources leave blank: the values when there are some (with a
 * note naming the source that leaves it blank), else "not stated by the source".
 */
export function withNotStated(ctx: PageContext, subject: string, property: string, values: HtmlValue): SafeHtml {
  const blankIn = notStatedBy(ctx, subject, property);
  if (blankIn.length === 0) return html`${values}`;
  if (isBlank(values)) return html`<span class="not-stated">${t(ctx.lang, 'notStated')}</span>`;
  const sources = inlineList(unique(blankIn).map((g) => graphLink(ctx, g)));
  return html`${values} <small class="not-stated">(${tHtml(ctx.lang, 'notStated.also', { source: sources })})</small>`;
}

/** Text in paragraphs (split on blank lines), in its own language. */
export function prose(ctx: PageContext, literal: Literal, className = 'prose'): SafeHtml {
  const lang = literal.language && literal.language.toLowerCase() !== ctx.lang ? literal.language : '';
  return html`<div class="${className}"${lang ? html` lang="${lang}"` : ''}>${paragraphs(literal.value).map((p) => html`<p>${p}</p>`)}</div>`;
}

/** Is a literal long enough to be shown as paragraphs? */
export function isLongText(literal: Literal): boolean {
  return literal.value.length > 160 || /\n\s*\n/.test(literal.value);
}

/**
 * A link to a named graph, labelled by its dcterms:title when the description holds it, else by
 * its path under the base (set in code: it is an identifier, not a name).
 */
export function graphLink(ctx: PageContext, graph: string): SafeHtml {
  const title = nameOf(ctx.facts, graph, ctx.lang);
  if (title) return link(ctx, graph, title);
  const path = graph.startsWith(ctx.baseIri) ? graph.slice(ctx.baseIri.length) : graph;
  const href = hrefFor(graph, ctx.baseIri, ctx.lang);
  return href ? html`<a href="${href}" class="graph-path"><code>${path}</code></a>` : html`<code>${path}</code>`;
}

/** The sources of a page: the graphs stating facts about the resource, what it owns, and links to it. */
export function sourcesSection(ctx: PageContext): SafeHtml {
  const counts = new Map<string, number>();
  const owned = `${ctx.iri}/`;
  const relevant = (f: Fact) => {
    const s = nodeId(f.subject);
    return s === ctx.iri || s.startsWith(owned) || (isNode(f.object) && nodeId(f.object) === ctx.iri);
  };
  for (const f of ctx.facts.all) if (relevant(f)) for (const g of f.graphs) counts.set(g, (counts.get(g) ?? 0) + 1);
  if (counts.size === 0) return html``;
  const graphs = [...counts.entries()].sort((a, b) => b[1] - a[1] || labelOf(ctx.facts, a[0], ctx.lang).text.localeCompare(labelOf(ctx.facts, b[0], ctx.lang).text));
  return section(
    'sources',
    t(ctx.lang, 'section.sources'),
    html`<p class="note">${t(ctx.lang, 'sources.intro')}</p>
<ul class="sources">${graphs.map(([g, n]) => html`<li>${graphLink(ctx, g)} <span class="count">${tn(ctx.lang, 'sources.facts', n)}</span></li>`)}</ul>`,
    'sources-block',
  );
}

/** The connections picture (trusted SVG from the images module). */
export function neighbourhoodSection(ctx: PageContext, svg: string | undefined): SafeHtml {
  if (!svg) return html``;
  return section('connections', t(ctx.lang, 'section.neighbourhood'), html`<figure class="diagram">${trusted(svg)}</figure>`);
}

/** A property-value table of a resource's own facts, leaving out the given properties. */
export function propertiesTable(ctx: PageContext, subject: string, exclude: readonly string[] = []): SafeHtml {
  const groups = new Map<string, Fact[]>();
  for (const f of ctx.facts.out(subject)) {
    if (exclude.includes(f.predicate)) continue;
    const list = groups.get(f.predicate);
    if (list) list.push(f);
    else groups.set(f.predicate, [f]);
  }
  if (groups.size === 0) return html``;
  const order = (p: string) => (p === `${RDF}type` ? 0 : p === `${FG}notStated` ? 2 : 1);
  const predicates = [...groups.keys()].sort((a, b) => order(a) - order(b));
  return html`<table class="properties">
<thead><tr><th scope="col">${t(ctx.lang, 'generic.property')}</th><th scope="col">${t(ctx.lang, 'generic.value')}</th></tr></thead>
<tbody>
${predicates.map((p) => html`<tr><th scope="row"><span title="${p}">${propertyName(ctx.facts, p, ctx.lang)}</span></th><td>${values(ctx, groups.get(p)!)}</td></tr>\n`)}</tbody>
</table>`;
}

function values(ctx: PageContext, facts: readonly Fact[]): SafeHtml {
  const items = facts.map((f) => {
    if (f.object.termType === 'Literal') return isLongText(f.object) ? prose(ctx, f.object) : literalHtml(ctx, f.object);
    if (f.predicate === `${FG}notStated`) return html`<span title="${nodeId(f.object)}">${propertyName(ctx.facts, nodeId(f.object), ctx.lang)}</span>`;
    return valueHtml(ctx, f.object);
  });
  if (items.length === 1) return items[0];
  return html`<ul class="values">${items.map((i) => html`<li>${i}</li>`)}</ul>`;
}


/** Links to the resource not shown elsewhere on the page: which resource, by which property. */
export function incomingTable(ctx: PageContext, facts: readonly Fact[]): SafeHtml {
  if (facts.length === 0) return html``;
  return html`<table class="incoming stack">
<thead><tr><th scope="col">${t(ctx.lang, 'generic.resource')}</th><th scope="col">${t(ctx.lang, 'generic.via')}</th></tr></thead>
<tbody>
${facts.map((f) => html`<tr><td data-label="${t(ctx.lang, 'generic.resource')}"><div>${valueHtml(ctx, f.subject)}${context(ctx, nodeId(f.subject))}</div></td><td data-label="${t(ctx.lang, 'generic.via')}"><div><span title="${f.predicate}">${propertyName(ctx.facts, f.predicate, ctx.lang)}</span></div></td></tr>\n`)}</tbody>
</table>`;
}

/** What a linking resource is and what it belongs to ("Distribution · Rust and Bone"). */
function context(ctx: PageContext, id: string): SafeHtml {
  const types = unique(ctx.facts.types(id)).map((type) => className(ctx.facts, type, ctx.lang));
  const owner = ownerOf(ctx.facts, id);
  const parts: HtmlValue[] = [...types.map((x) => html`${x}`), owner && owner !== ctx.iri ? link(ctx, owner) : ''];
  const kept = parts.filter((p) => !isBlank(p));
  return kept.length ? html`<small class="context">${joinHtml(kept, ' · ')}</small>` : html``;
}

/** A readable name for an outside identifier (Wikidata, IMDb, else the address). */
export function identifierLabel(url: string): string {
  const wikidata = /^https?:\/\/(?:www\.)?wikidata\.org\/(?:entity|wiki)\/([QP]\d+)$/.exec(url);
  if (wikidata) return `Wikidata ${wikidata[1]}`;
  const imdb = /^https?:\/\/(?:www\.|m\.)?imdb\.com\/(?:name|title|company)\/((?:nm|tt|co)\d+)\/?$/.exec(url);
  if (imdb) return `IMDb ${imdb[1]}`;
  const wikipedia = /^https?:\/\/([a-z-]+)\.wikipedia\.org\/wiki\/(.+)$/.exec(url);
  if (wikipedia) return `Wikipedia (${wikipedia[1]}): ${safeDecode(wikipedia[2]).replace(/_/g, ' ')}`;
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The identifiers (schema:sameAs) of a resource, as outside links. */
export function identifiers(ctx: PageContext, subject: string): SafeHtml {
  const ids = unique(ctx.facts.nodes(subject, `${SCHEMA}sameAs`));
  if (ids.length === 0) return html``;
  return html`<ul class="identifiers">${ids.map((id) => html`<li>${link(ctx, id, identifierLabel(id), 'external')}</li>`)}</ul>`;
}

/**
 * Is the fact the link back from the resource's own image (`image prov:wasDerivedFrom resource`,
 * the generated title card)? The page shows that picture as its card, not as a link.
 */
export function isOwnImage(ctx: PageContext, fact: Fact): boolean {
  return isNode(fact.subject) && ctx.facts.has(ctx.iri, `${SCHEMA}image`, nodeId(fact.subject));
}

/**
 * The frame of a person's or an organization's page: the kind and name as heading, the facts at
 * a glance beside the content when there are any.
 */
export function resourceArticle(lang: Lang, kind: 'person' | 'organization', heading: SafeHtml, aside: SafeHtml, content: HtmlValue[]): SafeHtml {
  const hasAside = !isBlank(aside);
  return html`<article class="resource ${kind}">
<header class="hero">
<p class="kicker">${t(lang, `kind.${kind}`)}</p>
<h1>${heading}</h1>
</header>
<div class="layout${hasAside ? '' : ' single'}">
${hasAside ? html`<aside class="glance" id="glance" aria-labelledby="glance-h"><h2 id="glance-h">${t(lang, 'section.glance')}</h2>${aside}</aside>` : ''}
<div class="content">
${content}
</div>
</div>
</article>`;
}
