// The reference server of the benchmark: Oxigraph (in memory) behind a minimal node:http server,
// holding the same quads filmgraph serves (its N-Quads dump: the named graphs and the merge in
// the default graph, so queries see the same default graph on both sides).
//   node --import tsx bench/scale/oxigraphServer.ts DUMP.nq
//   GET  /describe?iri=IRI   the equivalent of filmgraph's description of IRI, as Turtle
//   POST /sparql             a query (application/sparql-query); results as the Accept header asks
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { Store } from 'oxigraph';
import { describeQuery } from './queries.ts';

const store = new Store();
store.load(readFileSync(process.argv[2], 'utf8'), { format: 'application/n-quads' });

const RESULT_TYPES = ['application/sparql-results+json', 'application/n-triples', 'text/turtle'];

const server = createServer((request, response) => {
  const url = new URL(request.url!, 'http://localhost');
  const answer = (query: string, type: string) => {
    try {
      const body = store.query(query, { results_format: type }) as string;
      response.writeHead(200, { 'Content-Type': type }).end(body);
    } catch (error) {
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end(String(error));
    }
  };
  if (request.method === 'GET' && url.pathname === '/describe') return answer(describeQuery(url.searchParams.get('iri')!), 'text/turtle');
  if (request.method === 'POST' && url.pathname === '/sparql') {
    let query = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (query += chunk));
    request.on('end', () => {
      const accept = request.headers.accept ?? '';
      answer(query, RESULT_TYPES.find((t) => accept.includes(t)) ?? RESULT_TYPES[0]);
    });
    return;
  }
  response.writeHead(404).end();
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  process.stdout.write(`listening on http://127.0.0.1:${port}/\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
