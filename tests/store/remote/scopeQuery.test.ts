// The rewrite of clients' queries for a SPARQL server, run on Comunica over a store that, like a
// server, holds only the named graphs (and a graph of its own): the answers must be those of the
// original query over the embedded store, whose default graph is the merge.
import { describe, expect, it } from 'vitest';
import { DataFactory, Store } from 'n3';
import { QueryEngine } from '@comunica/query-sparql-rdfjs';
import { MergedStore } from '../../../src/store/MergedStore.ts';
import { SparqlEngine } from '../../../src/sparql/SparqlEngine.ts';
import { MAX_SCOPED_GRAPHS, scopeQuery } from '../../../src/store/remote/scopeQuery.ts';
import { RemoteStoreScopeTooLargeError } from '../../../src/store/remote/errors.ts';

const { namedNode, literal, quad } = DataFactory;
const BASE = 'http://films.example/';
const ex = (local: string) => namedNode(`${BASE}${local}`);
const [g1, g2, other] = [ex('graph/one'), ex('graph/two'), namedNode('http://server.example/system')];
const triples = [
  [ex('film/a'), namedNode('http://schema.org/name'), literal('A')],
  [ex('film/a'), namedNode('http://schema.org/director'), ex('person/p')],
  [ex('person/p'), namedNode('http://schema.org/name'), literal('P')],
] as const;

// The embedded store: g1 states all three, g2 restates the first two.
const merged = new MergedStore();
merged.addToGraph(g1, triples.map(([s, p, o]) => quad(s, p, o)));
merged.addToGraph(g2, triples.slice(0, 2).map(([s, p, o]) => quad(s, p, o)));
// The server: the named graphs only, and data of its own.
const server = new Store([...merged.dataset.getQuads(null, null, null, g1), ...merged.dataset.getQuads(null, null, null, g2), quad(ex('film/a'), namedNode('http://schema.org/name'), literal('system'), other)]);
const comunica = new QueryEngine();

async function onServer(query: string): Promise<string[]> {
  const { text } = scopeQuery(query, { baseIri: BASE, graphs: [g1.value, g2.value], limit: 100, noGraph: `${BASE}graph/none` });
  const bindings = await (await comunica.queryBindings(text, { sources: [server] })).toArray();
  return bindings.map((b) => JSON.stringify([...b].map(([k, v]) => [k.value, v.value]).sort())).sort();
}
async function embedded(query: string): Promise<string[]> {
  const rows = await new SparqlEngine(merged, BASE).select(query);
  return rows.map((r) => JSON.stringify(Object.entries(r).map(([k, v]) => [k, v.value]).sort())).sort();
}

describe('scopeQuery', () => {
  it.each([
    'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }',
    'SELECT ?name WHERE { <film/a> <http://schema.org/name> ?name }',
    'SELECT ?d ?n WHERE { <film/a> <http://schema.org/director> ?d . ?d <http://schema.org/name> ?n }',
    'SELECT ?n WHERE { <film/a> <http://schema.org/director>/<http://schema.org/name> ?n }',
    'SELECT ?x WHERE { <film/a> <http://schema.org/name>|<http://schema.org/director> ?x }',
    'SELECT ?f WHERE { <person/p> ^<http://schema.org/director> ?f }',
    'SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER EXISTS { GRAPH ?h { ?s <http://schema.org/name> ?n } } }',
    'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g',
    'SELECT * WHERE { ?s ?p ?o OPTIONAL { GRAPH ?g { ?s ?p ?o } } }',
    'SELECT ?s WHERE { ?s ?p ?o FILTER NOT EXISTS { ?s <http://schema.org/director> ?x } }',
    `SELECT (COUNT(*) AS ?n) FROM <${BASE}graph/one> WHERE { ?s ?p ?o }`,
    'SELECT (COUNT(*) AS ?n) FROM <http://server.example/system> WHERE { ?s ?p ?o }',
    'SELECT (COUNT(*) AS ?n) FROM NAMED <http://server.example/system> WHERE { GRAPH ?g { ?s ?p ?o } }',
  ])('answers %s as over the merge, never with the server’s own data', async (query) => {
    const expected = await embedded(query);
    expect(expected.length).toBeGreaterThan(0);
    expect(await onServer(query)).toEqual(expected);
  });

  it('caps a SELECT at the limit it is given unless the query asks for less, and says so', () => {
    const options = { baseIri: BASE, graphs: [g1.value], limit: 11, noGraph: `${BASE}graph/none` };
    expect(scopeQuery('SELECT * WHERE { ?s ?p ?o }', options)).toMatchObject({ limited: true, text: expect.stringMatching(/LIMIT 11$/) });
    expect(scopeQuery('SELECT * WHERE { ?s ?p ?o } LIMIT 5', options)).toMatchObject({ limited: false, text: expect.stringMatching(/LIMIT 5$/) });
    expect(scopeQuery('SELECT * WHERE { ?s ?p ?o } LIMIT 500', options).text).toMatch(/LIMIT 11$/);
    expect(scopeQuery('ASK { ?s ?p ?o }', options).limited).toBe(false);
  });

  it('refuses to list more graphs than MAX_SCOPED_GRAPHS in a query, and lets a query that names its own through', () => {
    const graphs = Array.from({ length: MAX_SCOPED_GRAPHS + 1 }, (_, i) => `${BASE}graph/page/film-${i}`);
    const options = { baseIri: BASE, graphs, limit: 11, noGraph: `${BASE}graph/none` };
    // The lists grow with the graphs: what the bound stops.
    const below = scopeQuery('SELECT * WHERE { ?s ?p ?o }', { ...options, graphs: graphs.slice(0, MAX_SCOPED_GRAPHS) }).text;
    expect(below.length).toBeGreaterThan(MAX_SCOPED_GRAPHS * 2 * graphs[0].length);
    expect(() => scopeQuery('SELECT * WHERE { ?s ?p ?o }', options)).toThrow(RemoteStoreScopeTooLargeError);
    expect(() => scopeQuery('SELECT * WHERE { ?s ?p ?o }', options)).toThrow(/5001 named graphs, more than a query to its SPARQL server can list \(5000\): name the graphs/);
    const named = scopeQuery(`SELECT * FROM <${graphs[7]}> WHERE { ?s ?p ?o }`, options).text;
    expect(named).toContain(`FROM <${graphs[7]}>`);
    expect(named.length).toBeLessThan(500);
  });
});
