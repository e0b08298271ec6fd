// The named queries in queries/ and the example queries of MODEL.md run, and answer something,
// over the shipped data: the documentation stays true.
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDataset } from '../../src/store/openDataset.ts';
import { SparqlEngine } from '../../src/sparql/SparqlEngine.ts';
import { SPARQL_PREFIXES } from '../../src/vocab/namespaces.ts';
import { checkQuery } from '../../src/sparql/checkQuery.ts';

const root = new URL('../../', import.meta.url);
const base = 'http://localhost:3000/';
let engine: SparqlEngine;
beforeAll(async () => {
  const { loaded } = await openDataset({ baseIri: base });
  engine = new SparqlEngine(loaded.store, base);
});

async function answers(query: string): Promise<number> {
  const { form } = checkQuery(query, base);
  if (form === 'ASK') return (await engine.ask(query)) ? 1 : 0;
  if (form === 'CONSTRUCT' || form === 'DESCRIBE') return (await engine.construct(query)).length;
  return (await engine.select(query)).length;
}

const namedQueries = readdirSync(new URL('queries/', root)).filter((f) => f.endsWith('.rq')).sort();

describe('named queries (queries/*.rq)', () => {
  it('ship with a title and a description', () => {
    expect(namedQueries.length).toBeGreaterThanOrEqual(5);
    for (const file of namedQueries) {
      const text = readFileSync(new URL(`queries/${file}`, root), 'utf8');
      expect({ file, title: /^# title: \S/m.test(text), description: /^# description: \S/m.test(text) }).toEqual({ file, title: true, description: true });
    }
  });

  it.each(namedQueries)('%s answers over the shipped data', async (file) => {
    expect(await answers(readFileSync(new URL(`queries/${file}`, root), 'utf8'))).toBeGreaterThan(0);
  });
});

/** Each query of MODEL.md's sparql blocks: a query starts at a line beginning with SELECT or ASK. */
function modelQueries(): string[] {
  const model = readFileSync(new URL('MODEL.md', root), 'utf8');
  const queries: string[] = [];
  for (const [, block] of model.matchAll(/```sparql\n([\s\S]*?)```/g))
    for (const query of block.split(/\n(?=SELECT|ASK)/)) if (/^(SELECT|ASK)/.test(query.trim())) queries.push(query.trim());
  return queries;
}

describe('MODEL.md example queries', () => {
  const queries = modelQueries();
  it('are there, one or more per kind of fact', () => expect(queries.length).toBeGreaterThanOrEqual(12));
  it.each(queries)('%s', async (query) => {
    const filmQuery = `${SPARQL_PREFIXES}\n${query.replaceAll('<film>', '<film/de-rouille-et-d-os-2012>')}`;
    expect(await answers(filmQuery)).toBeGreaterThan(0);
  });
});
