// One HTTP request with node:http rather than fetch: the path exactly as given (fetch's URL
// would normalise it), the body bytes as sent (fetch would decompress them), every header.
import { request } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** `server` is the server's URL (http://127.0.0.1:PORT/...); only its port is used. */
export function rawRequest(server: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const { port } = new URL(server);
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer to ${options.method ?? 'GET'} ${path.slice(0, 80)}`))).on('error', reject);
    req.end(options.body);
  });
}
