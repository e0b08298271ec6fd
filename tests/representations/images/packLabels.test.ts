import { describe, expect, it } from 'vitest';
import { packLabels } from '../../../src/representations/images/packLabels.ts';
import type { LabelPlacement, LabelRequest, PackOptions } from '../../../src/representations/images/packLabels.ts';

const options: PackOptions = { offset: 5, gap: 10, minX: 0, maxX: 1000 };

function textExtent(r: LabelRequest, p: LabelPlacement): [number, number] {
  return p.anchor === 'start' ? [r.x + options.offset, r.x + options.offset + r.width] : [r.x - options.offset - r.width, r.x - options.offset];
}

function overlaps(requests: LabelRequest[], placements: LabelPlacement[]): string[] {
  const problems: string[] = [];
  for (let i = 0; i < requests.length; i++) {
    for (let j = i + 1; j < requests.length; j++) {
      const a = placements[i]!;
      const b = placements[j]!;
      if (a.side === b.side && a.row === b.row && a.left < b.right && b.left < a.right) problems.push(`${i} overlaps ${j}`);
    }
  }
  return problems;
}

function crossings(requests: LabelRequest[], placements: LabelPlacement[]): string[] {
  const problems: string[] = [];
  for (let i = 0; i < requests.length; i++) {
    for (let j = 0; j < requests.length; j++) {
      const a = placements[i]!;
      const b = placements[j]!;
      if (i === j || a.side !== b.side || b.row >= a.row) continue;
      const [left, right] = textExtent(requests[j]!, b);
      if (requests[i]!.x > left && requests[i]!.x < right) problems.push(`leader ${i} crosses label ${j}`);
    }
  }
  return problems;
}

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('packLabels', () => {
  it('keeps labels apart that do not meet on one row', () => {
    const requests = [{ x: 100, width: 80 }, { x: 400, width: 80 }, { x: 700, width: 80 }];
    const placements = packLabels(requests, options);
    expect(placements.map((p) => [p.side, p.row, p.anchor])).toEqual([
      ['below', 0, 'start'],
      ['below', 0, 'start'],
      ['below', 0, 'start'],
    ]);
  });

  it('runs a label left of its marker at the right edge', () => {
    const [p] = packLabels([{ x: 990, width: 80 }], options);
    expect(p!.anchor).toBe('end');
    expect(p!.right).toBeLessThanOrEqual(1000);
  });

  it('gives markers on the same spot their own rows, without crossing', () => {
    const requests = [{ x: 300, width: 90 }, { x: 300, width: 90 }, { x: 300, width: 90 }];
    const placements = packLabels(requests, options);
    expect(overlaps(requests, placements)).toEqual([]);
    expect(crossings(requests, placements)).toEqual([]);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('neither overlaps nor crosses, for 30 random markers with room on the right (seed %i)', (seed) => {
    const next = random(seed);
    const requests = Array.from({ length: 30 }, () => {
      const width = 60 + next() * 80;
      return { x: 50 + next() * (1000 - 50 - options.offset - width), width };
    });
    const placements = packLabels(requests, options);
    expect(placements).toHaveLength(30);
    expect(overlaps(requests, placements)).toEqual([]);
    expect(crossings(requests, placements)).toEqual([]);
  });

  it('never overlaps where labels crowd the right edge', () => {
    for (const seed of [11, 12, 13, 14]) {
      const next = random(seed);
      const requests = Array.from({ length: 20 }, () => ({ x: 800 + next() * 200, width: 60 + next() * 80 }));
      expect(overlaps(requests, packLabels(requests, options))).toEqual([]);
    }
  });

  it('places a dense cluster (30 markers within 30 units) without overlaps or crossings', () => {
    const requests = Array.from({ length: 30 }, (_, i) => ({ x: 500 + i, width: 100 }));
    const placements = packLabels(requests, options);
    expect(overlaps(requests, placements)).toEqual([]);
    expect(crossings(requests, placements)).toEqual([]);
  });
});
