// A Quad Pattern Fragment (Linked Data Fragments): one page of the quads matching a pattern,
// with its metadata — count, paging, and the hydra search form with subject, predicate, object
// and graph mappings — in a named graph whose foaf:primaryTopic is the fragment's URL, and
// sd:defaultGraph naming how the default graph (the merge) is asked for. This is what Comunica
// recognises as a QPF interface.
import { DataFactory } from 'n3';
import type { Quad, Quad_Object, Quad_Subject } from '@rdfjs/types';
import { RDF, SD, VOID, XSD, DCTERMS } from '../vocab/namespaces.ts';

const { namedNode, blankNode, literal, quad } = DataFactory;
const HYDRA = 'http://www.w3.org/ns/hydra/core#';
const FOAF = 'http://xmlns.com/foaf/0.1/';

/** How a client names the default graph (the merge of the sources' graphs) in ?graph=. */
export const QPF_DEFAULT_GRAPH = 'urn:ldf:defaultGraph';

export interface FragmentPage {
  /** The interface's URL, e.g. http://host/fragments. */
  interfaceUrl: string;
  /** The exact URL requested (the fragment's identity). */
  requestUrl: string;
  /** The URL of the fragment's first page, and of the pages just after and before this one, where there are. */
  firstUrl: string;
  nextUrl?: string;
  previousUrl?: string;
  pageSize: number;
  total: number;
  /** The page's data quads; default-graph quads stay in the default graph. */
  data: Quad[];
}

export function fragmentQuads(fragment: FragmentPage): Quad[] {
  const metadataGraph = namedNode(`${fragment.requestUrl}#metadata`);
  const out: Quad[] = [...fragment.data];
  const add = (s: Quad_Subject, p: string, o: Quad_Object) => out.push(quad(s, namedNode(p), o, metadataGraph));
  const count = (n: number) => literal(String(n), namedNode(`${XSD}integer`));
  const dataset = namedNode(`${fragment.interfaceUrl}#dataset`);
  const view = namedNode(fragment.requestUrl);

  add(metadataGraph, `${FOAF}primaryTopic`, view);
  add(dataset, `${RDF}type`, namedNode(`${VOID}Dataset`));
  add(dataset, `${RDF}type`, namedNode(`${HYDRA}Collection`));
  add(dataset, `${VOID}subset`, view);
  add(dataset, `${SD}defaultGraph`, namedNode(QPF_DEFAULT_GRAPH));
  const search = blankNode('search');
  add(dataset, `${HYDRA}search`, search);
  add(search, `${HYDRA}template`, literal(`${fragment.interfaceUrl}{?subject,predicate,object,graph}`));
  add(search, `${HYDRA}variableRepresentation`, namedNode(`${HYDRA}ExplicitRepresentation`));
  for (const [variable, property] of [['subject', `${RDF}subject`], ['predicate', `${RDF}predicate`], ['object', `${RDF}object`], ['graph', `${SD}graph`]]) {
    const mapping = blankNode(variable);
    add(search, `${HYDRA}mapping`, mapping);
    add(mapping, `${HYDRA}variable`, literal(variable));
    add(mapping, `${HYDRA}property`, namedNode(property));
  }

  add(view, `${RDF}type`, namedNode(`${HYDRA}PartialCollectionView`));
  add(view, `${DCTERMS}title`, literal('A quad pattern fragment of the filmgraph catalogue', 'en'));
  add(view, `${VOID}triples`, count(fragment.total));
  add(view, `${HYDRA}totalItems`, count(fragment.total));
  add(view, `${HYDRA}itemsPerPage`, count(fragment.pageSize));
  add(view, `${HYDRA}first`, namedNode(fragment.firstUrl));
  if (fragment.previousUrl) add(view, `${HYDRA}previous`, namedNode(fragment.previousUrl));
  if (fragment.nextUrl) add(view, `${HYDRA}next`, namedNode(fragment.nextUrl));
  return out;
}
