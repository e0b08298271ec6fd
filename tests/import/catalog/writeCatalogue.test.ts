import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataFactory, Parser } from 'n3';
import { catalogueFileName, prepareCatalogue, writeCatalogue } from '../../../src/import/catalog/writeCatalogue.ts';
import { openDataset } from '../../../src/store/openDataset.ts';
import { defaultLocations } from '../../../src/store/dataFiles.ts';
import { rdf, schema } from '../../../src/vocab/namespaces.ts';
import { BASE } from '../support.ts';

const prepared = await prepareCatalogue();
const root = mkdtempSync(join(tmpdir(), 'filmgraph-catalogue-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const folder = (name: string) => join(root, name);
const parse = (file: string) => new Parser({ format: 'application/trig', baseIRI: BASE }).parse(readFileSync(file, 'utf8'));
const subjectsOf = (file: string) => new Set(parse(file).map((q) => q.subject.value));

describe('writeCatalogue', () => {
  it('writes one TriG file per copy, the same bytes on every run, and no temporary file', async () => {
    const progress: [number, number][] = [];
    const first = await writeCatalogue({ out: folder('a'), copies: 2, prepared, onProgress: (done, total) => progress.push([done, total]) });
    const second = await writeCatalogue({ out: folder('b'), copies: 2 });
    expect(first.files.map((f) => basename(f))).toEqual([catalogueFileName(1), catalogueFileName(2)]);
    expect(readdirSync(folder('a')).sort()).toEqual([catalogueFileName(1), catalogueFileName(2)]);
    for (const [a, b] of first.files.map((f, i) => [f, second.files[i]!]))
      expect(readFileSync(a).equals(readFileSync(b)), basename(a)).toBe(true);
    expect(second).toEqual({ ...first, files: second.files });
    expect(progress.at(-1)).toEqual([first.triples, first.triples]);
    expect(progress.every(([done], i) => i === 0 || done >= progress[i - 1]![0])).toBe(true);
  });

  it('writes relative IRIs by default and absolute ones under --base', async () => {
    const relative = readFileSync(join(folder('a'), catalogueFileName(1)), 'utf8');
    expect(relative).toMatch(/^<film\//m);
    expect(relative).not.toContain(BASE);
    const absolute = await writeCatalogue({ out: folder('absolute'), triples: 1000, baseIri: 'https://films.example/', prepared });
    const quads = parse(absolute.files[0]!);
    const films = quads.filter((q) => q.predicate.equals(rdf('type')) && q.object.equals(schema('Movie')));
    expect(films.length).toBeGreaterThan(0);
    for (const q of films) expect(q.subject.value).toMatch(/^https:\/\/films\.example\/film\//);
  });

  it('scales linearly: each copy has the triples of copy 1, and IRIs of its own', async () => {
    const one = await writeCatalogue({ out: folder('one'), copies: 1, prepared });
    const three = await writeCatalogue({ out: folder('three'), copies: 3, prepared });
    expect(one.triples).toBe(one.triplesPerCopy);
    expect(three.triples).toBe(3 * one.triples);
    expect(three.films).toBe(3 * one.films);
    expect(readFileSync(three.files[0]!).equals(readFileSync(one.files[0]!))).toBe(true);
    const counts = three.files.map((f) => parse(f).length);
    expect(counts).toEqual([one.triples, one.triples, one.triples]);
    // Shared nodes (the US, the rating sites, the source) are the only subjects two copies share.
    const [s1, s2, s3] = three.files.map(subjectsOf);
    const shared = [...s2!].filter((s) => s1!.has(s) || s3!.has(s));
    expect(shared.every((s) => /^(https:|http:\/\/localhost:3000\/(country|organization)\/)/.test(s)), shared.join(' ')).toBe(true);
    expect(shared.length).toBeLessThan(10);
  });

  it('writes about the triples asked for: whole copies, then the first films of one more', async () => {
    const perCopy = (await writeCatalogue({ out: folder('one'), copies: 1, prepared })).triplesPerCopy;
    const asked = perCopy + 20_000;
    const result = await writeCatalogue({ out: folder('partial'), triples: asked, prepared });
    expect(result.files).toHaveLength(2);
    expect(result.triples).toBeGreaterThanOrEqual(asked);
    expect(result.triples - asked).toBeLessThan(50);
    expect(result.films).toBeLessThan(2 * prepared.films.length);
    expect(parse(result.files[1]!).length).toBe(result.triples - perCopy);
  });

  it('removes the copies of an earlier, larger run, and nothing else', async () => {
    const out = folder('shrink');
    await writeCatalogue({ out, triples: 2000, prepared });
    writeFileSync(join(out, catalogueFileName(7)), 'stale');
    writeFileSync(join(out, 'mine.trig'), 'kept');
    await writeCatalogue({ out, triples: 1000, prepared });
    expect(readdirSync(out).sort()).toEqual([catalogueFileName(1), 'mine.trig'].sort());
  });

  it('refuses a number of copies that is not a whole number of at least 1, or both copies and triples', async () => {
    await expect(writeCatalogue({ out: folder('bad'), copies: 0, prepared })).rejects.toThrow(/copies/);
    await expect(writeCatalogue({ out: folder('bad'), copies: 1.5, prepared })).rejects.toThrow(/copies/);
    await expect(writeCatalogue({ out: folder('bad'), copies: 1, triples: 10, prepared })).rejects.toThrow(/either/);
  });

  it('loads and validates with the project’s loader and shapes (copy 1), every film a schema:Movie', async () => {
    const { loaded, warnings } = await openDataset({ baseIri: BASE, locations: { ...defaultLocations(), dataDir: folder('one') } });
    expect(warnings.filter((w) => w.severity === 'violation')).toEqual([]);
    const movies = loaded.store.dataset.getSubjects(rdf('type'), schema('Movie'), DataFactory.defaultGraph());
    expect(movies).toHaveLength(prepared.films.length);
    expect([...loaded.graphFiles.keys()]).toContain(`${BASE}graph/catalogue/vega-movies`);
  });
});
