// The server and its data: invalid data at start-up is reported and nothing is served; a reload
// validates the new data first and swaps it in whole — pages and SPARQL queries both — or keeps
// the old graph serving and says why.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/http/server.ts';
import { smallFilmTrig, tempDataset, type TempDataset } from '../helpers/tempDataset.ts';

const INVALID = smallFilmTrig('<film/x-2000/review/r> a schema:Review ; schema:reviewBody "Hm."@en .');
let temp: TempDataset | undefined;
let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  temp?.remove();
  running = temp = undefined;
});

const start = (locations: TempDataset) => startServer({ port: 0, host: '127.0.0.1', logger: pino({ level: 'silent' }), locations, queryLimits: { timeoutMs: 20_000, maxConcurrent: 4, workers: 1 } });
const titlesByQuery = async (url: string) => {
  const response = await fetch(`${url}sparql?query=${encodeURIComponent('SELECT ?t WHERE { ?f a <http://schema.org/Movie> ; <http://schema.org/name> ?t } ORDER BY ?t')}`, { headers: { Accept: 'text/csv' } });
  expect(response.status).toBe(200);
  return (await response.text()).trim().split('\r\n').slice(1);
};
const titlesOfPage = async (url: string) =>
  (await (await fetch(`${url}film/x-2000`, { headers: { Accept: 'application/n-triples' } })).text())
    .split('\n')
    .filter((line) => line.includes('<http://schema.org/name>') && line.startsWith(`<${url}film/x-2000>`))
    .map((line) => /"([^"]*)"/.exec(line)![1])
    .sort();

describe('invalid data at start-up', () => {
  it('is reported, and nothing but 503 with the report is served', async () => {
    temp = tempDataset({ 'bad.trig': INVALID });
    running = await start(temp);
    const failure = await running.ready.then(() => undefined, (error: Error) => error);
    expect(failure?.message).toMatch(/bad\.trig: <film\/x-2000\/review\/r> schema:itemReviewed/);
    for (const path of ['film/x-2000', 'sparql?query=ASK%7B%7D', 'dump.nq', '']) {
      const response = await fetch(`${running.url}${path}`);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(await response.text()).toMatch(/^the catalogue could not be loaded: .*bad\.trig: <film\/x-2000\/review\/r> schema:itemReviewed/s);
    }
    expect(await (await fetch(`${running.url}healthz`)).json()).toMatchObject({ status: 'failed' });
  });
});

describe('reload', () => {
  it('swaps in valid data whole, for pages and queries alike, and keeps the old graph when the new one is invalid', async () => {
    temp = tempDataset({ 'film.trig': smallFilmTrig() });
    running = await start(temp);
    await running.ready;
    expect(await titlesOfPage(running.url)).toEqual(['X']);
    expect(await titlesByQuery(running.url)).toEqual(['X']);

    writeFileSync(join(temp.dataDir, 'film.trig'), smallFilmTrig('<film/x-2000> schema:name "X deux"@fr .'));
    expect(await running.reload()).toBeUndefined();
    expect(await titlesOfPage(running.url)).toEqual(['X', 'X deux']);
    expect(await titlesByQuery(running.url)).toEqual(['X', 'X deux']);

    writeFileSync(join(temp.dataDir, 'film.trig'), INVALID.replace('schema:name "X"@en', 'schema:name "X trois"@en'));
    const refusal = await running.reload();
    expect(refusal?.message).toMatch(/film\.trig: <film\/x-2000\/review\/r> schema:itemReviewed/);
    expect(await titlesOfPage(running.url)).toEqual(['X', 'X deux']);
    expect(await titlesByQuery(running.url)).toEqual(['X', 'X deux']);
  });
});
