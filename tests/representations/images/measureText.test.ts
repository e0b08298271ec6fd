import { describe, expect, it } from 'vitest';
import { ELLIPSIS, textWidth, truncateToWidth, wrapText } from '../../../src/representations/images/measureText.ts';
import type { TextStyle } from '../../../src/representations/images/measureText.ts';

const style: TextStyle = { face: 'sans', size: 20 };

describe('textWidth', () => {
  it('grows with the text and the size, and with letter spacing', () => {
    expect(textWidth('', style)).toBe(0);
    expect(textWidth('Rust and Bone', style)).toBeGreaterThan(textWidth('Rust', style));
    expect(textWidth('Rust', { ...style, size: 40 })).toBeCloseTo(2 * textWidth('Rust', style));
    expect(textWidth('Rust', { ...style, letterSpacing: 1 })).toBeCloseTo(textWidth('Rust', style) + 4);
  });
});

describe('truncateToWidth', () => {
  it('keeps text that fits', () => {
    expect(truncateToWidth('Variety', 500, style)).toBe('Variety');
  });

  it('cuts text that does not fit, with an ellipsis, within the width', () => {
    const cut = truncateToWidth('Rope of Silicon and a very long tail', 150, style);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect(textWidth(cut, style)).toBeLessThanOrEqual(150);
    expect('Rope of Silicon and a very long tail'.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const cut = truncateToWidth('🎬🎬🎬🎬🎬🎬🎬🎬🎬🎬', 40, style);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('wrapText', () => {
  it('wraps on spaces, every line within the width', () => {
    const { lines, truncated } = wrapText('Les Parapluies de Cherbourg et les Demoiselles de Rochefort', 300, 5, style);
    expect(truncated).toBe(false);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, style)).toBeLessThanOrEqual(300);
    expect(lines.join(' ')).toBe('Les Parapluies de Cherbourg et les Demoiselles de Rochefort');
  });

  it('cuts the last allowed line with an ellipsis', () => {
    const { lines, truncated } = wrapText('word '.repeat(100), 200, 3, style);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith(ELLIPSIS)).toBe(true);
    expect(textWidth(lines[2]!, style)).toBeLessThanOrEqual(200);
  });

  it('breaks a word wider than a line, and says so', () => {
    const { lines, brokeWord } = wrapText('Supercalifragilisticexpialidocious', 120, 10, style);
    expect(brokeWord).toBe(true);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of lines) expect(textWidth(line, style)).toBeLessThanOrEqual(120);
  });
});
