// What can go wrong talking to a remote SPARQL server, as types the layers above can tell apart:
// the HTTP layer answers 503 + Retry-After for an unavailable store, the command line prints the
// message. Every message names the URL, never the credentials.

export class RemoteStoreError extends Error {
  name = 'RemoteStoreError';
}

/** The server cannot be reached, refused the connection, answered 502/503/504, or took too long. */
export class RemoteStoreUnavailableError extends RemoteStoreError {
  name = 'RemoteStoreUnavailableError';
  constructor(
    message: string,
    /** Seconds after which trying again makes sense (the server's Retry-After, or a default). */
    readonly retryAfterSeconds: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** No answer within the client's time limit. */
export class RemoteStoreTimeoutError extends RemoteStoreUnavailableError {
  name = 'RemoteStoreTimeoutError';
}

/** The server refused the credentials, or asked for some and none were given. */
export class RemoteStoreAuthenticationError extends RemoteStoreError {
  name = 'RemoteStoreAuthenticationError';
}

/**
 * A client's query cannot be scoped to filmgraph's graphs without naming each (scopeQuery.ts), and
 * the catalogue has too many for one query's text.
 */
export class RemoteStoreScopeTooLargeError extends RemoteStoreError {
  name = 'RemoteStoreScopeTooLargeError';
}

/**
 * The server answered 200 with less than the whole answer: cut at its row limit (Virtuoso's
 * ResultSetMaxRows, header X-SPARQL-MaxRows) or stopped at its time limit (Virtuoso's anytime
 * query, header X-SQL-State: S1TAT); or a long answer read in pages does not add up (`paging`:
 * the pages do not follow each other, or hold another number of triples than the load record
 * says). A partial answer is never passed off as whole.
 */
export class RemoteStoreIncompleteAnswerError extends RemoteStoreError {
  name = 'RemoteStoreIncompleteAnswerError';
  constructor(
    message: string,
    readonly reason: 'row-limit' | 'time-limit' | 'paging',
  ) {
    super(message);
  }
}

/** Any other refusal: a 4xx or 5xx, or a body that is not what its Content-Type says. */
export class RemoteStoreRequestError extends RemoteStoreError {
  name = 'RemoteStoreRequestError';
  constructor(
    message: string,
    /** The HTTP status, or 0 when the status was fine but the body was not. */
    readonly status: number,
  ) {
    super(message);
  }
}
