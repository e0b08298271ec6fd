// The one place HTML is escaped. Pages are written with the `html` tagged template: every
// interpolated value is escaped unless it is already `SafeHtml` (the result of another `html`
// template, or markup explicitly trusted with `trusted()`). Arrays are joined; null, undefined and
// false render nothing, so `${cond && html`...`}` works.

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

// A raw carriage return would be read back as a line feed (HTML normalises line ends); a
// reference keeps it.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r': '&#13;' };

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (c) => ENTITIES[c]);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: the literal parts are markup, every interpolated value is escaped. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/**
 * Marks markup made elsewhere as trusted (inline SVG from the images module, JSON-LD already
 * escaped for a script element). Never pass data from the store through this.
 */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Joins fragments with a separator (itself escaped unless SafeHtml). */
export function joinHtml(items: readonly HtmlValue[], separator: HtmlValue = ''): SafeHtml {
  const sep = render(separator);
  return new SafeHtml(items.map(render).filter((s) => s !== '').join(sep));
}
