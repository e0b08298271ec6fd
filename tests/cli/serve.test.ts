// `filmgraph serve` as users run it: a child process that prints where it listens, serves, and
// stops on SIGTERM; invalid data stops it with a report and a non-zero exit code.
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { Parser } from 'n3';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { smallFilmTrig, tempDataset, type TempDataset } from '../helpers/tempDataset.ts';

const BIN = fileURLToPath(new URL('../../bin/filmgraph.js', import.meta.url));
let child: ChildProcess | undefined;
let temp: TempDataset | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
  temp?.remove();
});

function serve(args: string[], env: Record<string, string> = {}) {
  child = spawn(process.execPath, [BIN, 'serve', ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    child!.stdout!.on('data', () => {
      const match = /^listening on (\S+)$/m.exec(stdout);
      if (match) resolve(match[1]);
    });
    child!.on('exit', () => reject(new Error(`exited before listening: ${stderr}`)));
  });
  listening.catch(() => {}); // a test that expects an early exit does not wait for it
  return { listening, exited, output: () => ({ stdout, stderr }) };
}

async function until(url: string, status: number): Promise<Response> {
  for (let i = 0; i < 200; i++) {
    const response = await fetch(url).catch(() => undefined);
    if (response?.status === status) return response;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} never answered ${status}`);
}

describe('filmgraph serve', () => {
  it('takes PORT from the environment (0: a free port), prints where it listens, serves, and stops on SIGTERM', async () => {
    const run = serve([], { PORT: '0' });
    const url = await run.listening;
    expect(url).toMatch(/^http:\/\/localhost:\d+\/$/);
    const health = await until(`${url}healthz`, 200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const page = await fetch(`${url}film/de-rouille-et-d-os-2012`, { headers: { Accept: 'text/turtle' } });
    expect(await page.text()).toContain(`<${url}film/de-rouille-et-d-os-2012>`);
    child!.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('lets the --port flag win over PORT, and follows BASE_IRI in the data', async () => {
    const run = serve(['--port', '0'], { PORT: '1', BASE_IRI: 'https://films.example.org/' });
    const url = await run.listening;
    await until(`${url}healthz`, 200);
    expect(run.output().stdout).toMatch(/base IRI https:\/\/films\.example\.org\//);
    const page = await fetch(`${url}film/de-rouille-et-d-os-2012`, { headers: { Accept: 'application/n-triples' } });
    expect(await page.text()).toContain('<https://films.example.org/film/de-rouille-et-d-os-2012>');
  });

  it('serves nothing and exits 1 with a report when the data is invalid', async () => {
    temp = tempDataset({ 'bad.trig': smallFilmTrig('<film/x-2000/review/r> a schema:Review ; schema:reviewBody "Hm."@en .') });
    const run = serve(['--port', '0', '--data', temp.dataDir, '--ontology', temp.ontologyDir]);
    expect(await run.exited).toBe(1);
    expect(run.output().stderr).toMatch(/bad\.trig: <film\/x-2000\/review\/r> schema:itemReviewed/);
  });

  it('refuses a bad port with a message', async () => {
    const run = serve(['--port', 'eighty']);
    expect(await run.exited).not.toBe(0);
    expect(run.output().stderr).toMatch(/"eighty" is not a port number/);
  });
});

/** A GET on a new connection (no pooled keep-alive socket); the body is read at the caller's pace. */
function getFresh(url: string, accept: string): Promise<{ status: number; body: Promise<string>; pause(): void; resume(): void }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers: { Accept: accept } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      const ended = new Promise<string>((done, fail) => res.on('data', (d) => (body += d)).on('end', () => done(body)).on('error', fail));
      resolve({ status: res.statusCode!, body: ended, pause: () => res.pause(), resume: () => res.resume() });
    });
    req.on('error', reject).end();
  });
}

describe('stopping', () => {
  it('on SIGTERM, finishes the requests under way, refuses new connections, and exits 0', async () => {
    const run = serve([], { PORT: '0' });
    const url = await run.listening;
    await until(`${url}healthz`, 200);
    // A query of about a second, run once to know its answer (and to start the query worker).
    const slowQuery = `${url}sparql?query=${encodeURIComponent('SELECT (COUNT(*) AS ?n) WHERE { ?a a ?c . ?d ?e ?f }')}`;
    const expected = await (await getFresh(slowQuery, 'text/csv')).body;
    expect(expected).toMatch(/^n\r\n\d+\r\n$/);
    const fullDump = await (await getFresh(`${url}dump.nq`, 'application/n-quads')).body;

    // A dump read slowly and the query, both under way when SIGTERM comes.
    const dump = await getFresh(`${url}dump.nq`, 'application/n-quads');
    dump.pause();
    const query = getFresh(slowQuery, 'text/csv');
    await new Promise((r) => setTimeout(r, 200));
    const stoppedAt = Date.now();
    child!.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    const refused = await getFresh(`${url}healthz`, 'text/plain').then(
      () => 'answered',
      (error: NodeJS.ErrnoException) => error.code,
    );
    expect(refused).toBe('ECONNREFUSED');

    const answer = await query;
    const answeredAt = Date.now();
    expect(answer.status).toBe(200);
    expect(await answer.body).toBe(expected);
    expect(answeredAt).toBeGreaterThan(stoppedAt); // it was under way, not answered before
    dump.resume();
    expect(dump.status).toBe(200);
    const dumped = await dump.body;
    expect(dumped).toBe(fullDump);
    expect(new Parser({ format: 'N-Quads' }).parse(dumped).length).toBeGreaterThan(1000);
    expect(await run.exited).toBe(0);
  });
});

describe('reloads', () => {
  it('serves a changed data file once it validates, keeps the old graph when it does not, and reloads on SIGHUP', async () => {
    temp = tempDataset({ 'film.trig': smallFilmTrig() });
    const run = serve(['--port', '0', '--data', temp.dataDir, '--ontology', temp.ontologyDir], { LOG_LEVEL: 'info' });
    const url = await run.listening;
    await until(`${url}healthz`, 200);
    const titles = async () =>
      (await (await fetch(`${url}film/x-2000`, { headers: { Accept: 'application/n-triples' } })).text())
        .split('\n')
        .filter((line) => line.startsWith(`<${url}film/x-2000> <http://schema.org/name> `))
        .map((line) => line.replace(/^<[^>]*> <[^>]*> (.*) \.$/, '$1'))
        .sort();
    expect(await titles()).toEqual(['"X"@en']);
    const { writeFileSync: write, renameSync } = await import('node:fs');
    // Whole files at once (write, then rename), as editors and deploy tools do.
    const writeFileSync = (path: string, text: string) => {
      write(`${path}.tmp`, text);
      renameSync(`${path}.tmp`, path);
    };

    // A valid change is picked up by the watcher.
    writeFileSync(`${temp.dataDir}/film.trig`, smallFilmTrig('<film/x-2000> schema:name "X again"@fr .'));
    for (let i = 0; i < 100 && !(await (await fetch(`${url}film/x-2000`)).text()).includes('X again'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await titles()).toEqual(['"X again"@fr', '"X"@en']);

    // An invalid one is refused whole: the last good graph keeps serving, and the log says why.
    writeFileSync(`${temp.dataDir}/film.trig`, smallFilmTrig('<film/x-2000/review/r> a schema:Review .'));
    const refusal = () => run.output().stderr.split('\n').find((line) => line.includes('reload refused') && line.includes('schema:itemReviewed'));
    for (let i = 0; i < 100 && !refusal(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(refusal(), run.output().stderr.split("\n").filter((l) => l.includes("reload")).join("\n").slice(0, 3000)).toBeTruthy();
    expect(await titles()).toEqual(['"X again"@fr', '"X"@en']);

    // SIGHUP reloads too (here, back to a valid file written while watching is quiet).
    writeFileSync(`${temp.dataDir}/film.trig`, smallFilmTrig());
    child!.kill('SIGHUP');
    for (let i = 0; i < 100 && (await (await fetch(`${url}film/x-2000`)).text()).includes('X again'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await titles()).toEqual(['"X"@en']);
  });
});
