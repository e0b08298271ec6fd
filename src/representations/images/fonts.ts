// The fonts bundled with filmgraph (from npm, so every machine renders the same pixels):
// Playfair Display for display titles, Inter for everything else. Both SIL Open Font License 1.1.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFontMetrics } from './fontMetrics.ts';
import type { FontMetrics } from './fontMetrics.ts';

export type FontFace = 'display' | 'sans' | 'sansSemiBold' | 'sansBold';

export interface BundledFont {
  /** Family name inside the font file, as SVG `font-family` names it. */
  family: string;
  weight: number;
  packageName: string;
  /** Path of the TTF inside its package. */
  file: string;
}

export const FONTS: Readonly<Record<FontFace, BundledFont>> = {
  display: { family: 'Playfair Display', weight: 700, packageName: '@expo-google-fonts/playfair-display', file: '700Bold/PlayfairDisplay_700Bold.ttf' },
  sans: { family: 'Inter', weight: 400, packageName: '@expo-google-fonts/inter', file: '400Regular/Inter_400Regular.ttf' },
  sansSemiBold: { family: 'Inter', weight: 600, packageName: '@expo-google-fonts/inter', file: '600SemiBold/Inter_600SemiBold.ttf' },
  sansBold: { family: 'Inter', weight: 700, packageName: '@expo-google-fonts/inter', file: '700Bold/Inter_700Bold.ttf' },
};

/** `font-family` for inline SVG shown in browsers: Inter where the page has it, then look-alikes. */
export const SANS_STACK = "Inter, 'Helvetica Neue', Arial, system-ui, sans-serif";

const require = createRequire(import.meta.url);

/** Absolute path of a bundled font file. */
export function fontPath(face: FontFace): string {
  const font = FONTS[face];
  return join(dirname(require.resolve(`${font.packageName}/package.json`)), font.file);
}

/** Every bundled font file, for resvg's `fontFiles`. */
export function allFontPaths(): string[] {
  return (Object.keys(FONTS) as FontFace[]).map(fontPath);
}

const metricsCache = new Map<FontFace, FontMetrics>();

/** Advance widths of a bundled font, read once. */
export function metricsOf(face: FontFace): FontMetrics {
  let metrics = metricsCache.get(face);
  if (!metrics) {
    metrics = readFontMetrics(readFileSync(fontPath(face)));
    metricsCache.set(face, metrics);
  }
  return metrics;
}
