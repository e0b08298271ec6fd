// A description (quads, in named graphs or not) as one JSON-LD document: the triples each once,
// the main entity on top with what only it points to embedded and what points to it under
// "@reverse" (see embedNodes.ts), compacted with schema.org's context plus `fg`. Every IRI is
// absolute; typed literals keep their datatype ({"@value": "2012", "@type": "xsd:gYear"}).
import type { Quad } from '@rdfjs/types';
import { quadsToExpanded } from './expanded.ts';
import { embedNodes } from './embedNodes.ts';
import { compactExpanded } from './compactExpanded.ts';
import type { JsonLdDocument } from './compactExpanded.ts';

export type { JsonLdDocument } from './compactExpanded.ts';

export interface JsonLdOptions {
  /** The resource the document is about: its node is the top object (or first in "@graph"). */
  mainIri?: string;
  /** The server's base IRI; IRIs are never written relative to it. */
  baseIri?: string;
}

export async function toJsonLd(quads: Quad[], options: JsonLdOptions = {}): Promise<JsonLdDocument> {
  const nodes = await quadsToExpanded(quads);
  const roots = embedNodes(nodes, options.mainIri);
  return compactExpanded(roots, { baseIri: options.baseIri });
}
