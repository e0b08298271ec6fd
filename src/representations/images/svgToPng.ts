// SVG → PNG with resvg, using only the bundled fonts (no system fonts), so the same SVG gives the
// same bytes on every machine.

import { Resvg } from '@resvg/resvg-js';
import { allFontPaths, FONTS } from './fonts.ts';

export interface PngOptions {
  /** Width of the PNG in pixels (height follows the aspect ratio); default: the SVG's own size. */
  width?: number;
  /** Fill behind transparent parts, a CSS colour; default: transparent. */
  background?: string;
}

export function svgToPng(svg: string, options: PngOptions = {}): Buffer {
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: allFontPaths(),
      loadSystemFonts: false,
      defaultFontFamily: FONTS.sans.family,
      sansSerifFamily: FONTS.sans.family,
      serifFamily: FONTS.display.family,
    },
    ...(options.width === undefined ? {} : { fitTo: { mode: 'width' as const, value: options.width } }),
    ...(options.background === undefined ? {} : { background: options.background }),
    logLevel: 'off',
  });
  return resvg.render().asPng();
}
