// Which link targets a picture may carry: web addresses and relative references only, so data can
// never put a `javascript:` (or other active) URL into a page.

/** The href if it is http(s), mailto or relative; otherwise undefined (draw the label unlinked). */
export function safeHref(href: string): string | undefined {
  const trimmed = href.trim();
  if (trimmed === '') return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return /[\u0000-\u001F\u007F]/.test(trimmed) ? undefined : trimmed;
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto' ? trimmed : undefined;
}
