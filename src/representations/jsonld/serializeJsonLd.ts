// JSON-LD text for application/ld+json responses and dumps: toJsonLd, two-space indented.
import type { Quad } from '@rdfjs/types';
import { toJsonLd } from './toJsonLd.ts';
import type { JsonLdOptions } from './toJsonLd.ts';

export async function serializeJsonLd(quads: Quad[], options: JsonLdOptions = {}): Promise<string> {
  return `${JSON.stringify(await toJsonLd(quads, options), null, 2)}\n`;
}
