// The fixed SPARQL mix of the benchmark (issue 5, §3) over the benchmark catalogue (MODEL.md, "The
// benchmark catalogue"), and the check that two servers gave the same answer.
import { Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import type { Metric } from './results.ts';

const PREFIXES = 'PREFIX schema: <http://schema.org/>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n';
const JSON_RESULTS = 'application/sparql-results+json';

export interface Subjects {
  /** A director with several films, and one of their films that has ratings. */
  director: string;
  film: string;
}
export interface BenchQuery {
  name: Extract<Metric, `Q${string}`>;
  text: string;
  accept: string;
  /** The order of solutions is part of the answer. */
  ordered: boolean;
  /** Sent as the same text every time (a result cache may answer). */
  repeat?: boolean;
}

export type Sparql = (query: string, accept?: string) => Promise<string>;

/**
 * A SPARQL endpoint asked by POST; a refusal stops the benchmark, named after `name`. Asks for
 * uncompressed answers unless told otherwise, as the dereference rounds do: the reference servers
 * never compress, and decoding a compressed answer costs the client (about 0.23 ms for a 1.5 KB
 * brotli body over loopback, bench/RESULTS.md), which would be timed against filmgraph alone.
 */
export const sparqlClient = (endpoint: string, name: string, acceptEncoding = 'identity'): Sparql => (query, accept = JSON_RESULTS) =>
  fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query', Accept: accept, 'Accept-Encoding': acceptEncoding }, body: query }).then(async (r) => {
    const text = await r.text();
    if (!r.ok) throw new Error(`${name} ${r.status}: ${text.slice(0, 500)}`);
    return text;
  });
interface Binding { type: string; value: string; 'xml:lang'?: string; datatype?: string }
type Solutions = { results: { bindings: Record<string, Binding>[] } };

/** Picks the subjects from the data itself: the director of most films, and their first rated film. */
export async function pickSubjects(sparql: Sparql): Promise<Subjects> {
  const solutions = JSON.parse(
    await sparql(`${PREFIXES}SELECT ?director ?film WHERE {
  { SELECT ?director (COUNT(?f) AS ?n) WHERE { ?f a schema:Movie ; schema:director ?director } GROUP BY ?director ORDER BY DESC(?n) ?director LIMIT 1 }
  ?film schema:director ?director ; schema:aggregateRating ?rating .
} ORDER BY ?film LIMIT 1`),
  ) as Solutions;
  const [first] = solutions.results.bindings;
  if (!first) throw new Error('the catalogue has no rated film with a director');
  return { director: first.director.value, film: first.film.value };
}

export const benchQueries = ({ director, film }: Subjects): BenchQuery[] => [
  { name: 'Q1', text: `SELECT ?p ?o WHERE { <${film}> ?p ?o }`, accept: JSON_RESULTS, ordered: false },
  { name: 'Q2', text: `${PREFIXES}SELECT ?film ?title WHERE { ?film schema:director <${director}> ; schema:name ?title }`, accept: JSON_RESULTS, ordered: false },
  {
    name: 'Q3',
    text: `${PREFIXES}SELECT DISTINCT ?film ?title WHERE {
  ?film a schema:Movie ; schema:name ?title ; schema:releasedEvent/schema:startDate ?date .
  FILTER(?date >= "1990-01-01"^^xsd:date && ?date < "1996-01-01"^^xsd:date)
} ORDER BY ?title ?film LIMIT 10`,
    accept: JSON_RESULTS,
    ordered: true,
  },
  {
    name: 'Q4',
    text: `${PREFIXES}SELECT ?director (COUNT(?film) AS ?films) WHERE { ?film a schema:Movie ; schema:director ?director } GROUP BY ?director ORDER BY DESC(?films) ?director LIMIT 10`,
    accept: JSON_RESULTS,
    ordered: true,
  },
  { name: 'Q5', text: `${PREFIXES}SELECT ?film ?title WHERE { ?film a schema:Movie ; schema:name ?title FILTER(REGEX(?title, "star", "i")) }`, accept: JSON_RESULTS, ordered: false },
  {
    name: 'Q6',
    text: `${PREFIXES}CONSTRUCT { <${film}> ?p ?o . ?r ?rp ?ro } WHERE { { <${film}> ?p ?o } UNION { <${film}> schema:aggregateRating|schema:contentRating ?r . ?r ?rp ?ro } }`,
    accept: 'application/n-triples',
    ordered: false,
  },
  { name: 'Q1-repeat', text: `SELECT ?p ?o WHERE { <${film}> ?p ?o }`, accept: JSON_RESULTS, ordered: false, repeat: true },
];

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const termKey = (b: Binding | undefined) =>
  !b ? '' : b.type === 'literal' || b.type === 'typed-literal' ? `"${b.value}"@${b['xml:lang'] ?? ''}^^${b['xml:lang'] ? '' : (b.datatype ?? XSD_STRING)}` : `${b.type === 'bnode' ? '_:' : ''}${b.value}`;

/** Why two answers differ, or undefined when they are the same (as sets, or as sequences when ordered). */
export async function sameResults(query: BenchQuery, a: string, b: string): Promise<string | undefined> {
  if (query.accept !== JSON_RESULTS) {
    const [qa, qb] = [new Parser({ format: 'N-Triples' }).parse(a), new Parser({ format: 'N-Triples' }).parse(b)];
    if (qa.length === 0) return 'filmgraph gave no triples';
    return isomorphic(qa, qb) ? undefined : `${qa.length} triples against ${qb.length}, not isomorphic`;
  }
  const rowsOf = (text: string) => {
    const { results } = JSON.parse(text) as Solutions;
    return results.bindings.map((binding) => Object.keys(binding).sort().map((v) => `${v}=${termKey(binding[v])}`).join(' '));
  };
  let [ra, rb] = [rowsOf(a), rowsOf(b)];
  if (ra.length === 0) return 'filmgraph gave no solutions';
  if (!query.ordered) [ra, rb] = [ra.sort(), rb.sort()];
  if (ra.length !== rb.length) return `${ra.length} solutions against ${rb.length}`;
  const i = ra.findIndex((r, j) => r !== rb[j]);
  return i < 0 ? undefined : `solution ${i}: ${ra[i]} against ${rb[i]}`;
}

/**
 * What filmgraph's describeResource gathers, as one CONSTRUCT: the resource's triples and those
 * of everything it points to (which covers what it owns), the triples pointing to it, and the
 * type and name of everything those mention.
 */
export const describeQuery = (iri: string) => `
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX schema: <http://schema.org/>
CONSTRUCT { <${iri}> ?p ?o . ?x ?xp ?xo . ?in ?inp <${iri}> . ?m ?mp ?mo } WHERE {
  { <${iri}> ?p ?o }
  UNION { <${iri}> ?l ?x . FILTER(isIRI(?x)) ?x ?xp ?xo }
  UNION { ?in ?inp <${iri}> }
  UNION { <${iri}> ?l1 ?n . ?n ?l2 ?m . FILTER(isIRI(?m)) ?m ?mp ?mo . FILTER(?mp IN (rdf:type, schema:name)) }
  UNION { ?m ?l3 <${iri}> . ?m ?mp ?mo . FILTER(?mp IN (rdf:type, schema:name)) }
}`;
