// The figures `filmgraph validate` and start-up print: what was loaded, counted through SPARQL so
// the counts are those any client of the endpoint will see.
import type { MergedStore } from '../store/MergedStore.ts';
import { SPARQL_PREFIXES } from '../vocab/namespaces.ts';
import type { SparqlEngine } from './SparqlEngine.ts';

export interface DatasetSummary {
  triples: number;
  graphs: { graph: string; triples: number }[];
  films: number;
  people: number;
  reviews: number;
  nominations: { outcome: string; count: number }[];
}

const countOf = async (engine: SparqlEngine, where: string) => {
  const [row] = await engine.select(`${SPARQL_PREFIXES}\nSELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ${where} }`);
  return Number(row.n.value);
};

export async function summarizeDataset(store: MergedStore, engine: SparqlEngine): Promise<DatasetSummary> {
  const graphs = store
    .graphs()
    .map((graph) => ({ graph: graph.value, triples: store.countInGraph(graph) }))
    .sort((a, b) => a.graph.localeCompare(b.graph));
  const outcomes = await engine.select(`${SPARQL_PREFIXES}
    SELECT ?outcome (COUNT(DISTINCT ?n) AS ?count) WHERE {
      ?n a fg:Nomination .
      OPTIONAL { ?n fg:outcome ?stated }
      BIND(COALESCE(?stated, "none stated") AS ?outcome)
    } GROUP BY ?outcome ORDER BY ?outcome`);
  return {
    triples: store.tripleCount,
    graphs,
    films: await countOf(engine, '?x a schema:Movie'),
    people: await countOf(engine, '?x a schema:Person'),
    reviews: await countOf(engine, '?x a schema:Review'),
    nominations: outcomes.map((row) => ({
      outcome: row.outcome.value.replace('https://w3id.org/filmgraph/vocab#', 'fg:'),
      count: Number(row.count.value),
    })),
  };
}

export function formatSummary(summary: DatasetSummary, baseIri: string): string {
  const lines = [`${summary.triples} triples in the default graph (the merge of ${summary.graphs.length} named graphs)`];
  for (const { graph, triples } of summary.graphs)
    lines.push(`  ${String(triples).padStart(7)}  <${graph.startsWith(baseIri) ? graph.slice(baseIri.length) : graph}>`);
  lines.push(`films: ${summary.films}`, `people: ${summary.people}`, `reviews: ${summary.reviews}`);
  const total = summary.nominations.reduce((sum, n) => sum + n.count, 0);
  lines.push(`nominations: ${total}${total ? ` (${summary.nominations.map((n) => `${n.outcome} ${n.count}`).join(', ')})` : ''}`);
  return lines.join('\n');
}
