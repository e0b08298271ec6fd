import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DataFactory, Parser } from 'n3';
import { writeTrig } from '../../src/representations/trig.ts';
import { requireTool } from '../helpers/requireTool.ts';

const { namedNode, literal, quad } = DataFactory;
const base = 'http://localhost:3000/';
const graph = namedNode(`${base}graph/page/x`);
const quads = [
  quad(namedNode(`${base}film/x/quote/a-1`), namedNode('http://schema.org/text'), literal('He said “no” — <b>&</b> "quoted"\nnext line', 'en'), graph),
  quad(namedNode(`${base}country/fr`), namedNode('http://schema.org/name'), literal('France'), graph),
  quad(namedNode(`${base}film/x`), namedNode('http://schema.org/sameAs'), namedNode('https://elsewhere.example/film/x'), graph),
];

describe('writeTrig', () => {
  it('writes IRIs under the base relative, whatever their segment lengths, and nothing else', async () => {
    const trig = await writeTrig(quads, { baseIri: base });
    expect(trig).toContain('<graph/page/x> {');
    expect(trig).toContain('<country/fr>');
    expect(trig).toContain('<film/x/quote/a-1>');
    expect(trig).toContain('<https://elsewhere.example/film/x>');
    expect(trig).not.toContain(base);
    expect(trig).not.toContain('@base');
  });

  it('round-trips through N3 under any base', async () => {
    const trig = await writeTrig(quads, { baseIri: base });
    const otherBase = 'https://films.example.org/';
    const parsed = new Parser({ format: 'application/trig', baseIRI: otherBase }).parse(trig);
    expect(parsed.map((q) => q.subject.value).sort()).toEqual(quads.map((q) => q.subject.value.replace(base, otherBase)).sort());
    expect(parsed.find((q) => q.predicate.value.endsWith('text'))?.object).toEqual(quads[0].object);
  });

  it('is read by an independent parser (rapper) to the same number of triples', async () => {
    const rapper = requireTool('rapper', 'raptor2-utils');
    const trig = await writeTrig(quads, { baseIri: base });
    const out = execFileSync(rapper, ['-i', 'trig', '-o', 'nquads', '-I', base, '-', base], { input: trig, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
    expect(out.trim().split('\n')).toHaveLength(quads.length);
    expect(out).toContain(`<${base}film/x/quote/a-1>`);
  });
});
