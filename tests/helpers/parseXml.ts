// Strict XML parsing for tests: any error (not only fatal ones) fails the parse, and any warning
// too unless `allowWarnings`.

import { DOMParser } from '@xmldom/xmldom';
import type { Document, Element } from '@xmldom/xmldom';

export function parseXmlStrict(text: string, mimeType: 'image/svg+xml' | 'text/xml' = 'image/svg+xml', allowWarnings = false): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === 'warning' && allowWarnings) return;
      throw new Error(`XML ${level}: ${message}`);
    },
  });
  return parser.parseFromString(text, mimeType);
}

/** Every element of the given local name, in document order. */
export function elements(doc: Document, name: string): Element[] {
  return Array.from(doc.getElementsByTagName(name));
}

/** The text content of every element of the given name. */
export function texts(doc: Document, name: string): string[] {
  return elements(doc, name).map((e) => e.textContent ?? '');
}
