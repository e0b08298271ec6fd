// The mixed workload of the load and soak benchmark (bench/soak.ts) and of its short version in
// the test suite (tests/http/load.test.ts): the kinds of request a public filmgraph server gets,
// each with the statuses that count as an answer, as a deliberate limit, or as an error. The
// IRIs come from the server itself (a SPARQL query, the list of named queries), never from here.

export interface WorkloadRequest {
  method: 'GET' | 'POST';
  /** Path and query string, from the server's root. */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface RequestKind {
  name: string;
  /** Share of the connections given to this kind (every kind gets at least one). */
  weight: number;
  /** Cycled through, one after another, by each connection of this kind. */
  requests: WorkloadRequest[];
  /** Statuses that are a normal answer. */
  successes: number[];
  /**
   * Statuses that are a limit doing its job: 503 (time limit, queries in progress), which must
   * carry Retry-After, and 413 (a result over FILMGRAPH_MAX_RESULTS). Anything else is an error.
   */
  limits: number[];
}

export type Outcome = 'success' | 'limit' | 'error';

export function classify(kind: RequestKind, status: number, headers: Record<string, string | string[] | undefined>): Outcome {
  if (kind.successes.includes(status)) return 'success';
  if (kind.limits.includes(status) && (status !== 503 || headerOf(headers, 'retry-after') !== undefined)) return 'limit';
  return 'error';
}

function headerOf(headers: Record<string, string | string[] | undefined>, name: string): string | string[] | undefined {
  return Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
}

const SPARQL_JSON = 'application/sparql-results+json';
// What browsers and most clients send; compression is part of what the server does per request.
const COMMON = { 'Accept-Encoding': 'gzip' };
const QUERY_LIMITS = [503, 413];

/** Light ad-hoc queries, answered in well under a second on the shipped data. */
export const LIGHT_QUERIES = [
  'PREFIX schema: <http://schema.org/> SELECT ?film ?title WHERE { ?film a schema:Movie ; schema:name ?title }',
  'PREFIX schema: <http://schema.org/> SELECT ?person ?name WHERE { ?person a schema:Person ; schema:name ?name } ORDER BY ?name LIMIT 50',
  'SELECT ?type (COUNT(*) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n)',
  'PREFIX schema: <http://schema.org/> ASK { ?film a schema:Movie ; schema:director ?d }',
];
/** Every triple with every other: far more solutions than FILMGRAPH_MAX_RESULTS allows (413). */
export const OVER_LIMIT_QUERY = 'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }';
/** A three-way cartesian product counted: far more work than any time limit allows (503). */
export const HEAVY_QUERY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';

const sparqlGet = (query: string): WorkloadRequest => ({ method: 'GET', path: `sparql?query=${encodeURIComponent(query)}`, headers: { ...COMMON, Accept: SPARQL_JSON }, body: undefined });
const sparqlPostForm = (query: string): WorkloadRequest => ({
  method: 'POST',
  path: 'sparql',
  headers: { ...COMMON, Accept: SPARQL_JSON, 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ query }).toString(),
});
const sparqlPostDirect = (query: string): WorkloadRequest => ({ method: 'POST', path: 'sparql', headers: { ...COMMON, Accept: SPARQL_JSON, 'Content-Type': 'application/sparql-query' }, body: query });

/**
 * The workload against the catalogue at `catalogueUrl` (the URL the server prints, with its mount
 * path), whose IRIs start with `baseIri` (the same by default). Asks the server for its films,
 * people and named queries; paths in the result are from the server's root.
 */
