// The limits of the dereference benchmark: the very bytes filmgraph sends for a page, precomputed
// and served by a bare Express route (the limit within the framework) and by bare node:http.
//   node bench/scale/staticServers.ts express|node FILE CONTENT_TYPE
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import express from 'express';

const [kind, file, contentType] = process.argv.slice(2);
const body = readFileSync(file);
const headers = { 'Content-Type': contentType, 'Content-Length': String(body.length) };

const server =
  kind === 'express'
    ? createServer(express().get('/', (_request, response) => void response.set(headers).end(body)))
    : createServer((_request, response) => void response.writeHead(200, headers).end(body));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  process.stdout.write(`listening on http://127.0.0.1:${port}/\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
