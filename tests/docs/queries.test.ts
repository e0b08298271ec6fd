// The named queries in queries/ and the example queries of MODEL.md run, and answer something,
// over the shipped data (and those of the benchmark catalogue over a small catalogue): the
// documentation stays true.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset } from '../../src/store/openDataset.ts';
import { SparqlEngine } from '../../src/sparql/SparqlEngine.ts';
import { SPARQL_PREFIXES } from '../../src/vocab/namespaces.ts';
import { checkQuery } from '../../src/sparql/checkQuery.ts';
import { defaultLocations } from '../../src/store/dataFiles.ts';
import { writeCatalogue } from '../../src/import/catalog/writeCatalogue.ts';

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

const CATALOGUE_SECTION = '## 4. The benchmark catalogue';

/**
 * Each query of MODEL.md's sparql blocks, before or from its benchmark catalogue section: a query
 * starts at a line beginning with SELECT, ASK or CONSTRUCT.
 */
function modelQueries(part: 'shipped' | 'catalogue'): string[] {
  const [shipped, catalogue] = readFileSync(new URL('MODEL.md', root), 'utf8').split(CATALOGUE_SECTION);
  const queries: string[] = [];
  for (const [, block] of (part === 'shipped' ? shipped! : catalogue!).matchAll(/```sparql\n([\s\S]*?)```/g))
    for (const query of block.split(/\n(?=SELECT|ASK|CONSTRUCT)/)) if (/^(SELECT|ASK|CONSTRUCT)/.test(query.trim())) queries.push(query.trim());
  return queries;
}

describe('MODEL.md example queries', () => {
  const queries = modelQueries('shipped');
  it('are there, one or more per kind of fact', () => expect(queries.length).toBeGreaterThanOrEqual(12));
  it.each(queries)('%s', async (query) => {
    const filmQuery = `${SPARQL_PREFIXES}\n${query.replaceAll('<film>', '<film/de-rouille-et-d-os-2012>')}`;
    expect(await answers(filmQuery)).toBeGreaterThan(0);
  });
});

describe('MODEL.md example queries of the benchmark catalogue', () => {
  const queries = modelQueries('catalogue');
  let catalogue: SparqlEngine;
  let folder: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'filmgraph-docs-catalogue-'));
    // The first films of the table are enough for every query to answer.
    await writeCatalogue({ out: folder, triples: 30_000 });
    const { loaded } = await openDataset({ baseIri: base, locations: { ...defaultLocations(), dataDir: folder } });
    catalogue = new SparqlEngine(loaded.store, base);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('are there, one per benchmark query', () => expect(queries.length).toBeGreaterThanOrEqual(5));
  it.each(queries)('%s', async (query) => {
    const filmQuery = `${SPARQL_PREFIXES}\n${query.replaceAll('<film>', '<film/the-land-girls-1998>')}`;
    const { form } = checkQuery(filmQuery, base);
    const count = form === 'CONSTRUCT' ? (await catalogue.construct(filmQuery)).length : (await catalogue.select(filmQuery)).length;
    expect(count).toBeGreaterThan(0);
  });
});
