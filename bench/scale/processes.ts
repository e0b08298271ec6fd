// Child processes of the benchmark: each server under test runs in its own process, so its
// memory is its own (read from /proc) and the load generator does not share its event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Child {
  process: ChildProcess;
  /** The URL the child printed on its `listening on URL` line. */
  url: string;
  stop(): Promise<void>;
}

/** Runs `node [nodeArgs] script args` (with `env` added to this process's environment) and waits for its `listening on URL` line. */
export async function startChild(script: string, args: string[], nodeArgs: string[] = [], env?: Record<string, string>): Promise<Child> {
  const child = spawn(process.execPath, [...nodeArgs, script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: env ? { ...process.env, ...env } : process.env });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before listening:\n${stderr}`)));
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000).then(() => child.kill('SIGKILL'))]);
  };
  return { process: child, url, stop };
}

/** Polls `url` until it answers 200 (a server that listens before it has loaded its data). */
export async function waitUntilOk(url: string, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(url).then((r) => (r.body?.cancel(), r.status), () => 0);
    if (status === 200) return;
    await sleep(100);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

const statusField = (pid: number, field: string): number => {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : NaN;
};

/** Resident memory of a process now, in bytes. */
export const rssOf = (pid: number) => statusField(pid, 'VmRSS');

/**
 * Watches a process's peak resident memory from now on: the kernel's high-water mark, reset
 * first (clear_refs 5), and samples every 50 ms in case the reset is not allowed.
 */
export function watchPeakRss(pid: number): { stop(): number } {
  let peak = rssOf(pid);
  let reset = true;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    reset = false;
  }
  const timer = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 50);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, reset ? statusField(pid, 'VmHWM') : 0, rssOf(pid));
    },
  };
}
