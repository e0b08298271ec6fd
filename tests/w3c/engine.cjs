// The W3C SPARQL 1.1 query-evaluation tests, through filmgraph's query path: checkQuery (the
// parse and the read-only check) and SparqlEngine (Comunica over an N3 store). The test's
// dataset is loaded as given — its default graph and its named graphs apart, as the standard
// says — not merged as filmgraph's published graph is. Loaded by rdf-test-suite (CommonJS),
// which imports the TypeScript through tsx (see scripts/w3c-query-tests.sh).
const { QueryResultBindings, QueryResultBoolean, QueryResultQuads } = require('rdf-test-suite');

let modules;
async function load() {
  modules ??= {
    ...(await import('../../src/sparql/checkQuery.ts')),
    ...(await import('../../src/sparql/SparqlEngine.ts')),
    ...(await import('../../src/store/MergedStore.ts')),
  };
  return modules;
}

module.exports = {
  async parse(query, options) {
    const { checkQuery } = await load();
    checkQuery(query, options.baseIRI ?? 'http://example.org/');
  },
  async query(data, query, options) {
    const { checkQuery, SparqlEngine, MergedStore } = await load();
    const store = new MergedStore();
    for (const quad of data) store.dataset.addQuad(quad);
    const checked = checkQuery(query, options.baseIRI);
    const result = await new SparqlEngine(store, options.baseIRI).query(checked.text);
    if (result.type === 'boolean') return new QueryResultBoolean(result.value);
    if (result.type === 'quads') {
      const quads = [];
      for await (const quad of result.quads) quads.push(quad);
      return new QueryResultQuads(quads);
    }
    const rows = [];
    for await (const row of result.rows) rows.push(Object.fromEntries(Object.entries(row).map(([k, v]) => [`?${k}`, v])));
    return new QueryResultBindings(result.variables.map((v) => `?${v}`), rows, /\bORDER\s+BY\b/i.test(query));
  },
};
