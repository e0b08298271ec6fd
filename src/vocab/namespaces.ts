// The vocabularies filmgraph speaks. schema.org is used with the http: namespace because that is
// what schema.org's own JSON-LD context expands to, so JSON-LD read from pages and RDF from the
// endpoint name the same terms.
import { DataFactory } from 'n3';
import type { NamedNode } from '@rdfjs/types';

export const FG = 'https://w3id.org/filmgraph/vocab#';
export const SCHEMA = 'http://schema.org/';
export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
export const XSD = 'http://www.w3.org/2001/XMLSchema#';
export const OWL = 'http://www.w3.org/2002/07/owl#';
export const PROV = 'http://www.w3.org/ns/prov#';
export const DCTERMS = 'http://purl.org/dc/terms/';
export const SH = 'http://www.w3.org/ns/shacl#';
export const VOID = 'http://rdfs.org/ns/void#';
export const SKOS = 'http://www.w3.org/2004/02/skos/core#';
export const WD = 'http://www.wikidata.org/entity/';
export const SD = 'http://www.w3.org/ns/sparql-service-description#';

/** The ontology's own IRI, also the name of the graph that holds it in the store. */
export const FG_ONTOLOGY = 'https://w3id.org/filmgraph/vocab';

/** Prefixes used when writing Turtle, TriG and SPARQL for people to read. */
export const PREFIXES: Record<string, string> = {
  schema: SCHEMA,
  fg: FG,
  rdf: RDF,
  rdfs: RDFS,
  xsd: XSD,
  owl: OWL,
  prov: PROV,
  dcterms: DCTERMS,
  sh: SH,
  void: VOID,
  skos: SKOS,
  wd: WD,
  sd: SD,
};

const namespace = (base: string) => (local: string): NamedNode => DataFactory.namedNode(base + local);

export const schema = namespace(SCHEMA);
export const fg = namespace(FG);
export const rdf = namespace(RDF);
export const rdfs = namespace(RDFS);
export const xsd = namespace(XSD);
export const prov = namespace(PROV);
export const dcterms = namespace(DCTERMS);
export const sh = namespace(SH);

/** SPARQL PREFIX lines for every prefix above. */
export const SPARQL_PREFIXES = Object.entries(PREFIXES)
  .map(([prefix, iri]) => `PREFIX ${prefix}: <${iri}>`)
  .join('\n');
