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
