// Turns the page's bytes into numbered lines, refusing what is not text, so that every later
// error can name a line.
import { createHash } from 'node:crypto';
import { PageError } from './PageError.ts';

export interface PageLine {
  /** 1-based line number. */
  n: number;
  /** The line as written, without its line break. */
  raw: string;
}

export interface DecodedPage {
  lines: PageLine[];
  /** Hex SHA-256 of the input bytes (of the UTF-8 encoding when given a string). */
  sha256: string;
}

// C0 and C1 controls other than tab, LF and CR, and DEL.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function decodePage(input: string | Uint8Array): DecodedPage {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeUtf8(input);
  const lines = text.split(/\r\n|\r|\n/).map((raw, i) => ({ n: i + 1, raw }));
  for (const line of lines) {
    const bad = CONTROL.exec(line.raw);
    if (bad) {
      const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      throw new PageError(line.n, `expected text, found control character U+${code} (is this a binary file?)`, bad.index + 1);
    }
  }
  return { lines, sha256 };
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidUtf8(bytes);
  }
}

/** Locates the first invalid byte so the error can name its line and column. */
function invalidUtf8(bytes: Uint8Array): PageError {
  // Decoding a prefix in streaming mode fails exactly when it holds an invalid sequence, so the
  // shortest failing prefix ends at the first bad byte.
  const fails = (end: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fails(mid)) hi = mid;
    else lo = mid + 1;
  }
  // Streaming leaves out the unfinished sequence the bad byte interrupts, so the column is where
  // the bad sequence starts.
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, Math.max(lo - 1, 0)), { stream: true });
  const lines = before.split(/\r\n|\r|\n/);
  const last = lines[lines.length - 1] ?? '';
  return new PageError(lines.length, 'expected UTF-8 text, found invalid bytes (is this a binary file?)', last.length + 1);
}
