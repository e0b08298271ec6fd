// Named queries: listed at /queries/ (JSON for programs, the query page for people), run at
// /queries/NAME in any result format, offered as tabs of the query editor, and runnable with
// `filmgraph query`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/server.ts';
import { startTestServer } from '../helpers/testServer.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { runCli } from '../helpers/runCli.ts';
import { parseBody } from '../helpers/rdfCompare.ts';

const REQUIRED = ['cast', 'crew', 'releases', 'reviews', 'awards', 'film-description', 'fact-sources'];
let running: RunningServer;
beforeAll(async () => {
  running = await startTestServer();
});
afterAll(() => running.close());

describe('/queries/', () => {
  it('lists the named queries as JSON, each with its title, description and URL', async () => {
    const list = (await (await fetch(`${running.url}queries/`, { headers: { Accept: 'application/json' } })).json()) as { name: string; title: string; description: string; url: string }[];
    expect(list.map((q) => q.name)).toEqual(expect.arrayContaining(REQUIRED));
    for (const q of list) {
      expect(q.title.length).toBeGreaterThan(3);
      expect(q.description.length).toBeGreaterThan(10);
      expect(q.url).toBe(`${running.baseIri}queries/${q.name}`);
    }
  });

  it('lists them for people on the query page, each linked', async () => {
    const page = await (await fetch(`${running.url}queries/`, { headers: { Accept: 'text/html' } })).text();
    for (const name of REQUIRED) expect(page).toContain(`href="${running.baseIri}queries/${name}"`);
  });

  it('runs a named query in the negotiated format', async () => {
    const csv = await (await fetch(`${running.url}queries/crew`, { headers: { Accept: 'text/csv' } })).text();
    expect(csv.split('\r\n')[0]).toBe('film,role,person');
    expect(csv).toContain(',editor,Juliette Welfling');
    const awards = (await (await fetch(`${running.url}queries/awards`, { headers: { Accept: 'application/sparql-results+json' } })).json()) as { results: { bindings: unknown[] } };
    expect(awards.results.bindings).toHaveLength(17);
    const description = await fetch(`${running.url}queries/film-description`, { headers: { Accept: 'text/turtle' } });
    const quads = await parseBody(await description.text(), 'ttl', running.baseIri);
    expect(quads.some((q) => q.subject.value.endsWith('/review/the-guardian'))).toBe(true);
  });

  it('404s an unknown name with a pointer to the list', async () => {
    const response = await fetch(`${running.url}queries/nothing-like-this`);
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/see .*queries\//);
  });
});

describe('the query editor at /sparql', () => {
  it('loads YASGUI from this server only, with a tab per named query, and runs a query', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('request', (r) => !r.url().startsWith(running.url.replace(/\/$/, '')) && !r.url().startsWith('data:') && problems.push(`outside request: ${r.url()}`));
      await page.goto(`${running.url}sparql`);
      await page.locator('.tabsList .tab').first().waitFor();
      const tabs = await page.locator('.tabsList .tab').allTextContents();
      expect(tabs.length).toBe((await (await fetch(`${running.url}queries/`, { headers: { Accept: 'application/json' } })).json()).length);
      expect(tabs.join(' ')).toContain('Cast and characters');
      await page.locator('.yasqe_queryButton').first().click();
      await page.locator('.yasr').getByText('Marion Cotillard').first().waitFor({ timeout: 15_000 });
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('offers a plain form that works without JavaScript', async () => {
    const page = await (await fetch(`${running.url}sparql`, { headers: { Accept: 'text/html' } })).text();
    expect(page).toMatch(/<form class="sparql-form" action="[^"]*\/sparql" method="get">/);
    expect(page).toMatch(/<textarea id="sparql-query" name="query"/);
  });
});

describe('filmgraph query', () => {
  it('runs a named query or a file, as TSV by default or in the format asked', () => {
    const byName = runCli(['query', 'crew']);
    expect(byName.status).toBe(0);
    expect(byName.stdout.split('\n')[0]).toBe('?film\t?role\t?person');
    const byFile = runCli(['query', 'queries/crew.rq', '--format', 'csv'], {}, new URL('../../', import.meta.url).pathname);
    expect(byFile.stdout).toContain(',director,Jacques Audiard');
  });

  it('refuses an update and a format the result cannot take, with a message', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const dir = mkdtempSync('/tmp/filmgraph-query-');
    try {
      writeFileSync(`${dir}/drop.rq`, 'DROP ALL');
      const update = runCli(['query', `${dir}/drop.rq`]);
      expect(update.status).toBe(1);
      expect(update.stderr).toMatch(/read-only: SPARQL Update/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const wrong = runCli(['query', 'crew', '--format', 'ttl']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/a SELECT result is given as json, xml, csv, tsv/);
  });
});
