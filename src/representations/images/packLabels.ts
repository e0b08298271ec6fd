// Placing labels of markers on one horizontal line in rows below and above it, each joined to its
// marker by a vertical leader: no two labels in a row overlap, and no leader crosses the text of
// another label (where some placement allows that). Pure geometry: positions and widths in, rows out.

export interface LabelRequest {
  /** Marker position. */
  x: number;
  width: number;
}

export interface LabelPlacement {
  side: 'below' | 'above';
  /** 0 for the row nearest the line. */
  row: number;
  /** 'start': the text runs right from its leader; 'end': it ends at it. */
  anchor: 'start' | 'end';
  /** Extent of the label, leader included. */
  left: number;
  right: number;
}

export interface PackOptions {
  /** Gap between the leader and the text. */
  offset: number;
  /** Least space between two labels in a row. */
  gap: number;
  /** Labels should not go past these. */
  minX: number;
  maxX: number;
}

interface Placed extends LabelPlacement {
  x: number;
  textLeft: number;
  textRight: number;
}

/**
 * Rows for the labels (the result is in the order of the requests). Markers are taken from right
 * to left; each label goes in the nearest row where it fits (below the line before above it at
 * the same distance), running right from its marker where there is room, else left, but never
 * left over a marker still to be placed. Labels never overlap; when every label has room to run
 * right from its marker (x + offset + width <= maxX), no leader crosses a label either (else a
 * label that finds no such place goes where it overlaps nothing).
 */
export function packLabels(requests: readonly LabelRequest[], options: PackOptions): LabelPlacement[] {
  const order = requests.map((_, i) => i).sort((a, b) => requests[b]!.x - requests[a]!.x || a - b);
  const placed: Placed[] = [];
  const result: LabelPlacement[] = new Array(requests.length);
  const pending = new Set(order);
  for (const i of order) {
    pending.delete(i);
    const { x, width } = requests[i]!;
    const layout = (side: 'below' | 'above', row: number, anchor: 'start' | 'end'): Placed => {
      const textLeft = anchor === 'start' ? x + options.offset : x - options.offset - width;
      const textRight = textLeft + width;
      return { side, row, anchor, x, textLeft, textRight, left: Math.min(x - 2, textLeft), right: Math.max(x + 2, textRight) };
    };
    const leaderCrosses = (leaderX: number, label: Placed) => leaderX >= label.textLeft - 2 && leaderX <= label.textRight + 2;
    const fits = (c: Placed, strict: boolean) => {
      const sameSide = placed.filter((p) => p.side === c.side);
      if (sameSide.some((p) => p.row === c.row && c.left < p.right + options.gap && p.left < c.right + options.gap)) return false;
      if (!strict) return true;
      if (c.anchor === 'end' && c.textLeft < options.minX) return false;
      if (c.anchor === 'start' && c.textRight > options.maxX) return false;
      if (c.anchor === 'end' && [...pending].some((j) => leaderCrosses(requests[j]!.x, c))) return false;
      return !sameSide.some((p) => (p.row < c.row && leaderCrosses(x, p)) || (p.row > c.row && leaderCrosses(p.x, c)));
    };
    const preferred: ('start' | 'end')[] = x + options.offset + width <= options.maxX ? ['start', 'end'] : ['end', 'start'];
    const lastRow = placed.length + 1;
    let chosen: Placed | undefined;
    search: for (const strict of [true, false]) {
      for (let row = 0; row <= lastRow; row++) {
        for (const side of ['below', 'above'] as const) {
          for (const anchor of preferred) {
            const candidate = layout(side, row, anchor);
            if (fits(candidate, strict)) {
              chosen = candidate;
              break search;
            }
          }
        }
      }
    }
    // A row below all others always fits when only overlaps count, so `chosen` is set.
    chosen ??= layout('below', lastRow, preferred[0]!);
    placed.push(chosen);
    result[i] = { side: chosen.side, row: chosen.row, anchor: chosen.anchor, left: chosen.left, right: chosen.right };
  }
  return result;
}
