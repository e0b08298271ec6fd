// Sitemaps (sitemaps.org protocol): every page in English and in French, each URL with its
// hreflang alternates, so crawlers (which send no Accept-Language) find both languages.

import { pageUrl } from './pageUrls.ts';

/** The protocol's limit of URLs per sitemap file. */
export const SITEMAP_LIMIT = 50_000;

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);


export function sitemapPage(iris: string[]): string {
  const entries: string[] = [];
  for (const iri of iris) {
    const alternates = [
      `<xhtml:link rel="alternate" hreflang="en" href="${escapeXml(iri)}"/>`,
      `<xhtml:link rel="alternate" hreflang="fr" href="${escapeXml(pageUrl(iri, 'fr'))}"/>`,
      `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(iri)}"/>`,
    ].join('');
    for (const loc of [iri, pageUrl(iri, 'fr')]) entries.push(`<url><loc>${escapeXml(loc)}</loc>${alternates}</url>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}

export function sitemapIndex(origin: string, pages: number): string {
  const entries = Array.from({ length: pages }, (_, i) => `<sitemap><loc>${escapeXml(`${origin}/sitemap-${i + 1}.xml`)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
}
