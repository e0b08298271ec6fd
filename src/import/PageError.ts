/** A film page that does not follow the layout. The message starts with `line N: `. */
export class PageError extends Error {
  readonly line: number;
  readonly column?: number;
  /** What is wrong and what was expected, without the position. */
  readonly detail: string;

  constructor(line: number, detail: string, column?: number) {
    super(`line ${line}: ${column === undefined ? '' : `column ${column}: `}${detail}`);
    this.name = 'PageError';
    this.line = line;
    this.detail = detail;
    if (column !== undefined) this.column = column;
  }

  /** The compiler-style form `FILE:LINE[:COLUMN]: detail`, for a page read from FILE. */
  inFile(file: string): string {
    return `${file}:${this.line}${this.column === undefined ? '' : `:${this.column}`}: ${this.detail}`;
  }
}
