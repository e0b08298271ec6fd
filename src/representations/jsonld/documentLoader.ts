// The only JSON-LD document loader filmgraph uses: schema.org's context from the local copy, and
// nothing else. The server never fetches a document; any other URL is refused with an error that
// says so.
import { schemaOrgContextDocument } from './schemaContext.ts';

export interface RemoteDocument {
  contextUrl: string | null;
  documentUrl: string;
  document: object;
}

/** URLs under which schema.org serves its context (with or without a trailing slash). */
const SCHEMA_ORG_CONTEXT_URLS = new Set(
  ['http', 'https'].flatMap((scheme) => [
    `${scheme}://schema.org`,
    `${scheme}://schema.org/`,
    `${scheme}://schema.org/docs/jsonldcontext.json`,
    `${scheme}://schema.org/docs/jsonldcontext.jsonld`,
  ]),
);

export class DocumentRefusedError extends Error {
  readonly url: string;
  constructor(url: string) {
    super(`filmgraph never fetches JSON-LD documents: ${JSON.stringify(url)} was refused (only schema.org's context is available, from a local copy)`);
    this.name = 'DocumentRefusedError';
    this.url = url;
  }
}

export function isSchemaOrgContextUrl(url: string): boolean {
  return SCHEMA_ORG_CONTEXT_URLS.has(url);
}

/** A jsonld.js `documentLoader`. */
export async function documentLoader(url: string): Promise<RemoteDocument> {
  if (!isSchemaOrgContextUrl(url)) throw new DocumentRefusedError(url);
  return { contextUrl: null, documentUrl: url, document: schemaOrgContextDocument() };
}
