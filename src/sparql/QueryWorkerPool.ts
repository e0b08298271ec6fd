// Runs queries in worker threads, each with its own copy of the dataset, so a time limit really
// stops the work: past it, the worker running the query is terminated and a fresh one started.
// Also holds the limit on queries in progress (running or waiting): past it, new queries are
// refused at once rather than queued without end. Each worker costs a copy of the store, so the
// default is one, and a replacement is started only when one is stopped. Each worker's heap is
// capped too: a query that builds up intermediate results (a cartesian product, say) grows by tens
// of MB a second, and without a cap only the time limit would bound it.
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { DataLocations } from '../store/dataFiles.ts';
import type { QueryResult, Row } from './SparqlEngine.ts';
import { fromWire, quadFromWire, type WireResult } from './wireTerms.ts';

export interface QueryPoolOptions {
  baseIri: string;
  locations?: DataLocations;
  workers: number;
  timeoutMs: number;
  maxConcurrent: number;
  /**
   * Heap each worker may use, its copy of the data included, in MB; past it the worker is stopped
   * (and its query refused). Unset: 1024, or four times the main thread's heap when the pool is
   * made (after the data is loaded) if that is more, so a large catalogue still fits.
   */
  memoryMb?: number;
  logger?: Logger;
}

/** A query stopped at the time limit (503 with Retry-After). */
export class QueryTimeoutError extends Error {
  name = 'QueryTimeoutError';
}
/** The query needed more memory than a worker may have; the worker was replaced (503 with Retry-After). */
export class QueryMemoryError extends Error {
  name = 'QueryMemoryError';
}
/** Too many queries in progress (503 with Retry-After). */
export class QueryOverloadError extends Error {
  name = 'QueryOverloadError';
}
/** The client went away while its query waited: it never ran. */
export class QueryCancelledError extends Error {
  name = 'QueryCancelledError';
}
/** The worker died while running the query. */
export class QueryWorkerCrashError extends Error {
  name = 'QueryWorkerCrashError';
}

interface Job {
  id: number;
  query: string;
  limit: number;
  resolve(result: WireResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
}

const WORKER_URL = new URL('./queryWorkerBootstrap.js', import.meta.url);

export class QueryWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  private readonly memoryMb: number;

  constructor(private readonly options: QueryPoolOptions) {
    this.memoryMb = options.memoryMb ?? Math.max(1024, 4 * Math.ceil(process.memoryUsage().heapUsed / 2 ** 20));
  }

  /** Starts the workers now rather than at the first query (each loads its copy of the data). */
  warm(): void {
    while (this.slots.length < Math.max(1, this.options.workers)) this.slots.push(this.spawn());
  }

  /** Queries running or waiting. */
  get inProgress(): number {
    return this.queue.length + this.slots.filter((s) => s.job).length;
  }

  /** Runs a query; `signal` aborts it while it waits (the client went away). */
  async run(query: string, limit: number, signal?: AbortSignal): Promise<QueryResult> {
    if (signal?.aborted) throw new QueryCancelledError('the client went away before the query ran');
    if (this.closed) throw new QueryOverloadError('the server is switching to new data or stopping: try again shortly');
    this.warm();
    if (this.inProgress >= this.options.maxConcurrent)
      throw new QueryOverloadError(`too many queries in progress (${this.options.maxConcurrent}, FILMGRAPH_MAX_CONCURRENT_QUERIES): try again shortly`);
    const result = await new Promise<WireResult>((resolve, reject) => {
      const job: Job = { id: this.nextId++, query, limit, resolve, reject };
      this.queue.push(job);
      // A client that went away no longer holds a place: its query leaves the queue. One already
      // running runs on (to its end or the time limit): stopping it would cost a fresh worker,
      // which a client could otherwise trigger at will with cheap queries.
      signal?.addEventListener(
        'abort',
        () => {
          const waiting = this.queue.indexOf(job);
          if (waiting < 0) return;
          this.queue.splice(waiting, 1);
          reject(new QueryCancelledError('the client went away before the query ran'));
        },
        { once: true },
      );
      this.dispatch();
    });
    return toQueryResult(result);
  }

