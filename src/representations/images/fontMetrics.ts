// Advance widths read from a TrueType/OpenType file (tables head, hhea, hmtx and cmap formats 4
// and 12), enough to measure a line of text for wrapping and truncation. Kerning is ignored, so
// measured widths err slightly on the wide side.

export interface FontMetrics {
  unitsPerEm: number;
  /** Ascender and descender (negative), in font units. */
  ascender: number;
  descender: number;
  /** Advance width of a code point, in font units (the .notdef glyph's where the font lacks it). */
  advance(codePoint: number): number;
  /** Does the font have a glyph for the code point? */
  has(codePoint: number): boolean;
}

type CmapLookup = (codePoint: number) => number;

export function readFontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    tables.set(tag, view.getUint32(record + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no ${tag} table`);
    return offset;
  };

  const unitsPerEm = view.getUint16(table('head') + 18);
  const hhea = table('hhea');
  const ascender = view.getInt16(hhea + 4);
  const descender = view.getInt16(hhea + 6);
  const numberOfHMetrics = view.getUint16(hhea + 34);
  const hmtx = table('hmtx');
  const glyphOf = readCmap(view, table('cmap'));

  const advanceOfGlyph = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));
  return {
    unitsPerEm,
    ascender,
    descender,
    advance: (codePoint) => advanceOfGlyph(glyphOf(codePoint)),
    has: (codePoint) => glyphOf(codePoint) !== 0,
  };
}

function readCmap(view: DataView, cmap: number): CmapLookup {
  const numSubtables = view.getUint16(cmap + 2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < numSubtables; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) format12 ??= offset;
    if (format === 4) format4 ??= offset;
  }
  if (format12 !== undefined) return format12Lookup(view, format12);
  if (format4 !== undefined) return format4Lookup(view, format4);
  throw new Error('font has no Unicode cmap of format 4 or 12');
}

function format4Lookup(view: DataView, table: number): CmapLookup {
  const segCount = view.getUint16(table + 6) / 2;
  const endCodes = table + 14;
  const startCodes = endCodes + segCount * 2 + 2;
  const idDeltas = startCodes + segCount * 2;
  const idRangeOffsets = idDeltas + segCount * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let s = 0; s < segCount; s++) {
      if (codePoint > view.getUint16(endCodes + s * 2)) continue;
      const start = view.getUint16(startCodes + s * 2);
      if (codePoint < start) return 0;
      const delta = view.getUint16(idDeltas + s * 2);
      const rangeOffsetAt = idRangeOffsets + s * 2;
      const rangeOffset = view.getUint16(rangeOffsetAt);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsetAt + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

function format12Lookup(view: DataView, table: number): CmapLookup {
  const numGroups = view.getUint32(table + 12);
  return (codePoint) => {
    let lo = 0;
    let hi = numGroups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const group = table + 16 + mid * 12;
      const start = view.getUint32(group);
      const end = view.getUint32(group + 4);
      if (codePoint < start) hi = mid - 1;
      else if (codePoint > end) lo = mid + 1;
      else return view.getUint32(group + 8) + (codePoint - start);
    }
    return 0;
  };
}
