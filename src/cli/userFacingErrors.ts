// Errors whose message is the whole story for the person at the terminal; anything else is a bug
// and keeps its stack.
import { DatasetLoadError } from '../store/loadDataset.ts';
import { DatasetInvalidError } from '../store/openDataset.ts';
import { DataFileError } from '../store/DataFileError.ts';
import { PageError } from '../import/importPage.ts';
import { MovieTableError } from '../import/catalog/movieTable.ts';
import { InvalidBaseIriError } from '../vocab/iris.ts';
import { QueryRejectedError } from '../sparql/checkQuery.ts';
import { RemoteStoreError } from '../store/remote/errors.ts';

/** A command used in a way it cannot answer; the message says how to use it. */
export class UsageError extends Error {
  name = 'UsageError';
}

export function isUserFacingError(error: unknown): boolean {
  if (error instanceof UsageError || error instanceof QueryRejectedError) return true;
  if (error instanceof DatasetLoadError || error instanceof DatasetInvalidError || error instanceof DataFileError) return true;
  if (error instanceof PageError || error instanceof MovieTableError) return true;
  // The remote store's errors name the server and what it did; its credentials never appear.
  if (error instanceof RemoteStoreError) return true;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (['ENOENT', 'EACCES', 'EISDIR', 'EADDRINUSE', 'EADDRNOTAVAIL'].includes(code ?? '')) return true;
  return error instanceof InvalidBaseIriError;
}
