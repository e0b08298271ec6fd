// Where pages live: a resource's page is its IRI (English) or its IRI with ?lang=fr (French);
// the stylesheet is root-relative, so a page is styled whichever host name reached it.

/** The URL of a page in a language (English is the plain IRI). */
export const pageUrl = (iri: string, lang: string) => (lang === 'fr' ? `${iri}${iri.includes('?') ? '&' : '?'}lang=fr` : iri);

export const languageLinks = (iri: string) => (['en', 'fr'] as const).map((lang) => ({ lang, href: pageUrl(iri, lang) }));

export const stylesheetUrl = (baseIri: string) => `${new URL(baseIri).pathname}static/style.css`;
