// An error page (404, 406, 500...): what went wrong and a way home (the search box is in the header).
import { html } from './html.ts';
import { t, type Lang } from './i18n.ts';
import { renderDocument } from './layout.ts';
import { siteHref } from './links.ts';

export interface ErrorPageInput {
  status: number;
  title: string;
  message: string;
  lang: Lang;
  stylesheet: string;
  baseIri: string;
}

export function renderErrorPage(input: ErrorPageInput): string {
  const { lang, baseIri } = input;
  const body = html`<header class="hero error-hero">
<p class="kicker status">${input.status}</p>
<h1>${input.title}</h1>
<p class="lede">${input.message}</p>
</header>
<div class="layout single"><div class="content">
<p><a class="button" href="${siteHref(baseIri, '', lang)}" rel="home">${t(lang, 'error.home')}</a></p>
<p class="note">${t(lang, 'error.search')}</p>
</div></div>`;
  return renderDocument({
    lang,
    baseIri,
    title: `${input.status} — ${input.title}`,
    description: input.message,
    stylesheet: input.stylesheet,
    body,
    kind: 'error',
    robots: 'noindex',
  });
}
