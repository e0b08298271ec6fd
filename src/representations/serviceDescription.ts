// The SPARQL 1.1 Service Description of the endpoint: what it speaks and answers, and its default
// dataset with VoID sizes. The default graph is the merge of the named graphs (sd:UnionDefaultGraph);
// no federation (SERVICE is refused) and no update.
import { DataFactory } from 'n3';
import type { Quad, Quad_Object, Quad_Subject } from '@rdfjs/types';
import type { GraphSize, PublishedDataset } from '../store/PublishedDataset.ts';
import { RDF, VOID, XSD, DCTERMS } from '../vocab/namespaces.ts';

const { namedNode, blankNode, literal, quad } = DataFactory;
const SD = 'http://www.w3.org/ns/sparql-service-description#';
const FORMATS_NS = 'http://www.w3.org/ns/formats/';
const RESULT_FORMATS = ['SPARQL_Results_JSON', 'SPARQL_Results_XML', 'SPARQL_Results_CSV', 'SPARQL_Results_TSV', 'Turtle', 'N-Triples', 'N-Quads', 'TriG', 'JSON-LD', 'RDF_XML'];

export function serviceDescription(catalogue: PublishedDataset, graphSizes: GraphSize[], endpoint: string): Quad[] {
  const quads: Quad[] = [];
  const add = (s: Quad_Subject, p: string, o: Quad_Object) => quads.push(quad(s, namedNode(p), o));
  const count = (n: number) => literal(String(n), namedNode(`${XSD}integer`));
  const service = namedNode(endpoint);

  add(service, `${RDF}type`, namedNode(`${SD}Service`));
  add(service, `${SD}endpoint`, namedNode(endpoint));
  add(service, `${SD}supportedLanguage`, namedNode(`${SD}SPARQL11Query`));
  for (const format of RESULT_FORMATS) add(service, `${SD}resultFormat`, namedNode(FORMATS_NS + format));
  add(service, `${SD}feature`, namedNode(`${SD}UnionDefaultGraph`));
  add(service, `${SD}defaultEntailmentRegime`, namedNode('http://www.w3.org/ns/entailment/Simple'));
  add(service, `${DCTERMS}description`, literal('Read-only SPARQL 1.1 endpoint of the filmgraph catalogue. The default graph is the RDF merge of the named graphs (one per source). Updates and SERVICE are refused.', 'en'));

  const dataset = blankNode('dataset');
  add(service, `${SD}defaultDataset`, dataset);
  add(dataset, `${RDF}type`, namedNode(`${SD}Dataset`));
  add(dataset, `${RDF}type`, namedNode(`${VOID}Dataset`));
  add(dataset, `${VOID}sparqlEndpoint`, namedNode(endpoint));
  const defaultGraph = blankNode('defaultGraph');
  add(dataset, `${SD}defaultGraph`, defaultGraph);
  add(defaultGraph, `${RDF}type`, namedNode(`${SD}Graph`));
  add(defaultGraph, `${VOID}triples`, count(catalogue.tripleCount));
  for (const [i, { graph, triples }] of graphSizes.entries()) {
    const named = blankNode(`graph${i}`);
    const description = blankNode(`graph${i}description`);
    add(dataset, `${SD}namedGraph`, named);
    add(named, `${RDF}type`, namedNode(`${SD}NamedGraph`));
    add(named, `${SD}name`, graph);
    add(named, `${SD}graph`, description);
    add(description, `${RDF}type`, namedNode(`${SD}Graph`));
    add(description, `${VOID}triples`, count(triples));
  }
  return quads;
}
