// Links and values. Every resource is a link to its own IRI; links under the base keep the page
// language (`?lang=fr` when the page is French, nothing for English, the default). Only http(s)
// and mailto targets become links, so data can never put a `javascript:` URL into a page.
import type { Literal, Term } from '@rdfjs/types';
import { html, type HtmlValue, type SafeHtml } from './html.ts';
import type { Lang } from './i18n.ts';
import { labelOf, type Label } from './labels.ts';
import type { PageContext } from './context.ts';
import { nodeId } from './facts.ts';
import { formatLiteral } from './values.ts';

/** A safe link target for an IRI, or undefined (blank nodes, other schemes). */
export function hrefFor(iri: string, baseIri: string, lang: Lang): string | undefined {
  const trimmed = iri.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https' && scheme !== 'mailto') return undefined;
  if (/[\u0000-\u0020\u007F]/.test(trimmed)) return undefined;
  if (lang === 'en' || !trimmed.startsWith(baseIri)) return trimmed;
  return withLang(trimmed, lang);
}

/** Adds `lang=` to a URL's query, before any fragment. */
export function withLang(url: string, lang: Lang): string {
  const hash = url.indexOf('#');
  const [path, fragment] = hash >= 0 ? [url.slice(0, hash), url.slice(hash)] : [url, ''];
  return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}${fragment}`;
}

/** The page-language form of a link to a page of the site (home, search). */
export function siteHref(baseIri: string, path: string, lang: Lang): string {
  return lang === 'en' ? baseIri + path : withLang(baseIri + path, lang);
}

/** Text in its own language when that differs from the page's. */
export function inLanguage(ctxLang: Lang, text: HtmlValue, textLang: string): SafeHtml {
  return textLang && textLang.toLowerCase() !== ctxLang ? html`<span lang="${textLang}">${text}</span>` : html`${text}`;
}

/** A link to a resource, labelled in the page language. */
export function link(ctx: PageContext, id: string, label?: Label | string, className?: string): SafeHtml {
  const l = typeof label === 'string' ? { text: label, lang: '' } : (label ?? labelOf(ctx.facts, id, ctx.lang));
  const href = hrefFor(id, ctx.baseIri, ctx.lang);
  const langAttr = l.lang && l.lang.toLowerCase() !== ctx.lang ? l.lang : undefined;
  if (!href) return html`<span${className ? html` class="${className}"` : ''}${langAttr ? html` lang="${langAttr}"` : ''}>${l.text}</span>`;
  return html`<a href="${href}"${className ? html` class="${className}"` : ''}${langAttr ? html` lang="${langAttr}"` : ''}>${l.text}</a>`;
}

/** A literal formatted for the page, marked with its language when it differs. */
export function literalHtml(ctx: PageContext, literal: Literal): SafeHtml {
  return inLanguage(ctx.lang, formatLiteral(ctx.lang, literal), literal.language);
}

/** Any value: resources as links, literals formatted. */
export function valueHtml(ctx: PageContext, term: Term): SafeHtml {
  return term.termType === 'Literal' ? literalHtml(ctx, term) : link(ctx, nodeId(term));
}
