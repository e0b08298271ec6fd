// Measuring: repeated timings with a proper warm-up (the JIT changes Comunica's figures several
// fold over the first hundred runs), percentiles, and autocannon for request rates.
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

export const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
};

export interface Budget {
  /** Most runs, and most seconds, for warming up and for timing (whichever ends first). */
  warmRuns: number;
  warmSeconds: number;
  runs: number;
  seconds: number;
}

/** Times `run(i)` after warming it up; returns the milliseconds of each timed run. */
export async function timeRuns(run: (i: number) => Promise<unknown>, budget: Budget): Promise<number[]> {
  let i = 0;
  const warmEnd = performance.now() + budget.warmSeconds * 1000;
  for (let n = 0; n < budget.warmRuns && performance.now() < warmEnd; n++) await run(i++);
  const times: number[] = [];
  const end = performance.now() + budget.seconds * 1000;
  while (times.length < 3 || (times.length < budget.runs && performance.now() < end)) {
    const start = performance.now();
    await run(i++);
    times.push(performance.now() - start);
  }
  return times;
}

export interface Rate {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** Requests answered in all. */
  total: number;
}

/** Requests per second at `connections` connections for `seconds` (autocannon, loopback). */
export async function requestRate(url: string, headers: Record<string, string>, connections: number, seconds: number): Promise<Rate> {
  const result = await autocannon({ url, headers, connections, duration: seconds });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
  };
}
