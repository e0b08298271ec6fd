/** A data file filmgraph cannot use: the message names the file and, where known, line and column. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ${detail}`);
    this.name = 'DataFileError';
  }
}
