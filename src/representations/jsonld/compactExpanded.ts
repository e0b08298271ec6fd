// Compaction of filmgraph's expanded trees with the local schema.org context, and the "@context"
// that the result then names: "https://schema.org", plus `fg` when an fg: term is used. Both name
// the same terms as the compaction context (the local copy is schema.org's, see
// scripts/generate-schema-context.ts), so the document means what was compacted.
import jsonld from 'jsonld';
import { FG_CONTEXT, SCHEMA_ORG_CONTEXT_URL, compactionContextFor, compactionContextInfo } from './schemaContext.ts';
import { documentLoader } from './documentLoader.ts';
import { tidyCompacted } from './tidyCompacted.ts';
import type { ExpandedNode } from './expanded.ts';

export type JsonLdDocument = Record<string, unknown>;

// @types/jsonld describes jsonld.js 1.5; the options used here (skipExpansion...) are v9's.
const compact = jsonld.compact as unknown as (input: object, context: object, options: object) => Promise<Parameters<typeof tidyCompacted>[0]>;

export interface CompactOptions {
  /** Given to jsonld.js as the document's base; no IRI is ever written relative to it. */
  baseIri?: string;
}

export async function compactExpanded(roots: ExpandedNode[], options: CompactOptions = {}): Promise<JsonLdDocument> {
  const compacted = await compact(roots, compactionContextFor(vocabularyOf(roots)), {
    documentLoader,
    compactToRelative: false,
    // The input is already in expanded form; expanding it again would drop a main entity that
    // has no properties of its own.
    skipExpansion: true,
    ...(options.baseIri ? { base: options.baseIri } : {}),
  });
  const { document, usesFg } = tidyCompacted(compacted, compactionContextInfo());
  document['@context'] = usesFg ? [SCHEMA_ORG_CONTEXT_URL, { ...FG_CONTEXT }] : SCHEMA_ORG_CONTEXT_URL;
  return document;
}

/** The IRIs compaction writes with the vocabulary: properties, types, datatypes. */
function vocabularyOf(roots: ExpandedNode[]): Set<string> {
  const iris = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    for (const [key, v] of Object.entries(value)) {
      if (key === '@type') for (const t of [v].flat()) iris.add(t as string);
      else if (key === '@reverse') for (const [property, nodes] of Object.entries(v as object)) iris.add(property), visit(nodes);
      else if (!key.startsWith('@')) iris.add(key), visit(v);
    }
  };
  visit(roots);
  return iris;
}
