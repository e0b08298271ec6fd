// Characters RDF allows but XML and HTML cannot carry are refused at load, with file, line and
// column, rather than mangled in RDF/XML, XML results and pages (tests/http/injection.test.ts
// checks every format gives back the characters that are accepted).
import { describe, expect, it } from 'vitest';
import { parseRdfText, streamRdfText } from '../../src/store/parseRdfFile.ts';
import { DataFileError } from '../../src/store/DataFileError.ts';
import { smallFilmTrig } from '../helpers/tempDataset.ts';

const base = 'http://example.org/';
const refusal = async (text: string, streamed = false) => {
  try {
    if (streamed) await streamRdfText(text, 'film.trig', 'application/trig', base, () => {});
    else parseRdfText(text, 'film.trig', 'application/trig', base);
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return (error as Error).message;
  }
  throw new Error('the text was accepted');
};

describe('parseRdfText', () => {
  it.each([
    ['a NUL escaped', '"nul \\u0000"@fr', '\\u0000', 'U+0000'],
    ['a BEL escaped as \\U', '"bell \\U00000007"@fr', '\\U00000007', 'U+0007'],
    ['a raw escape character', '"esc \u001b"@fr', '\u001b', 'U+001B'],
    ['U+FFFF', '"\\uFFFF"@fr', '\\uFFFF', 'U+FFFF'],
  ])('refuses %s with its place and the triple', async (_what, literal, written, code) => {
    const text = smallFilmTrig(`<film/x-2000> schema:name ${literal} .`);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('<film/x-2000> schema:name "')) + 1;
    const column = lines[line - 1].indexOf(written) + 1;
    const message = `film.trig:${line}:${column}: <${base}film/x-2000> <http://schema.org/name>: ${code} is a character RDF/XML, XML results and HTML cannot carry; remove it or write it out`;
    expect(await refusal(text)).toBe(message);
    expect(await refusal(text, true)).toBe(message);
  });

  it('accepts tab, line ends, DEL, C1 controls, separators and astral characters', () => {
    const value = 'tab\t lf\n cr\r del\u007f nel\u0085 lsep\u2028 psep\u2029 bom\uFEFF 🎬';
    const quads = parseRdfText(smallFilmTrig(`<film/x-2000> schema:name ${JSON.stringify(value)}@fr .`), 'film.trig', 'application/trig', base);
    expect(quads.map((q) => q.object.value)).toContain(value);
  });

  it('streams the same quads as it parses, and stops handing them over at a syntax error', async () => {
    const text = smallFilmTrig('<film/x-2000> schema:name "X"@fr .');
    const streamed: string[] = [];
    await streamRdfText(text, 'film.trig', 'application/trig', base, (q) => streamed.push(`${q.subject.value} ${q.predicate.value} ${q.object.value} ${q.graph.value}`));
    expect(streamed).toEqual(parseRdfText(text, 'film.trig', 'application/trig', base).map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value} ${q.graph.value}`));
    const broken = `${text}\n<graph/b> { <film/y> schema:name "Y" ; ; ; } }\n<graph/c> { <film/z> schema:name "Z" . }`;
    const seen: string[] = [];
    const error = await streamRdfText(broken, 'film.trig', 'application/trig', base, (q) => seen.push(q.subject.value)).catch((e: Error) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message).toMatch(new RegExp(`^film\\.trig:${text.split('\n').length + 1}:\\d+: `));
    expect(seen).not.toContain(`${base}film/z`);
  });
});
