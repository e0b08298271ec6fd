// Finishing touches on what jsonld.compact returns, each keeping the document's meaning:
//
// - IRIs in "@id" position stay absolute: compaction writes `fg:Won` or `schema:actor` for an
//   "@id" whose IRI starts with a prefix of the context; these are written out in full again.
// - A value that does not fit the type coercion of its schema.org term (an xsd:gYear under
//   "datePublished", whose term coerces plain strings to schema:Date) is put under the term
//   anyway, instead of under the compact IRI "schema:datePublished" that compaction chooses:
//   value objects keep their own "@type" or "@language" whatever the term's coercion, and plain
//   strings moved there are wrapped as {"@value": ...} so that they stay xsd:string.
// - Keys in a fixed order: "@context", "@id", "@type", properties sorted, "@reverse" last.
//
// It also reports whether the document uses the `fg:` prefix, so that the caller declares it.
import type { ContextInfo } from './schemaContext.ts';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: Json): Json[] => (Array.isArray(v) ? v : [v]);

const HANDLED_KEYWORDS = new Set(['@context', '@id', '@type', '@graph', '@reverse']);

export interface TidyResult {
  document: JsonObject;
  usesFg: boolean;
}

export function tidyCompacted(document: JsonObject, info: ContextInfo): TidyResult {
  const { prefixes, coercionOf, termOfCompactIri } = info;
  let usesFg = false;
  const noteFg = (s: string) => {
    if (s.startsWith('fg:')) usesFg = true;
  };

  const absolute = (s: string): string => {
    const colon = s.indexOf(':');
    if (colon <= 0) return s;
    const suffix = s.slice(colon + 1);
    if (suffix.startsWith('//')) return s;
    const iri = prefixes.get(s.slice(0, colon));
    return iri === undefined ? s : iri + suffix;
  };

  const tidyValue = (property: string, value: Json, inReverse: boolean): Json => {
    if (typeof value === 'string') return inReverse || coercionOf.get(property) === '@id' ? absolute(value) : value;
    if (!isObject(value)) return value;
    if ('@value' in value) {
      const type = value['@type'];
      if (typeof type === 'string') noteFg(type);
      return value;
    }
    if ('@list' in value) return { ...value, '@list': asArray(value['@list']).map((v) => tidyValue(property, v, inReverse)) };
    return tidyNode(value);
  };

  const tidyProperties = (source: JsonObject, inReverse: boolean): JsonObject => {
    const merged = new Map<string, Json[]>();
    for (const [key, raw] of Object.entries(source)) {
      noteFg(key);
      const folded = termOfCompactIri.get(key);
      if (folded && !inReverse) {
        // Plain strings here are xsd:string; under the coerced term they must say so.
        const moved = asArray(raw).map((v) => (typeof v === 'string' ? { '@value': v } : v));
        merged.set(folded, [...(merged.get(folded) ?? []), ...moved.map((v) => tidyValue(folded, v, false))]);
      } else {
        const target = folded ?? key;
        merged.set(target, [...(merged.get(target) ?? []), ...asArray(raw).map((v) => tidyValue(target, v, inReverse))]);
      }
    }
    const result: JsonObject = {};
    for (const key of [...merged.keys()].sort()) {
      const values = merged.get(key)!;
      result[key] = values.length === 1 ? values[0] : values;
    }
    return result;
  };

  const tidyNode = (node: JsonObject): JsonObject => {
    const result: JsonObject = {};
    if ('@context' in node) result['@context'] = node['@context'];
    if (typeof node['@id'] === 'string') result['@id'] = absolute(node['@id']);
    if ('@type' in node) {
      for (const t of asArray(node['@type'])) if (typeof t === 'string') noteFg(t);
      result['@type'] = node['@type'];
    }
    if ('@graph' in node) result['@graph'] = asArray(node['@graph']).map((n) => (isObject(n) ? tidyNode(n) : n));
    const properties: JsonObject = {};
    for (const [key, value] of Object.entries(node))
      if (!key.startsWith('@')) properties[key] = value;
      else if (!HANDLED_KEYWORDS.has(key)) result[key] = value; // none that filmgraph writes; kept as they are

    Object.assign(result, tidyProperties(properties, false));
    const reverse = node['@reverse'];
    if (isObject(reverse)) result['@reverse'] = tidyProperties(reverse, true);
    return result;
  };

  return { document: tidyNode(document), usesFg };
}
