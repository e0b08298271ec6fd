// The parts of a remote dump that need no server: the order the parts' subject lists are merged
// in (SPARQL's code point order, which must agree with the server's ORDER BY STR(?s)), and how
// graphs are cut into parts. Reading from a real Virtuoso is in tests/http/remoteDump.test.ts.
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { compareCodePoints, partsOf } from '../../../src/store/remote/dumpQuads.ts';

const { namedNode } = DataFactory;

describe('compareCodePoints', () => {
  it('orders strings as their UTF-8 bytes do, where JavaScript’s < does not', () => {
    const strings = ['a', 'Z', 'z', 'é', '\u0100', '\ue000', '\ufffd', '😀', '𝄞', 'a😀', 'a\uffff', 'ab', ''];
    const byBytes = [...strings].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect([...strings].sort(compareCodePoints)).toEqual(byBytes);
    // The case that makes it needed: U+FFFD before U+1F600, though its UTF-16 unit is greater.
    expect('\ufffd' < '😀').toBe(false);
    expect(compareCodePoints('\ufffd', '😀')).toBeLessThan(0);
    expect(compareCodePoints('same', 'same')).toBe(0);
  });
});

describe('partsOf', () => {
  const graph = (name: string, triples: number) => ({ graph: namedNode(`http://example.org/graph/${name}`), triples });

  it('puts a graph of a page or more alone and packs smaller ones, in order, under a page', () => {
    const parts = partsOf([graph('a', 30), graph('b', 60), graph('big', 250), graph('c', 99), graph('d', 1), graph('e', 50)], 100);
    expect(parts.map((part) => part.graphs.map((g) => g.value.replace(/.*\//, '')))).toEqual([['a', 'b'], ['big'], ['c'], ['d', 'e']]);
    expect(parts.map((part) => part.triples)).toEqual([90, 250, 99, 51]);
    for (const part of parts) if (part.graphs.length > 1) expect(part.triples).toBeLessThan(100);
  });

  it('names at most 100 graphs in a part, however small they are', () => {
    const parts = partsOf(Array.from({ length: 250 }, (_, i) => graph(`g${i}`, 0)), 10_000);
    expect(parts.map((part) => part.graphs.length)).toEqual([100, 100, 50]);
  });
});
