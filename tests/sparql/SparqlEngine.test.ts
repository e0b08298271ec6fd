import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { MergedStore } from '../../src/store/MergedStore.ts';
import { SparqlEngine } from '../../src/sparql/SparqlEngine.ts';

const { namedNode, literal, quad } = DataFactory;
const base = 'http://example.org/';
const pageGraph = namedNode(`${base}graph/page/x`);
const curatedGraph = namedNode(`${base}graph/curated/x/wikipedia`);
const film = namedNode(`${base}film/x`);
const director = namedNode('http://schema.org/director');
const person = namedNode(`${base}person/someone`);

function engineOverTwoSources() {
  const store = new MergedStore();
  store.addToGraph(pageGraph, [quad(film, director, person)]);
  store.addToGraph(curatedGraph, [quad(film, director, person), quad(film, namedNode('http://schema.org/name'), literal('X'))]);
  return new SparqlEngine(store, base);
}

describe('SparqlEngine over the merged store', () => {
  it('counts a triple stated by two sources once in the default graph', async () => {
    const engine = engineOverTwoSources();
    const [row] = await engine.select('SELECT (COUNT(*) AS ?n) WHERE { ?s <http://schema.org/director> ?o }');
    expect(Number(row.n.value)).toBe(1);
    const [all] = await engine.select('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }');
    expect(Number(all.n.value)).toBe(2);
  });

  it('answers where a fact comes from with GRAPH, over named graphs only', async () => {
    const engine = engineOverTwoSources();
    const rows = await engine.select('SELECT ?g WHERE { GRAPH ?g { <film/x> <http://schema.org/director> ?d } } ORDER BY ?g');
    expect(rows.map((r) => r.g.value)).toEqual([curatedGraph.value, pageGraph.value]);
  });

  it('restricts the default graph with FROM', async () => {
    const engine = engineOverTwoSources();
    const rows = await engine.select(`SELECT ?p FROM <${pageGraph.value}> WHERE { ?s ?p ?o }`);
    expect(rows.map((r) => r.p.value)).toEqual([director.value]);
  });

  it('resolves relative IRIs in queries against the base, and answers ASK and CONSTRUCT', async () => {
    const engine = engineOverTwoSources();
    expect(await engine.ask('ASK { <film/x> <http://schema.org/director> <person/someone> }')).toBe(true);
    expect(await engine.ask('ASK { <film/x> <http://schema.org/director> <person/nobody> }')).toBe(false);
    const quads = await engine.construct('CONSTRUCT { ?s ?p ?o } WHERE { <film/x> ?p ?o BIND(<film/x> AS ?s) }');
    expect(quads).toHaveLength(2);
  });
});
