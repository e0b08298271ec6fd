// What a dereferenced IRI returns, gathered from a SPARQL server: the same quads as
// describeResource.ts gathers from the embedded store, in three queries whatever the number of
// links (issue 7 §5: no query per linked resource):
//   1. the resource's quads, those of what it owns (IRIs under `${iri}/`) and those pointing to it;
//   2. the quads of its neighbours (one hop out and in), and how an owned neighbour's owner links to it;
//   3. the type and names of everything else mentioned, and the type and title of every graph involved.
// Each query is scoped to filmgraph's named graphs (`scope`), never the server's default graph.
import { DataFactory } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import type { ResourceDescription } from '../describeResource.ts';
import type { SparqlProtocolClient } from './SparqlProtocolClient.ts';
import type { Row } from '../../sparql/SparqlEngine.ts';
import { DCTERMS, RDF, RDFS, SCHEMA } from '../../vocab/namespaces.ts';
import { quadKey } from '../../vocab/terms.ts';
import { sparqlTerm, valuesOf } from './sparqlText.ts';

const { namedNode, quad } = DataFactory;
const LABELS = [`${RDF}type`, `${SCHEMA}name`, `${RDFS}label`, `${DCTERMS}title`].map((p) => namedNode(p));
const GRAPH_LABELS = [`${RDF}type`, `${DCTERMS}title`].map((p) => namedNode(p));

/** A FILTER keeping ?VARIABLE to filmgraph's named graphs. */
export type GraphScope = (variable: string) => string;

const quadOf = (row: Row): Quad => quad(row.s as never, row.p as never, row.o as never, row.g as never);

export async function describeRemote(client: SparqlProtocolClient, scope: GraphScope, iri: string): Promise<ResourceDescription> {
  const node = namedNode(iri);
  const quads: Quad[] = [];
  const seen = new Set<string>();
  const push = (q: Quad) => {
    const k = quadKey(q);
    if (!seen.has(k)) seen.add(k), quads.push(q);
  };

  // 1. Own, owned, incoming. What it owns is looked for among what is within two links of it
  // (a film's release, a nomination's outcome...): a server has no index on IRI prefixes, and a
  // scan of every subject per request would not scale. (The embedded store finds every subject
  // with the prefix; on the shipped data both find the same, which the tests check.)
  const self = sparqlTerm(node);
  const first = await client.select(`SELECT ?g ?s ?p ?o WHERE {
  { ${valuesOf('s', [node])} GRAPH ?g { ?s ?p ?o } }
  UNION {
    { SELECT DISTINCT ?s WHERE {
      { GRAPH ?g1 { ${self} ?p1 ?s } } UNION { GRAPH ?g1 { ?s ?p1 ${self} } }
      UNION { GRAPH ?g1 { ${self} ?p1 ?m } GRAPH ?g2 { ?m ?p2 ?s } } UNION { GRAPH ?g1 { ?m ?p1 ${self} } GRAPH ?g2 { ?m ?p2 ?s } }
      FILTER(isIRI(?s) && STRSTARTS(STR(?s), ${JSON.stringify(`${iri}/`)}))
    } }
    GRAPH ?g { ?s ?p ?o }
  }
  UNION { ${valuesOf('o', [node])} GRAPH ?g { ?s ?p ?o } }
  ${scope('?g')}
}`);
  const isOwn = (s: Term) => s.termType === 'NamedNode' && (s.value === iri || s.value.startsWith(`${iri}/`));
  const own = sorted(first.map(quadOf).filter((q) => isOwn(q.subject)));
  const incoming = sorted(first.map(quadOf).filter((q) => !isOwn(q.subject)));
  for (const q of own) push(q);
  if (quads.length === 0 && incoming.length === 0) return { iri, quads };
  const described = new Set<string>([iri, ...own.map((q) => q.subject.value)]);

  // 2. One hop out, one hop in.
  const neighbours = new Set<string>();
  for (const q of own) if (q.object.termType === 'NamedNode' && !described.has(q.object.value)) neighbours.add(q.object.value);
  for (const q of incoming) {
    push(q);
    if (q.subject.termType === 'NamedNode' && !described.has(q.subject.value)) neighbours.add(q.subject.value);
  }
  if (neighbours.size > 0) {
    const owned = [...neighbours].flatMap((n) => {
      const owner = ownerOf(n);
      return owner ? [`(${sparqlTerm(namedNode(owner))} ${sparqlTerm(namedNode(n))})`] : [];
    });
    const second = await client.select(`SELECT ?g ?s ?p ?o WHERE {
  { ${valuesOf('s', [...neighbours].map((n) => namedNode(n)))} GRAPH ?g { ?s ?p ?o } }
  ${owned.length > 0 ? `UNION { VALUES (?s ?o) { ${owned.join(' ')} } GRAPH ?g { ?s ?p ?o } }` : ''}
  ${scope('?g')}
}`);
    for (const q of sorted(second.map(quadOf))) push(q);
  }

  // 3. Labels of everything mentioned, titles of every graph.
  const mentioned = new Set<string>();
  const graphs = new Set<string>();
  for (const q of quads) {
    graphs.add(q.graph.value);
    for (const t of [q.subject, q.object]) if (t.termType === 'NamedNode' && !described.has(t.value) && !neighbours.has(t.value)) mentioned.add(t.value);
  }
  const third = await client.select(`SELECT ?g ?s ?p ?o WHERE {
  ${mentioned.size > 0 ? `{ ${valuesOf('s', [...mentioned].map((m) => namedNode(m)))} ${valuesOf('p', LABELS)} GRAPH ?g { ?s ?p ?o } } UNION` : ''}
  { ${valuesOf('g', [...graphs].map((g) => namedNode(g)))} ${valuesOf('p', GRAPH_LABELS)} GRAPH ?g { ?g ?p ?o } BIND(?g AS ?s) }
  ${scope('?g')}
}`);
  for (const q of sorted(third.map(quadOf))) push(q);
  return { iri, quads };
}

/** The IRI an owned IRI would belong to: "…/film/x/cast/y" → "…/film/x" (MODEL.md §1; as describeResource). */
function ownerOf(iri: string): string | undefined {
  return /^(.+\/[^/]+)\/[^/]+\/[^/]+$/.exec(iri)?.[1];
}

/** In a fixed order, so every instance over the same data writes the same bytes. */
function sorted(quads: Quad[]): Quad[] {
  return quads.map((q) => [quadKey(q), q] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, q]) => q);
}
