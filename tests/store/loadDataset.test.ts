import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset, DatasetLoadError } from '../../src/store/loadDataset.ts';
import { FG_ONTOLOGY } from '../../src/vocab/namespaces.ts';
import { smallFilmTrig, tempDataset, TRIG_PREFIXES, type TempDataset } from '../helpers/tempDataset.ts';

const base = 'http://example.org/';
let temp: TempDataset | undefined;
afterEach(() => temp?.remove());

async function problemsOf(files: Record<string, string>): Promise<string[]> {
  temp = tempDataset(files);
  const error = await loadDataset({ baseIri: base, locations: temp }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetLoadError);
  return (error as DatasetLoadError).problems.map((p) => p.message);
}

describe('loadDataset', () => {
  it('loads the vocabulary and each file graph by graph, resolving relative IRIs against the base', async () => {
    temp = tempDataset({ 'films/x.trig': smallFilmTrig() });
    const { store, graphFiles } = await loadDataset({ baseIri: base, locations: temp });
    expect(store.graphs().map((g) => g.value).sort()).toEqual([`${base}graph/curated/x/test`, FG_ONTOLOGY]);
    expect(graphFiles.get(`${base}graph/curated/x/test`)).toMatch(/data\/films\/x\.trig$/);
    expect(store.triples(null, null, null).some((q) => q.subject.value === `${base}film/x-2000`)).toBe(true);
  });

  it('names file, line and column of a syntax error', async () => {
    const [message] = await problemsOf({ 'bad.trig': `${TRIG_PREFIXES}\n<graph/g> {\n  <a> <b> <c> <d> .\n}\n` });
    expect(message).toMatch(/data\/bad\.trig:8:15: Expected punctuation to follow "http:\/\/example\.org\/c"/);
  });

  it('refuses triples outside a named graph, and a graph defined in two files', async () => {
    const problems = await problemsOf({
      'a.trig': `${TRIG_PREFIXES}\n<film/y> schema:name "Y"@en .\n`,
      'b.trig': smallFilmTrig(),
      'c.trig': smallFilmTrig(),
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/a\.trig: 1 triple\(s\) outside any named graph, the first about <http:\/\/example\.org\/film\/y>/);
    expect(problems[1]).toMatch(/c\.trig: graph <http:\/\/example\.org\/graph\/curated\/x\/test> is also defined in .*b\.trig/);
  });

  it('refuses data files that are not TriG and files that are not UTF-8, reporting all of them', async () => {
    const problems = await problemsOf({ 'x.ttl': '<a> <b> <c> .', 'y.trig': '<g> { <a> <b> "\xff\xfe" }' });
    expect(problems.some((p) => /x\.ttl: data files must be TriG/.test(p))).toBe(true);
    temp?.remove();
    temp = tempDataset({});
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${temp.dataDir}/z.trig`, Buffer.from([0x3c, 0x67, 0x3e, 0x20, 0x7b, 0xff, 0xfe, 0x7d]));
    const error = (await loadDataset({ baseIri: base, locations: temp }).catch((e: unknown) => e)) as DatasetLoadError;
    expect(error.problems.map((p) => p.message)).toEqual([expect.stringMatching(/z\.trig: is not valid UTF-8/)]);
  });
});
