// The home page lists the catalogue (paged), and /search finds names, titles and texts,
// accent-insensitively, as HTML and as JSON-LD.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/server.ts';
import { startTestServer } from '../helpers/testServer.ts';
import { tempDataset, smallFilmTrig } from '../helpers/tempDataset.ts';

let running: RunningServer;
beforeAll(async () => {
  running = await startTestServer();
});
afterAll(() => running.close());

const html = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${running.url}${path}`, { headers: { Accept: 'text/html', ...headers } });
  return { status: response.status, text: await response.text() };
};

describe('home page', () => {
  it('lists films, people, organizations and awards, each linked', async () => {
    const { status, text } = await html('');
    expect(status).toBe(200);
    expect(text).toContain(`href="${running.baseIri}film/de-rouille-et-d-os-2012"`);
    expect(text).toContain(`href="${running.baseIri}person/marion-cotillard"`);
    expect(text).toContain(`href="${running.baseIri}organization/the-guardian"`);
    expect(text).toContain(`href="${running.baseIri}film/de-rouille-et-d-os-2012/nomination/marion-cotillard-cesar-awards"`);
  });

  it('pages a list, and refuses a page number that is not one', async () => {
    expect((await html('?people=2')).text).not.toContain(`href="${running.baseIri}person/marion-cotillard"`);
    const bad = await fetch(`${running.url}?people=zero`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/"people" is a page number/);
  });

  it('links the pages of a list after the last and before the first thing shown, as page numbers reach them', async () => {
    // 120 people: three pages of 50.
    const data = tempDataset({ 'curated/x.trig': smallFilmTrig(Array.from({ length: 120 }, (_, i) => `<person/p${i}> a schema:Person ; schema:name "Person ${i}" .`).join('\n')) });
    const many = await startTestServer({ locations: data });
    const html = async (path: string) => (await fetch(`${many.url}${path}`, { headers: { Accept: 'text/html' } })).text();
    try {
      const section = (text: string) => /<section[^>]*id="home-people"[\s\S]*?<\/section>/.exec(text)![0];
      const people = (text: string) => [...section(text).matchAll(/<li><a href="([^"]*)"/g)].map((m) => m[1]);
      const link = (text: string, rel: string) => new RegExp(`<a href="${many.baseIri}([^"]*)" rel="${rel}"`).exec(section(text))?.[1].replace(/&amp;/g, '&');
      const first = await html('');
      const next = link(first, 'next')!;
      expect(next).toBe(`?people-after=${people(first).at(-1)!.slice(many.baseIri.length)}#home-people`);
      const second = await html(next);
      expect(people(second)).toEqual(people(await html('?people=2')));
      expect(people(second).some((p) => people(first).includes(p))).toBe(false);
      expect(people(await html(link(second, 'prev')!))).toEqual(people(first));
      expect(link(first, 'prev')).toBeUndefined();
      const unknown = await fetch(`${many.url}?people-after=person/nobody`);
      expect(unknown.status).toBe(400);
      expect(await unknown.text()).toMatch(/"person\/nobody" is not in the list of people/);
      const third = await html(link(second, 'next')!);
      expect(people(third)).toHaveLength(20);
      expect(people(await html('?people=3'))).toEqual(people(third));
      expect(link(third, 'next')).toBeUndefined();
    } finally {
      await many.close();
      data.remove();
    }
  });

  it('is in French at ?lang=fr and by Accept-Language', async () => {
    expect((await html('?lang=fr')).text).toMatch(/<html lang="fr"/);
    expect((await html('', { 'Accept-Language': 'fr-FR,fr;q=0.9' })).text).toMatch(/<html lang="fr"/);
  });
});

describe('/search', () => {
  it('finds Stéphanie when asked for stephanie', async () => {
    const { text } = await html('search?q=stephanie');
    expect(text).toContain(`href="${running.baseIri}film/de-rouille-et-d-os-2012/character/stephanie"`);
    expect(text).toMatch(/Stéphanie/);
  });

  it('finds a film by a word of a review and people by name, as JSON-LD', async () => {
    const response = await fetch(`${running.url}search?q=${encodeURIComponent('cotillard')}`, { headers: { Accept: 'application/ld+json' } });
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const body = (await response.json()) as { '@type': string; mainEntity: { itemListElement: { item: { '@id': string } }[] } };
    expect(body['@type']).toBe('SearchResultsPage');
    const ids = body.mainEntity.itemListElement.map((e) => e.item['@id']);
    expect(ids[0]).toBe(`${running.baseIri}person/marion-cotillard`);
    expect(ids).toContain(`${running.baseIri}film/de-rouille-et-d-os-2012/review/the-guardian`);
  });

  it('refuses an overlong query with 400', async () => {
    const response = await fetch(`${running.url}search?q=${'a'.repeat(201)}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/longer than 200 characters/);
  });
});
