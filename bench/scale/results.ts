// The benchmark's rows, as bench/results.json keeps them for tools (issue 5 fixes the keys) and as
// a Markdown table for bench/RESULTS.md.
export type Metric = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'Q5' | 'Q6' | 'Q1-repeat' | 'deref-html' | 'deref-turtle' | 'load' | 'rss-peak' | 'dump-nt';
export type ReferenceName = 'oxigraph' | 'express-static' | 'node-static' | 'rss-rest' | 'embedded';
export type Size = '57k' | '250k' | '1M';
export type Unit = 'ms' | 'req/s' | 's' | 'MB';

export interface Row {
  metric: Metric;
  size: Size;
  filmgraph: number;
  reference: number;
  reference_name: ReferenceName;
  unit: Unit;
  /** filmgraph / reference. */
  ratio: number;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

export function row(metric: Metric, size: Size, filmgraph: number, reference: number, reference_name: ReferenceName, unit: Unit): Row {
  const digits = unit === 'ms' ? 3 : unit === 'req/s' ? 0 : unit === 's' ? 3 : 1;
  return { metric, size, filmgraph: round(filmgraph, digits), reference: round(reference, digits), reference_name, unit, ratio: round(filmgraph / reference, 3) };
}

export function markdownTable(rows: Row[]): string {
  const lines = ['| metric | size | filmgraph | reference | reference | unit | ratio (filmgraph / reference) |', '|---|---|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.metric} | ${r.size} | ${r.filmgraph} | ${r.reference} | ${r.reference_name} | ${r.unit} | ${r.ratio} |`);
  return lines.join('\n');
}
