// The HTML representation: pages for resources, the home page, search and errors, and their
// stylesheet. Pure functions: quads and strings in, a page out.
export { renderResourcePage, type ResourcePageInput } from './resourcePage.ts';
export { renderHomePage, type HomePageInput, type HomeSection, type HomeSectionKind } from './homePage.ts';
export { renderSearchPage, type SearchPageInput, type SearchResult } from './searchPage.ts';
export { renderErrorPage, type ErrorPageInput } from './errorPage.ts';
export { STYLESHEET } from './stylesheet.ts';
export { renderSparqlPage, type SparqlPageInput } from './sparqlPage.ts';
export type { Alternate, LanguageLink } from './layout.ts';
export type { Lang } from './i18n.ts';