  /**
   * Takes no new queries; stops the workers once the queries in progress are answered (or at
   * the time limit, which stops them anyway). For a reload: the old data's pool drains.
   */
  async retire(): Promise<void> {
    this.closed = true;
    const deadline = Date.now() + this.options.timeoutMs;
    while (this.inProgress > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await this.close();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the server is stopping'));
    await Promise.all(this.slots.map((slot) => (clearTimeout(slot.timer), slot.worker.terminate())));
  }

  private spawn(): Slot {
    // Only the folders cross to the thread (a caller's locations may carry functions).
    const locations = this.options.locations && { ontologyDir: this.options.locations.ontologyDir, dataDir: this.options.locations.dataDir, queriesDir: this.options.locations.queriesDir };
    const worker = new Worker(WORKER_URL, {
      workerData: { baseIri: this.options.baseIri, locations },
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb },
    });
    let failure: Error | undefined;
    const slot: Slot = { worker, ready: false };
    worker.on('message', (message: { ready?: boolean; id?: number; result?: WireResult }) => {
      if (message.ready) {
        slot.ready = true;
        return this.dispatch();
      }
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      clearTimeout(slot.timer);
      slot.job = undefined;
      job.resolve(message.result!);
      this.dispatch();
    });
    worker.on('error', (error: NodeJS.ErrnoException) => {
      failure = error;
      this.options.logger?.error({ err: error }, 'query worker failed');
    });
    worker.on('exit', () => {
      if (this.closed || !this.slots.includes(slot)) return;
      if (!slot.ready) {
        // It could not even start: no hot loop of restarts; the waiting queries get the reason,
        // and the next query tries again.
        this.slots.splice(this.slots.indexOf(slot), 1);
        const reason = new QueryWorkerCrashError(
          `the query worker could not start: ${outOfMemory(failure) ? `its copy of the data does not fit in ${this.memoryMb} MiB (FILMGRAPH_QUERY_MEMORY_MB)` : (failure?.message ?? 'it exited')}`,
        );
        if (this.slots.every((s) => !s.ready)) for (const job of this.queue.splice(0)) job.reject(reason);
        return;
      }
      // Died on its own (not stopped at a time limit): the query it ran gets an error, and a
      // fresh worker takes its place.
      this.options.logger?.error({ err: failure }, 'query worker died while running a query; starting another');
      slot.job?.reject(
        outOfMemory(failure)
          ? new QueryMemoryError(`the query needed more memory than a query worker may use (${this.memoryMb} MB, FILMGRAPH_QUERY_MEMORY_MB) and was stopped`)
          : new QueryWorkerCrashError(`the query worker stopped unexpectedly while running this query (${failure?.message ?? 'it exited'})`),
      );
      this.replace(slot);
    });
    return slot;
  }

  private replace(slot: Slot): void {
    clearTimeout(slot.timer);
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots[index] = this.spawn();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.job) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => this.stop(slot, job), this.options.timeoutMs);
      slot.worker.postMessage({ id: job.id, query: job.query, limit: job.limit });
    }
  }

  /** The time limit: terminate the worker (this really stops the work) and start another. */
  private stop(slot: Slot, job: Job): void {
    if (slot.job !== job) return;
    this.options.logger?.warn({ timeoutMs: this.options.timeoutMs }, 'query stopped at the time limit');
    job.reject(new QueryTimeoutError(`the query ran longer than ${this.options.timeoutMs} ms (FILMGRAPH_QUERY_TIMEOUT_MS) and was stopped`));
    const index = this.slots.indexOf(slot);
    this.slots[index] = this.spawn();
    void slot.worker.terminate();
  }
}

const outOfMemory = (error: Error | undefined) => (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/** The engine failed on a query that passed the checks (an unsupported feature, say). */
export class QueryEvaluationError extends Error {
  name = 'QueryEvaluationError';
}

function toQueryResult(result: WireResult): QueryResult {
  if (result.type === 'error') throw new QueryEvaluationError(`the query could not be evaluated: ${result.message}`);
  if (result.type === 'boolean') return result;
  if (result.type === 'quads') return { type: 'quads', quads: iterate(result.quads.map(quadFromWire)) };
  const rows: Row[] = result.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, fromWire(v)])));
  return { type: 'bindings', variables: result.variables, rows: iterate(rows) };
}

async function* iterate<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}
