// The tree of a page's structured data (search engines read one nested object): the main entity
// on top, every resource it leads to embedded where it is referenced (a shared resource, such as
// a country named by several releases, is repeated: the same triples, stated again), and the
// resources that point to it through a property with a schema.org inverse read from its side.
//
// Reading a fact the other way round is the one liberty taken, and it changes no fact:
// "<review> schema:itemReviewed <film>" is written as "<film> schema:review <review>", the form
// Google's Movie and Review guidelines ask for (schema.org defines review as "a review of the
// item" without declaring it inverseOf itemReviewed); "<quote> schema:about <film>" is written as
// "<film> schema:subjectOf <quote>" (schema.org declares subjectOf inverseOf about).
import { isReference, isValueObject, propertiesOf, valuesOf } from './expanded.ts';
import { sortValues } from './embedNodes.ts';
import type { ExpandedNode, ExpandedValue } from './expanded.ts';
import { SCHEMA } from '../../vocab/namespaces.ts';

/** Pointing property → the property written on the main entity instead. */
export const READ_FROM_MAIN_ENTITY: Readonly<Record<string, string>> = {
  [`${SCHEMA}itemReviewed`]: `${SCHEMA}review`,
  [`${SCHEMA}about`]: `${SCHEMA}subjectOf`,
};

/** How deep resources are embedded below the main entity; deeper ones stay references. */
const MAX_DEPTH = 4;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface StructuredTreeOptions {
  /** Properties whose references stay plain IRIs (schema.org terms coerced to "@id": image, url, sameAs...). */
  referenceOnly: ReadonlySet<string>;
}

export function structuredTree(nodes: ExpandedNode[], mainIri: string, options: StructuredTreeOptions): ExpandedNode {
  const byId = new Map(nodes.map((n) => [n['@id'], n]));

  // Resources pointing to the main entity through a property read from its side: the main entity
  // gets the inverse property, and the resource loses its link back (the same fact, once).
  const fromMain: Record<string, ExpandedValue[]> = {};
  for (const node of nodes) {
    if (node['@id'] === mainIri) continue;
    for (const property of propertiesOf(node)) {
      const inverse = READ_FROM_MAIN_ENTITY[property];
      const values = valuesOf(node, property);
      if (!inverse || !values.some((v) => !isValueObject(v) && v['@id'] === mainIri)) continue;
      (fromMain[inverse] ??= []).push({ '@id': node['@id'] });
      const rest = values.filter((v) => isValueObject(v) || v['@id'] !== mainIri);
      const copy: ExpandedNode = { ...(byId.get(node['@id']) ?? node) };
      if (rest.length > 0) copy[property] = rest;
      else delete copy[property];
      byId.set(node['@id'], copy);
    }
  }

  const build = (id: string, path: readonly string[], extra: Record<string, ExpandedValue[]> = {}): ExpandedNode => {
    const node = byId.get(id) ?? { '@id': id };
    const result: ExpandedNode = { '@id': id };
    if (node['@type']) result['@type'] = [...node['@type']].sort(byString);
    const here = [...path, id];
    const properties = new Set([...propertiesOf(node), ...Object.keys(extra)]);
    for (const property of [...properties].sort(byString)) {
      const seen = new Set<string>();
      const out: ExpandedValue[] = [];
      for (const v of sortValues([...valuesOf(node, property), ...(extra[property] ?? [])])) {
        if (!isValueObject(v)) {
          if (seen.has(v['@id'])) continue;
          seen.add(v['@id']);
        }
        const embed = isReference(v) && byId.has(v['@id']) && !here.includes(v['@id']) && here.length <= MAX_DEPTH && !options.referenceOnly.has(property);
        out.push(embed ? build(v['@id'], here) : v);
      }
      result[property] = out;
    }
    return result;
  };
  return build(mainIri, [], fromMain);
}
