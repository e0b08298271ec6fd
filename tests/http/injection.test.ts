// Hostile literals (tests/helpers/hostileLiterals.ts) come back exactly — value, language,
// datatype — in every output: each RDF format of the format table for the description, the
// dumps and CONSTRUCT results, and each SPARQL result format for a SELECT. Each output is read
// by a parser other than the one that wrote it where one is at hand (rapper for RDF/XML,
// xmldom for SPARQL XML, Python's csv module for CSV). Pages are checked in Chromium
// (tests/http/pages.browser.test.ts).
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import type { RunningServer } from '../../src/http/server.ts';
import { RDF_FORMATS } from '../../src/representations/formats.ts';
import { RESULT_FORMATS } from '../../src/representations/sparqlResults.ts';
import { startTestServer } from '../helpers/testServer.ts';
import { tempDataset, type TempDataset } from '../helpers/tempDataset.ts';
import { HOSTILE_LITERALS, datatypeOf, hostileFilmTrig } from '../helpers/hostileLiterals.ts';
import { parseBody } from '../helpers/rdfCompare.ts';
import { parseXmlStrict, elements } from '../helpers/parseXml.ts';

const SCHEMA = 'http://schema.org/';
let temp: TempDataset;
let running: RunningServer;
beforeAll(async () => {
  temp = tempDataset({ 'film.trig': hostileFilmTrig() });
  running = await startTestServer({ locations: temp });
});
afterAll(async () => {
  await running?.close();
  temp?.remove();
});

/** A literal as one comparable line: subject, property, value, language, datatype. */
const key = (subject: string, property: string, value: string, language: string, datatype: string) => JSON.stringify([subject, property, value, language, datatype]);
const expected = () =>
  new Set(HOSTILE_LITERALS.map((l) => key(running.baseIri + l.subject, SCHEMA + l.property, l.value, l.language, datatypeOf(l))));

/** The hostile literals found in parsed quads (titles "X"@en and names of other things left out). */
function hostileIn(quads: Quad[]): Set<string> {
  const subjects = new Set(HOSTILE_LITERALS.map((l) => running.baseIri + l.subject));
  return new Set(
    quads
      .filter((q) => subjects.has(q.subject.value) && [`${SCHEMA}name`, `${SCHEMA}description`].includes(q.predicate.value) && q.object.termType === 'Literal')
      .filter((q) => q.object.value !== 'X')
      .map((q) => {
        const o = q.object as Quad['object'] & { language: string; datatype: { value: string } };
        return key(q.subject.value, q.predicate.value, o.value, o.language, o.datatype.value);
      }),
  );
}

const get = async (path: string, accept?: string) => {
  const response = await fetch(`${running.url}${path}`, { headers: accept ? { Accept: accept } : {} });
  expect(response.status).toBe(200);
  return response.text();
};

describe('hostile literals come back exactly', () => {
  it.each(RDF_FORMATS.map((f) => [f.label, f.ext]))('in the description as %s', async (_label, ext) => {
    const film = await parseBody(await get(`film/x-2000?format=${ext}`), ext, running.baseIri);
    const country = await parseBody(await get(`country/fr?format=${ext}`), ext, running.baseIri);
    expect(hostileIn([...film, ...country])).toEqual(expected());
  });

  it.each(RDF_FORMATS.map((f) => [f.label, f.ext]))('in the dump as %s', async (_label, ext) => {
    expect(hostileIn(await parseBody(await get(`dump.${ext}`), ext, running.baseIri))).toEqual(expected());
  });

  it.each(RDF_FORMATS.map((f) => [f.label, f.ext]))('in a CONSTRUCT result as %s', async (_label, ext) => {
    const query = 'PREFIX schema: <http://schema.org/> CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?p IN (schema:name, schema:description)) }';
    expect(hostileIn(await parseBody(await get(`sparql?query=${encodeURIComponent(query)}&format=${ext}`), ext, running.baseIri))).toEqual(expected());
  });

  describe('in SELECT results', () => {
    const SELECT = 'PREFIX schema: <http://schema.org/> SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(?p IN (schema:name, schema:description) && STR(?o) != "X") }';
    const select = (ext: string) => get(`sparql?query=${encodeURIComponent(SELECT)}&format=${ext}`);

    it('as SPARQL JSON', async () => {
      const body = JSON.parse(await select('json')) as { results: { bindings: Record<string, { value: string; 'xml:lang'?: string; datatype?: string }>[] } };
      const found = body.results.bindings
        .filter((b) => b.s.value !== `${running.baseIri}film/x-2000` || b.o.value !== 'X')
        .map((b) => key(b.s.value, b.p.value, b.o.value, b.o['xml:lang'] ?? '', b.o['xml:lang'] ? datatypeOf({ language: 'x' } as never) : (b.o.datatype ?? datatypeOf({ language: '' } as never))));
      expect(new Set(found)).toEqual(expected());
    });

    it('as SPARQL XML', async () => {
      const doc = parseXmlStrict(await select('xml'), 'text/xml');
      const found = elements(doc, 'result').map((result) => {
        const binding = (name: string) => elements(result as never, 'binding').find((b) => b.getAttribute('name') === name)!;
        const literal = elements(binding('o') as never, 'literal')[0];
        const language = literal.getAttribute('xml:lang') ?? '';
        return key(binding('s').textContent!, binding('p').textContent!, literal.textContent!, language, literal.getAttribute('datatype') ?? datatypeOf({ language } as never));
      });
      expect(new Set(found)).toEqual(expected());
    });

    it('as CSV (values only: CSV has no languages or datatypes), read by Python’s csv module', async () => {
      const rows = JSON.parse(
        execFileSync('python3', ['-c', 'import csv, io, json, sys; csv.field_size_limit(1 << 24); print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read(), newline="")))))'], { input: await select('csv'), encoding: 'utf8', maxBuffer: 1 << 26 }),
      ) as string[][];
      expect(rows[0]).toEqual(['s', 'p', 'o']);
      expect(new Set(rows.slice(1).map(([s, p, o]) => JSON.stringify([s, p, o])))).toEqual(new Set(HOSTILE_LITERALS.map((l) => JSON.stringify([running.baseIri + l.subject, SCHEMA + l.property, l.value]))));
    });

    it('as TSV, each term read as N-Triples', async () => {
      const [head, ...lines] = (await select('tsv')).replace(/\n$/, '').split('\n');
      expect(head).toBe('?s\t?p\t?o');
      const quads = new Parser({ format: 'N-Triples' }).parse(lines.map((line) => `${line.split('\t').join(' ')} .`).join('\n'));
      expect(quads).toHaveLength(HOSTILE_LITERALS.length);
      expect(hostileIn(quads)).toEqual(expected());
    });

    it('covers every result format', () => {
      expect(RESULT_FORMATS.map((f) => f.ext)).toEqual(['json', 'xml', 'csv', 'tsv']);
    });
  });
});
