// Drives a server with the workload (bench/workload.ts) through autocannon: one autocannon
// instance per kind of request, sharing the connections by weight, all running at once. One
// instance per kind so each kind's latencies and outcomes are its own; autocannon keeps only 2xx
// latencies in its histogram, so every response's time and outcome is recorded here.
import autocannon from 'autocannon';
import { classify, shareConnections, type Outcome, type RequestKind } from './workload.ts';

export interface LoadOptions {
  /** The server's origin, e.g. http://127.0.0.1:3000 (workload paths are from its root). */
  origin: string;
  kinds: RequestKind[];
  connections: number;
  /** How long every kind runs; or, with `requestsPerConnection`, until each connection has had that many answers. */
  durationSeconds?: number;
  requestsPerConnection?: number;
  /** A response slower than this is a timeout, counted as an error. */
  timeoutSeconds: number;
  /** Requests per second per connection; unlimited (closed loop) when absent. */
  connectionRate?: number;
}

export interface KindTally {
  name: string;
  connections: number;
  requests: number;
  successes: number;
  limits: number;
  errors: number;
  /** Up to a few descriptions of the errors (status and start of the body, or the socket error). */
  errorSamples: string[];
  statuses: Record<number, number>;
  /** Response times of the successes, in ms (of the deliberate limits where nothing succeeded). */
  p50: number | undefined;
  p99: number | undefined;
  /** Which responses p50 and p99 describe. */
  timesOf: 'successes' | 'limits' | 'none';
}

export async function driveLoad(options: LoadOptions): Promise<KindTally[]> {
  const shares = shareConnections(options.kinds, options.connections);
  return Promise.all(options.kinds.map((kind, i) => driveKind(kind, shares[i], options)));
}

async function driveKind(kind: RequestKind, connections: number, options: LoadOptions): Promise<KindTally> {
  const tally: KindTally = { name: kind.name, connections, requests: 0, successes: 0, limits: 0, errors: 0, errorSamples: [], statuses: {}, p50: undefined, p99: undefined, timesOf: 'none' };
  const times: Record<Outcome, number[]> = { success: [], limit: [], error: [] };
  const error = (description: string) => {
    tally.errors++;
    if (tally.errorSamples.length < 5) tally.errorSamples.push(description);
  };
  // autocannon calls a request's onResponse (which has the headers) and then, synchronously on
  // the same response, emits 'response' (which has the time): the outcome passes between them.
  let outcome: Outcome = 'error';
  const requests = kind.requests.map((r) => ({
    method: r.method,
    path: r.path,
    headers: r.headers,
    body: r.body,
    onResponse(status: number, body: string, _context: unknown, headers: Record<string, string | string[] | undefined> | undefined) {
      outcome = classify(kind, status, headers ?? {});
      if (outcome === 'error') error(`${r.method} ${r.path.slice(0, 80)} → ${status}: ${String(body).slice(0, 160).trim()}`);
    },
  }));
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.origin,
        connections,
        duration: options.durationSeconds ?? 10,
        amount: options.requestsPerConnection === undefined ? undefined : options.requestsPerConnection * connections,
        timeout: options.timeoutSeconds,
        connectionRate: options.connectionRate,
        requests,
      },
      (failure) => (failure ? reject(failure) : resolve()),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      tally.requests++;
      tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
      if (outcome === 'success') tally.successes++;
      else if (outcome === 'limit') tally.limits++;
      times[outcome].push(responseTime);
      outcome = 'error';
    });
    // Socket errors and timeouts: no response at all.
    instance.on('reqError', (e: Error) => {
      tally.requests++;
      error(`no response: ${e.message}`);
    });
  });
  tally.timesOf = times.success.length > 0 ? 'successes' : times.limit.length > 0 ? 'limits' : 'none';
  const measured = tally.timesOf === 'successes' ? times.success : times.limit;
  tally.p50 = percentile(measured, 50);
  tally.p99 = percentile(measured, 99);
  return tally;
}

function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The tallies as a Markdown table (ms rounded). */
export function tallyTable(tallies: KindTally[]): string {
  const ms = (v: number | undefined) => (v === undefined ? '–' : v < 10 ? v.toFixed(1) : String(Math.round(v)));
  const rows = tallies.map((t) => `| ${t.name} | ${t.connections} | ${t.requests} | ${t.successes} | ${t.limits} | ${t.errors} | ${ms(t.p50)} | ${ms(t.p99)}${t.timesOf === 'limits' ? ' (of limits)' : ''} |`);
  const total = (key: 'requests' | 'successes' | 'limits' | 'errors') => tallies.reduce((sum, t) => sum + t[key], 0);
  return [
    '| kind | connections | requests | answered | deliberate limits | errors | p50 ms | p99 ms |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    `| **all** | ${tallies.reduce((s, t) => s + t.connections, 0)} | ${total('requests')} | ${total('successes')} | ${total('limits')} | ${total('errors')} | | |`,
  ].join('\n');
}
