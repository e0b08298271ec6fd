// The pages in a real browser (Debian Chromium via playwright-core): they render with their
// stylesheet and no blocked resource, their links resolve, the JSON-LD read from the rendered DOM
// expands to triples that are all in the store, and hostile literals stay inert.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import jsonld from 'jsonld';
import { DataFactory, Parser } from 'n3';
import type { RunningServer } from '../../src/http/server.ts';
import { documentLoader } from '../../src/representations/jsonld/documentLoader.ts';
import { startTestServer, embeddedCatalogue } from '../helpers/testServer.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { withTemporalLiteralsPlain } from '../helpers/temporalLiterals.ts';
import { tripleKey } from '../representations/jsonld/rdfHelpers.ts';
import { tempDataset, type TempDataset } from '../helpers/tempDataset.ts';
import { HOSTILE_LITERALS, hostileFilmTrig } from '../helpers/hostileLiterals.ts';

const SCHEMA = 'http://schema.org/';
let browser: Browser;
let running: RunningServer;
beforeAll(async () => {
  [browser, running] = await Promise.all([launchBrowser(), startTestServer()]);
});
afterAll(async () => {
  await browser?.close();
  await running?.close();
});

async function open(url: string) {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  const response = await page.goto(url);
  return { page, problems, response };
}

/** The JSON-LD of a rendered page, expanded to N-Triples with the offline loader. */
async function structuredTriples(page: import('playwright-core').Page) {
  const text = await page.locator('script[type="application/ld+json"]').textContent();
  const nquads = (await jsonld.toRDF(JSON.parse(text!), { format: 'application/n-quads', documentLoader } as never)) as unknown as string;
  return new Parser({ format: 'N-Quads' }).parse(nquads);
}

describe('pages in Chromium', () => {
  it.each([
    ['film/de-rouille-et-d-os-2012', 'Rust and Bone'],
    ['film/de-rouille-et-d-os-2012?lang=fr', 'De rouille et d’os'],
    ['person/marion-cotillard', 'Marion Cotillard'],
    ['organization/the-guardian', 'The Guardian'],
  ])('%s renders, styled, with nothing blocked or failing', async (path, heading) => {
    const { page, problems, response } = await open(`${running.url}${path}`);
    expect(response!.status()).toBe(200);
    expect((await page.locator('h1').first().textContent())?.trim()).toBe(heading);
    // The stylesheet applied: the body is not in the browser's default serif at 16px margin 8px.
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).not.toBe('8px');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('has links that all resolve', async () => {
    const { page } = await open(`${running.url}film/de-rouille-et-d-os-2012`);
    // getAttribute: the SVG's <a> elements have no string .href.
    const hrefs = await page.evaluate(() => [...new Set([...document.querySelectorAll('a[href]')].map((a) => new URL(a.getAttribute('href')!, document.baseURI).href))]);
    await page.close();
    const local = hrefs.filter((h) => h.startsWith(running.baseIri) && !h.includes('#'));
    expect(local.length).toBeGreaterThan(40);
    for (const href of local) {
      const response = await fetch(href.replace(running.baseIri, running.url), { headers: { Accept: 'text/html' } });
      expect({ href, status: response.status }).toEqual({ href, status: 200 });
    }
  });

  it('embeds JSON-LD whose every triple is in the store (reviews and quotes read the other way)', async () => {
    const { page } = await open(`${running.url}film/de-rouille-et-d-os-2012`);
    const triples = await structuredTriples(page);
    await page.close();
    expect(triples.length).toBeGreaterThan(50);
    const merge = new Set(embeddedCatalogue(running).loaded.store.triples().map((q) => withTemporalLiteralsPlain(tripleKey(q))));
    for (const t of triples) {
      // schema:review is itemReviewed read backwards, schema:subjectOf is about read backwards;
      // dates are plain strings in structured data, compared by lexical form.
      const inverse = { [`${SCHEMA}review`]: `${SCHEMA}itemReviewed`, [`${SCHEMA}subjectOf`]: `${SCHEMA}about` }[t.predicate.value];
      const stated = inverse ? DataFactory.quad(t.object as never, DataFactory.namedNode(inverse), t.subject) : t;
      const key = withTemporalLiteralsPlain(tripleKey(stated));
      expect({ key, held: merge.has(key) }).toEqual({ key, held: true });
    }
  });
});

describe('hostile literals', () => {
  let temp: TempDataset;
  let hostile: RunningServer;
  // HTML and script, JSON-LD and Turtle syntax, controls, bidi overrides, a 200 KB text...
  const title = HOSTILE_LITERALS.find((l) => l.property === 'name' && l.language === 'fr')!.value;
  beforeAll(async () => {
    temp = tempDataset({
      'film.trig': hostileFilmTrig(`<film/x-2000/review/p> a schema:Review ; schema:itemReviewed <film/x-2000> ; schema:reviewBody "<img src=x onerror=alert(2)> <!-- \\u2028"@en ;
          schema:publisher <organization/p> .
        <organization/p> a schema:Organization ; schema:name "<b onmouseover=alert(3)>P</b>" .`),
    });
    hostile = await startTestServer({ locations: temp });
  });
  afterAll(async () => {
    await hostile?.close();
    temp?.remove();
  });

  it('stay inert text in the page and intact in its JSON-LD', async () => {
    const { page, problems } = await open(`${hostile.url}film/x-2000?lang=fr`);
    expect((await page.locator('h1').first().textContent())?.trim()).toBe(title);
    await page.locator('text=P').first().hover().catch(() => {});
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    const triples = await structuredTriples(page);
    expect(triples.map((t) => t.object.value)).toContain(title);
    expect(problems.filter((p) => p.startsWith('dialog'))).toEqual([]);
    await page.close();
  });

  it.each(['fr', 'en'])('are in the page (lang=%s) verbatim, and nothing they hold runs or is added', async (lang) => {
    const { page, problems } = await open(`${hostile.url}film/x-2000?lang=${lang}`);
    const text = await page.evaluate(() => document.body.textContent ?? '');
    // Every title is shown (the main one or among the others), the description of the page's language, the country.
    const shown = HOSTILE_LITERALS.filter((l) => l.property === 'name' || l.language === lang);
    for (const literal of shown) expect({ what: literal.what, found: text.includes(literal.value) }).toEqual({ what: literal.what, found: true });
    // No element, handler or style from the data: only the page's own scripts and styles.
    expect(await page.evaluate(() => [...document.querySelectorAll('script:not([type="application/ld+json"]), style, svg[onload], img[onerror], [onmouseover]')].map((e) => e.outerHTML.slice(0, 80)))).toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
    // The embedded JSON-LD holds every literal exactly.
    const objects = new Set((await structuredTriples(page)).map((t) => t.object.value));
    for (const literal of shown) expect({ what: literal.what, found: objects.has(literal.value) }).toEqual({ what: literal.what, found: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
