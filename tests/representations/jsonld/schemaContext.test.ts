import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_CONTEXT_FILE, generateSchemaContext } from '../../../scripts/generate-schema-context.ts';
import { compactionContext, schemaOrgContextDocument } from '../../../src/representations/jsonld/schemaContext.ts';

describe('the local copy of schema.org’s JSON-LD context', () => {
  it('is exactly what scripts/generate-schema-context.ts makes (npm run generate:schema-context)', () => {
    expect(readFileSync(SCHEMA_CONTEXT_FILE, 'utf8')).toBe(generateSchemaContext());
  });

  const context = schemaOrgContextDocument()['@context'];

  it('has schema.org’s vocabulary, aliases and prefixes', () => {
    expect(context['@vocab']).toBe('http://schema.org/');
    expect(context.schema).toBe('http://schema.org/');
    expect(context.id).toBe('@id');
    expect(context.type).toBe('@type');
    expect(context.xsd).toBe('http://www.w3.org/2001/XMLSchema#');
    expect(context.HTML).toEqual({ '@id': 'rdf:HTML' });
  });

  it('has one entry per class, property and enumeration member', () => {
    expect(context.Movie).toEqual({ '@id': 'schema:Movie' });
    expect(context.PerformanceRole).toEqual({ '@id': 'schema:PerformanceRole' });
    expect(context.InStock).toEqual({ '@id': 'schema:InStock' });
    expect(context.name).toEqual({ '@id': 'schema:name' });
    expect(Object.keys(context).length).toBeGreaterThan(2500);
  });

  it('coerces types as schema.org’s own generator does', () => {
    // URL in the range (and not Text): IRIs.
    expect(context.url).toEqual({ '@id': 'schema:url', '@type': '@id' });
    expect(context.sameAs).toEqual({ '@id': 'schema:sameAs', '@type': '@id' });
    expect(context.image).toEqual({ '@id': 'schema:image', '@type': '@id' });
    // Date in the range: schema:Date.
    expect(context.datePublished).toEqual({ '@id': 'schema:datePublished', '@type': 'Date' });
    expect(context.startDate).toEqual({ '@id': 'schema:startDate', '@type': 'Date' });
    expect(context.birthDate).toEqual({ '@id': 'schema:birthDate', '@type': 'Date' });
    // Classes only, DateTime only, Duration, or Text in the range: no coercion.
    expect(context.director).toEqual({ '@id': 'schema:director' });
    expect(context.author).toEqual({ '@id': 'schema:author' });
    expect(context.dateReceived).toEqual({ '@id': 'schema:dateReceived' });
    expect(context.duration).toEqual({ '@id': 'schema:duration' });
    expect(context.name).toEqual({ '@id': 'schema:name' });
  });

  it('is sorted: keywords and aliases, prefixes, then terms', () => {
    const keys = Object.keys(context);
    expect(keys.slice(0, 3)).toEqual(['@vocab', 'id', 'type']);
    const prefixes = keys.filter((k) => typeof context[k] === 'string' && k !== 'id' && k !== 'type' && k !== '@vocab');
    const terms = keys.filter((k) => typeof context[k] === 'object');
    expect(prefixes).toEqual([...prefixes].sort());
    expect(terms).toEqual([...terms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(keys).toEqual(['@vocab', 'id', 'type', ...prefixes, ...terms]);
  });

  it('is used for compaction without its "id" and "type" aliases, plus fg', () => {
    const compaction = compactionContext();
    expect(compaction.id).toBeNull();
    expect(compaction.type).toBeNull();
    expect(compaction.fg).toBe('https://w3id.org/filmgraph/vocab#');
    expect(schemaOrgContextDocument()['@context'].type).toBe('@type');
  });
});
