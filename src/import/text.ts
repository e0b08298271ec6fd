/** JSON-quoted, shortened to keep error messages one line. */
export function quoted(text: string, max = 60): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}

/** A paragraph's lines as written, joined by "\n" and trimmed at both ends only. */
export function paragraphText(raws: readonly string[]): string {
  return raws.join('\n').trim();
}

/** Splits a "• ..." list item into its text and the 0-based index where the text starts. */
export function bulletItem(raw: string): { text: string; at: number } | undefined {
  const m = /^(\s*•\s*)(.*?)\s*$/.exec(raw);
  return m ? { text: m[2]!, at: m[1]!.length } : undefined;
}
