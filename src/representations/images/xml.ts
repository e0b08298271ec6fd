// Escaping for SVG text and attribute values: the one way every picture puts data into markup.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text safe in XML character data and in a double- or single-quoted attribute value. Characters
 * XML 1.0 forbids (C0 controls other than tab and line feed, lone surrogates, U+FFFE, U+FFFF)
 * become U+FFFD, so the output always parses.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** A number as SVG writes it: at most two decimals, no "-0", no trailing zeros. */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}
