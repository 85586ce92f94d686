import { GraphQLError } from 'graphql';

/** The error codes clients can rely on, in `extensions.code`. */
export const ErrorCode = {
  NotFound: 'NOT_FOUND',
  BadUserInput: 'BAD_USER_INPUT',
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  /** The HTTP request itself was malformed (a bad Content-Length, a body that is not JSON). */
  BadRequest: 'BAD_REQUEST',
  RequestTooLarge: 'REQUEST_ENTITY_TOO_LARGE',
  /** Anything unexpected: masked in the response, logged on the server. */
  Internal: 'INTERNAL_SERVER_ERROR',
  /** An operation type (`mutation`, `subscription`) the schema does not define. */
  OperationNotSupported: 'OPERATION_NOT_SUPPORTED',
  /** Only persisted operations are accepted, and this one is not among them. */
  OperationNotPersisted: 'PERSISTED_QUERY_NOT_FOUND',
  /** Only the web client's operations, sent by id, are accepted, and this one came as text. */
  OperationNotTrusted: 'PERSISTED_QUERY_ONLY',
  /** The database holds no dataset yet: a first seed has not finished. */
  DatasetNotLoaded: 'DATASET_NOT_LOADED',
  /** The request needs a signed-in user (or a valid API token) and has none. */
  Unauthenticated: 'UNAUTHENTICATED',
  /** The user is signed in but their role does not allow this. */
  Forbidden: 'FORBIDDEN',
  /** Too many failed sign-ins for one name; wait before trying again. */
  RateLimited: 'RATE_LIMITED',
  /** A mutation came without the header that proves it is not a cross-site request. */
  CsrfHeaderMissing: 'CSRF_HEADER_MISSING',
  /** An edit was made against a version of the entry that is no longer current. */
  Conflict: 'CONFLICT',
  /** A seed is changing the graph: edits wait until it has finished. */
  SeedInProgress: 'SEED_IN_PROGRESS',
} as const;

/** ``Person `umerov` not found``: the kind and the id the client asked for. */
export function notFoundError(kind: string, id: string): GraphQLError {
  return new GraphQLError(`${kind} \`${id}\` not found`, { extensions: { code: ErrorCode.NotFound } });
}

/** A request argument broke a rule; the message names the argument and the rule. */
export function badUserInputError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput } });
}

/** Neo4j did not answer; the request may succeed once it is back. */
export function databaseUnavailableError(): GraphQLError {
  return new GraphQLError('The graph database is unavailable; try again shortly', {
    extensions: { code: ErrorCode.DatabaseUnavailable },
  });
}

/** No seed has published a dataset yet: an empty answer would pose as data. */
export function datasetNotLoadedError(): GraphQLError {
  return new GraphQLError('The database holds no dataset yet; try again once the first seed has finished', {
    extensions: { code: ErrorCode.DatasetNotLoaded },
  });
}

/** No user, or not the right one: the message says what is missing. */
export function unauthenticatedError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Unauthenticated } });
}

/** Signed in, but the role does not allow the operation. */
export function forbiddenError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden } });
}

/** Failed sign-ins for one name hit the limit. */
export function rateLimitedError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.RateLimited } });
}

/** A mutation without the anti-CSRF header; the message names the header. */
export function csrfHeaderMissingError(header: string): GraphQLError {
  return new GraphQLError(`Requests that change the graph must send the \`${header}\` header`, {
    extensions: { code: ErrorCode.CsrfHeaderMissing },
  });
}
