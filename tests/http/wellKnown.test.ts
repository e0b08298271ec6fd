// The dataset describes itself: VoID/DCAT at /.well-known/void (and on the base IRI for RDF
// clients), a sitemap of every page in both languages, robots.txt naming it — at the server's
// root even when the base IRI has a path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import type { RunningServer } from '../../src/http/server.ts';
import { startTestServer, embeddedCatalogue } from '../helpers/testServer.ts';
import { parseBody } from '../helpers/rdfCompare.ts';

const VOID = 'http://rdfs.org/ns/void#';
let running: RunningServer;
let origin: string;
beforeAll(async () => {
  // A base with a path, on a host name other than the socket's: routes must follow the base.
  running = await startTestServer({ baseIri: 'http://films.example.org/catalogue/' });
  origin = running.url.replace(/\/catalogue\/$/, '');
});
afterAll(() => running.close());

describe('/.well-known/void', () => {
  it('states size, graphs with their sources, classes, dumps, vocabularies and licence', async () => {
    const response = await fetch(`${origin}/.well-known/void`, { headers: { Accept: 'text/turtle' } });
    expect(response.status).toBe(200);
    const quads = await parseBody(await response.text(), 'ttl', running.baseIri);
    const dataset = running.baseIri;
    const objects = (p: string, s = dataset) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);
    expect(Number(objects(`${VOID}triples`)[0])).toBe(embeddedCatalogue(running).loaded.store.tripleCount);
    expect(objects(`${VOID}dataDump`)).toContain(`${dataset}dump.ttl`);
    expect(objects(`${VOID}vocabulary`)).toEqual(expect.arrayContaining(['http://schema.org/', 'https://w3id.org/filmgraph/vocab#']));
    expect(objects('http://purl.org/dc/terms/license')).toEqual(['https://creativecommons.org/licenses/by/4.0/']);
    expect(objects('http://purl.org/dc/terms/rights')[0]).toMatch(/excerpts.*rights stay with them/);
    const subsets = objects(`${VOID}subset`);
    expect(subsets).toContain(`${dataset}graph/curated/de-rouille-et-d-os-2012/wikipedia`);
    expect(objects('http://www.w3.org/ns/prov#wasDerivedFrom', `${dataset}graph/curated/de-rouille-et-d-os-2012/wikipedia`)).toEqual(['https://en.wikipedia.org/wiki/Rust_and_Bone']);
    const movies = quads.find((q) => q.predicate.value === `${VOID}class` && q.object.value === 'http://schema.org/Movie')!;
    expect(objects(`${VOID}entities`, movies.subject.value)).toEqual(['1']);
  });

  it('is also what RDF clients get at the base IRI', async () => {
    const response = await fetch(running.url, { headers: { Accept: 'application/n-triples' } });
    const quads = await parseBody(await response.text(), 'nt', running.baseIri);
    expect(quads.some((q) => q.subject.value === running.baseIri && q.predicate.value === `${VOID}triples`)).toBe(true);
  });
});

describe('/sitemap.xml and /robots.txt', () => {
  it('lists every page in English and French with hreflang alternates', async () => {
    const response = await fetch(`${origin}/sitemap.xml`);
    expect(response.headers.get('content-type')).toMatch(/^application\/xml/);
    const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
    const locs = Array.from(doc.getElementsByTagName('loc')).map((l) => l.textContent);
    const resources = embeddedCatalogue(running).resources().filter((iri) => !iri.includes('/image/'));
    for (const iri of [running.baseIri, ...resources]) {
      expect(locs).toContain(iri);
      expect(locs).toContain(`${iri}?lang=fr`);
    }
    expect(doc.getElementsByTagName('xhtml:link').length).toBe(locs.length * 3);
  });

  it('names the sitemap in robots.txt', async () => {
    const text = await (await fetch(`${origin}/robots.txt`)).text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toContain('Sitemap: http://films.example.org/sitemap.xml');
  });

  it('serves resources under the base path only', async () => {
    expect((await fetch(`${running.url}film/de-rouille-et-d-os-2012`, { headers: { Accept: 'text/turtle' } })).status).toBe(200);
    expect((await fetch(`${origin}/film/de-rouille-et-d-os-2012`)).status).toBe(404);
  });
});
