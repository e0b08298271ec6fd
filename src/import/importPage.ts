// The page importer's public API: a film page's text → the quads of its page graph.
import type { Quad } from '@rdfjs/types';
import { checkBaseIri } from '../vocab/iris.ts';
import { decodePage } from './decode.ts';
import type { ImportWarning } from './ImportWarning.ts';
import { pageToQuads } from './pageToQuads.ts';
import { parsePage } from './parsePage.ts';

export type { ImportWarning } from './ImportWarning.ts';
export { PageError } from './PageError.ts';

export interface ImportResult {
  /** The film's relative path, e.g. film/de-rouille-et-d-os-2012. */
  film: string;
  /** Absolute IRIs under baseIri, all in the page graph, in page order. */
  quads: Quad[];
  /** In line order. */
  warnings: ImportWarning[];
}

export interface ImportOptions {
  baseIri: string;
  /** BCP 47 tag of the original title; inferred from the page when absent (with a warning). */
  titleLanguage?: string;
}

/** @throws PageError when the page does not follow the layout. */
export function importPage(input: string | Uint8Array, options: ImportOptions): ImportResult {
  const baseIri = checkBaseIri(options.baseIri);
  const { titleLanguage } = options;
  if (titleLanguage !== undefined && !/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(titleLanguage))
    throw new Error(`titleLanguage ${JSON.stringify(titleLanguage)} is not a language tag like "fr" or "pt-BR"`);
  const { lines, sha256 } = decodePage(input);
  const parsed = parsePage(lines);
  const result = pageToQuads(parsed.page, { baseIri, sha256, ...(titleLanguage ? { titleLanguage } : {}) });
  const warnings = [...parsed.warnings, ...result.warnings].sort((a, b) => a.line - b.line);
  return { film: result.film, quads: result.quads, warnings };
}
