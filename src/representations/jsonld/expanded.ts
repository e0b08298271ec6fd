// JSON-LD in expanded form (every key an absolute IRI or a keyword), as jsonld.fromRDF gives it,
// and RDF/JS quads to it. The shapes below are the only ones filmgraph builds.
import jsonld from 'jsonld';
import { distinctTriples } from '../../vocab/terms.ts';
import type { Quad } from '@rdfjs/types';

export interface NodeReference {
  '@id': string;
}
export interface ValueObject {
  '@value': string;
  '@type'?: string;
  '@language'?: string;
}
export type ExpandedValue = NodeReference | ValueObject | ExpandedNode;
export interface ExpandedNode {
  '@id': string;
  '@type'?: string[];
  '@reverse'?: Record<string, ExpandedNode[]>;
  [property: string]: ExpandedValue[] | string | string[] | Record<string, ExpandedNode[]> | undefined;
}

export const isValueObject = (v: ExpandedValue): v is ValueObject => '@value' in v;
export const isReference = (v: ExpandedValue): v is NodeReference => !('@value' in v) && Object.keys(v).length === 1 && '@id' in v;

/** The properties of a node (keys that are not keywords). */
export function propertiesOf(node: ExpandedNode): string[] {
  return Object.keys(node).filter((k) => !k.startsWith('@'));
}
export function valuesOf(node: ExpandedNode, property: string): ExpandedValue[] {
  return (node[property] as ExpandedValue[] | undefined) ?? [];
}

/**
 * The node objects of the triples (graphs dropped), with typed literals kept as
 * {"@value", "@type"} (no native numbers or booleans) and rdf:type as "@type".
 */
export async function quadsToExpanded(quads: Iterable<Quad>): Promise<ExpandedNode[]> {
  return (await jsonld.fromRDF([...distinctTriples(quads)] as never, { useNativeTypes: false, useRdfType: false })) as unknown as ExpandedNode[];
}
