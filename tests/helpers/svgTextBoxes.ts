// The boxes of an SVG's <text> elements, measured with the bundled fonts' advance widths, to check
// that no two texts of a picture overlap and that all stay inside its viewBox.

import type { Document, Element } from '@xmldom/xmldom';
import { textWidth } from '../../src/representations/images/measureText.ts';
import type { FontFace } from '../../src/representations/images/fonts.ts';

export interface TextBox {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function inherited(element: Element, name: string): string | undefined {
  for (let e: Element | null = element; e; e = e.parentNode as Element | null) {
    if (typeof e.getAttribute === 'function' && e.hasAttribute(name)) return e.getAttribute(name) ?? undefined;
  }
  return undefined;
}

/** One box per <text> (or per <tspan> with its own x/y). */
export function textBoxes(doc: Document): TextBox[] {
  const boxes: TextBox[] = [];
  for (const text of Array.from(doc.getElementsByTagName('text'))) {
    const spans = Array.from(text.getElementsByTagName('tspan')).filter((t) => t.hasAttribute('x'));
    for (const e of spans.length > 0 ? spans : [text]) {
      const size = Number(inherited(e, 'font-size') ?? 16);
      const weight = Number(inherited(e, 'font-weight') ?? 400);
      const face: FontFace = weight >= 700 ? 'sansBold' : weight >= 600 ? 'sansSemiBold' : 'sans';
      const letterSpacing = Number(inherited(e, 'letter-spacing') ?? 0);
      const content = e.textContent ?? '';
      const width = textWidth(content, { face, size, letterSpacing });
      const x = Number(e.getAttribute('x'));
      const y = Number(e.getAttribute('y'));
      const anchor = inherited(e, 'text-anchor') ?? 'start';
      const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
      boxes.push({ text: content, left, right: left + width, top: y - size * 0.75, bottom: y + size * 0.22 });
    }
  }
  return boxes;
}

/** Pairs of texts whose boxes intersect. */
export function overlappingTexts(boxes: TextBox[]): string[] {
  const problems: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) problems.push(`${JSON.stringify(a.text)} overlaps ${JSON.stringify(b.text)}`);
    }
  }
  return problems;
}

/** Texts that leave the viewBox "0 0 W H". */
export function textsOutside(boxes: TextBox[], viewBox: string): string[] {
  const [, , width, height] = viewBox.split(/\s+/).map(Number) as [number, number, number, number];
  return boxes.filter((b) => b.left < 0 || b.top < 0 || b.right > width || b.bottom > height).map((b) => b.text);
}
