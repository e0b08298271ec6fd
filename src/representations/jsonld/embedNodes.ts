// Arranges the node objects of a description into trees: the main entity on top, each resource
// embedded in the one resource that points to it when no other does (a film's releases, ratings,
// cast roles), and the resources that point to the main entity and to which nothing points
// (reviews, quotations, nominations of a film) under its "@reverse". Every triple stays exactly
// once: the output means the same RDF as the input. What is shared (a person named by several
// resources) or unreachable stays a top-level node, after the main entity.
import { isReference, isValueObject, propertiesOf, valuesOf } from './expanded.ts';
import type { ExpandedNode, ExpandedValue } from './expanded.ts';

interface Reference {
  subject: string;
  property: string;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A total order on values, so that output does not depend on the order of the input quads. */
function valueKey(v: ExpandedValue): string {
  if (isValueObject(v)) return `1${v['@value']}\u0000${v['@language'] ?? ''}\u0000${v['@type'] ?? ''}`;
  return `0${v['@id']}`;
}

export function sortValues(values: ExpandedValue[]): ExpandedValue[] {
  return values.map((v) => [valueKey(v), v] as const).sort(([a], [b]) => byString(a, b)).map(([, v]) => v);
}

/** Top-level node objects: the main entity first (when given and known), the rest by IRI. */
export function embedNodes(nodes: ExpandedNode[], mainIri?: string): ExpandedNode[] {
  const byId = new Map(nodes.map((n) => [n['@id'], n]));
  const ids = [...byId.keys()].sort(byString);
  const incoming = new Map<string, Reference[]>();
  for (const node of nodes)
    for (const property of propertiesOf(node))
      for (const v of valuesOf(node, property))
        if (!isValueObject(v)) {
          const list = incoming.get(v['@id']) ?? [];
          list.push({ subject: node['@id'], property });
          incoming.set(v['@id'], list);
        }

  const placed = new Set<string>();
  const embeddable = (id: string, parent: string) => {
    if (id === mainIri || placed.has(id) || !byId.has(id)) return false;
    const refs = incoming.get(id) ?? [];
    return refs.length === 1 && refs[0].subject === parent;
  };
  const build = (id: string): ExpandedNode => {
    placed.add(id);
    const node = byId.get(id) ?? { '@id': id };
    const result: ExpandedNode = { '@id': id };
    if (node['@type']) result['@type'] = [...node['@type']].sort(byString);
    for (const property of propertiesOf(node).sort(byString))
      result[property] = sortValues(valuesOf(node, property)).map((v) => (isReference(v) && embeddable(v['@id'], id) ? build(v['@id']) : v));
    return result;
  };

  const roots: ExpandedNode[] = [];
  if (mainIri !== undefined) {
    const main = build(mainIri);
    roots.push(main);
    for (const id of ids) {
      if (placed.has(id) || (incoming.get(id) ?? []).length > 0) continue;
      const node = byId.get(id)!;
      const property = propertiesOf(node)
        .sort(byString)
        .find((p) => valuesOf(node, p).some((v) => !isValueObject(v) && v['@id'] === mainIri));
      if (!property) continue;
      // The fact "<id> property <main>" is written once, read from the main entity's side.
      const pointing = build(id);
      const rest = valuesOf(pointing, property).filter((v) => isValueObject(v) || v['@id'] !== mainIri);
      if (rest.length > 0) pointing[property] = rest;
      else delete pointing[property];
      const reverse = (main['@reverse'] ??= {});
      (reverse[property] ??= []).push(pointing);
    }
  }
  // Resources that nothing (or more than one resource) points to, then whatever is left: nodes in
  // cycles where each is pointed to by the previous one only.
  const others: ExpandedNode[] = [];
  for (const id of ids) if (!placed.has(id) && (incoming.get(id) ?? []).length !== 1) others.push(build(id));
  for (const id of ids) if (!placed.has(id)) others.push(build(id));
  others.sort((a, b) => byString(a['@id'], b['@id']));
  return [...roots, ...others];
}