export async function discoverWorkload(catalogueUrl: string, baseIri = catalogueUrl): Promise<RequestKind[]> {
  const mount = new URL(catalogueUrl).pathname;
  const pathOf = (iri: string) => {
    if (!iri.startsWith(baseIri)) throw new Error(`${iri} is not under the base IRI ${baseIri}`);
    return `${mount}${iri.slice(baseIri.length)}`;
  };
  const select = async (query: string): Promise<string[]> => {
    const response = await fetch(`${catalogueUrl}sparql`, { method: 'POST', headers: { Accept: SPARQL_JSON, 'Content-Type': 'application/sparql-query' }, body: query });
    if (!response.ok) throw new Error(`the server did not answer the discovery query (${response.status}): ${await response.text()}`);
    const json = (await response.json()) as { results: { bindings: Record<string, { value: string }>[] } };
    return json.results.bindings.map((b) => Object.values(b)[0].value);
  };
  const films = await select('PREFIX schema: <http://schema.org/> SELECT ?film WHERE { ?film a schema:Movie } ORDER BY ?film LIMIT 50');
  const people = await select('PREFIX schema: <http://schema.org/> SELECT DISTINCT ?person WHERE { ?person a schema:Person } ORDER BY ?person LIMIT 50');
  const named = (await (await fetch(`${catalogueUrl}queries/`, { headers: { Accept: 'application/json' } })).json()) as { name: string }[];
  if (films.length === 0 || people.length === 0 || named.length === 0) throw new Error(`the catalogue at ${catalogueUrl} has no films, people or named queries to request`);

  const page = (iri: string, accept: string): WorkloadRequest => ({ method: 'GET', path: pathOf(iri), headers: { ...COMMON, Accept: accept, 'Accept-Language': 'en' } });
  const at = (path: string, accept: string): WorkloadRequest => ({ method: 'GET', path: `${mount}${path}`, headers: { ...COMMON, Accept: accept } });
  const underMount = (r: WorkloadRequest): WorkloadRequest => ({ ...r, path: `${mount}${r.path}` });
  return [
    { name: 'film page (HTML)', weight: 10, requests: films.map((f) => page(f, 'text/html')), successes: [200], limits: [] },
    { name: 'film Turtle', weight: 8, requests: films.map((f) => page(f, 'text/turtle')), successes: [200], limits: [] },
    { name: 'film JSON-LD', weight: 8, requests: films.map((f) => page(f, 'application/ld+json')), successes: [200], limits: [] },
    { name: 'person page (HTML)', weight: 6, requests: people.map((p) => page(p, 'text/html')), successes: [200], limits: [] },
    { name: 'home page', weight: 2, requests: [at('', 'text/html')], successes: [200], limits: [] },
    { name: 'dump.ttl', weight: 4, requests: [at('dump.ttl', 'text/turtle')], successes: [200], limits: [] },
    { name: 'dump.nq', weight: 2, requests: [at('dump.nq', 'application/n-quads')], successes: [200], limits: [] },
    { name: 'named queries', weight: 8, requests: named.map((q) => at(`queries/${encodeURIComponent(q.name)}`, `${SPARQL_JSON}, text/turtle;q=0.9`)), successes: [200], limits: QUERY_LIMITS },
    { name: 'SPARQL GET', weight: 6, requests: LIGHT_QUERIES.map(sparqlGet).map(underMount), successes: [200], limits: QUERY_LIMITS },
    { name: 'SPARQL POST', weight: 6, requests: LIGHT_QUERIES.flatMap((q) => [sparqlPostForm(q), sparqlPostDirect(q)]).map(underMount), successes: [200], limits: QUERY_LIMITS },
    // Past the limits on purpose: these are never answered 200.
    { name: 'SPARQL over the result limit', weight: 2, requests: [underMount(sparqlGet(OVER_LIMIT_QUERY))], successes: [], limits: QUERY_LIMITS },
    { name: 'SPARQL heavy (time limit)', weight: 2, requests: [underMount(sparqlPostDirect(HEAVY_QUERY))], successes: [], limits: QUERY_LIMITS },
  ];
}

/** Splits `total` connections among the kinds by weight, at least one each. */
export function shareConnections(kinds: RequestKind[], total: number): number[] {
  if (total < kinds.length) throw new Error(`${total} connections cannot cover ${kinds.length} kinds of request`);
  const weights = kinds.reduce((sum, k) => sum + k.weight, 0);
  const shares = kinds.map((k) => Math.max(1, Math.floor((total * k.weight) / weights)));
  // Hand out what rounding left (or take back what the minimum added), largest weights first.
  const order = kinds.map((_, i) => i).sort((a, b) => kinds[b].weight - kinds[a].weight);
  for (let i = 0; shares.reduce((a, b) => a + b, 0) !== total; i++) {
    const k = order[i % order.length];
    if (shares.reduce((a, b) => a + b, 0) < total) shares[k]++;
    else if (shares[k] > 1) shares[k]--;
  }
  return shares;
}
