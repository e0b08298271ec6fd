// data/pages/de-rouille-et-d-os-2012.trig is generated, never edited: importing the seed page and
// writing it relative to the default base must give exactly its bytes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { importPage } from '../../src/import/importPage.ts';
import { writeTrig } from '../../src/representations/trig.ts';
import { BASE, seedBytes } from './support.ts';

const committed = readFileSync(new URL('../../data/pages/de-rouille-et-d-os-2012.trig', import.meta.url));
const imported = importPage(seedBytes(), { baseIri: BASE });

const nquad = (q: Quad) =>
  [q.subject, q.predicate, q.object, q.graph]
    .map((t) => (t.termType === 'Literal' ? JSON.stringify([t.value, t.language, t.datatype.value]) : `<${t.value}>`))
    .join(' ');

describe('the committed page graph', () => {
  it('is byte for byte what the importer writes for the seed page', async () => {
    const written = await writeTrig(imported.quads, { baseIri: BASE });
    expect(Buffer.from(written, 'utf8').equals(committed)).toBe(true);
  });

  it('holds relative IRIs only, and parses back to the imported quads', () => {
    const text = committed.toString('utf8');
    expect(text).not.toContain(BASE);
    expect(text).not.toContain('@base');
    const parsed = new Parser({ format: 'application/trig', baseIRI: BASE }).parse(text);
    expect(new Set(parsed.map(nquad))).toEqual(new Set(imported.quads.map(nquad)));
    expect(parsed).toHaveLength(imported.quads.length);
  });
});
