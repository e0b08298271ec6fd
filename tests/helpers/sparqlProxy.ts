// A real HTTP server in front of a SPARQL endpoint, for tests that watch or disturb what an
// instance sends: each request is read whole and handed to `handle`, which may answer it itself or
// pass it on with `forward` (the answer's status, type and Virtuoso's limit headers kept).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface ProxiedRequest {
  req: IncomingMessage;
  res: ServerResponse;
  /** The SPARQL query, from the URL or a form body. */
  query: string | undefined;
  /** Passes the request on to the endpoint and sends its answer back. */
  forward(): Promise<void>;
}

export interface SparqlProxy {
  /** The endpoint's URL through the proxy. */
  endpoint: string;
  /** Stops it, closing every connection (a test may have left some hanging). */
  close(): Promise<void>;
}

export async function startSparqlProxy(queryEndpoint: string, handle: (request: ProxiedRequest) => unknown = (r) => r.forward()): Promise<SparqlProxy> {
  const upstream = new URL(queryEndpoint);
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const query = new URL(req.url!, upstream).searchParams.get('query') ?? new URLSearchParams(body.toString()).get('query') ?? undefined;
    const forward = async () => {
      const answer = await fetch(new URL(req.url!, upstream), {
        method: req.method,
        headers: Object.fromEntries(['accept', 'content-type'].filter((h) => req.headers[h]).map((h) => [h, String(req.headers[h])])),
        body: req.method === 'POST' ? body : undefined,
      });
      const headers = Object.fromEntries(['content-type', 'x-sparql-maxrows', 'x-sql-state'].filter((h) => answer.headers.get(h)).map((h) => [h, answer.headers.get(h)!]));
      res.writeHead(answer.status, headers).end(Buffer.from(await answer.arrayBuffer()));
    };
    await handle({ req, res, query, forward });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as { port: number }).port}${upstream.pathname}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
