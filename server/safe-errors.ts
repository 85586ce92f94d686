import type { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { ErrorCode } from './errors.js';

/** The longest error message sent: room for any rule, never a client's whole input echoed back. */
export const MAX_ERROR_MESSAGE_LENGTH = 300;
/** The longest quoted value kept inside a message (`got "2025-…"`): enough to recognise it. */
const QUOTED_VALUE_LENGTH = 40;

const QUOTED = /"((?:[^"\\]|\\.)*)"/g;
// graphql-armor reports its rejections as syntax errors; they are limits, and say so without the label.
const SYNTAX_LABEL = 'Syntax Error: ';

/** Shortens the quoted values of a message, then the message itself. */
export function shortenMessage(message: string): string {
  const quotedShort = message.replace(QUOTED, (whole, inner: string) =>
    inner.length > QUOTED_VALUE_LENGTH
      ? `"${inner.slice(0, QUOTED_VALUE_LENGTH)}…" (${inner.length} characters)`
      : whole,
  );
  return quotedShort.length > MAX_ERROR_MESSAGE_LENGTH
    ? `${quotedShort.slice(0, MAX_ERROR_MESSAGE_LENGTH)}…`
    : quotedShort;
}

/**
 * One error as the client may see it: a code always (an error without one was not meant for the
 * client, so it is internal), no `originalError` (it names the server's parser and internals), a
 * bounded message, and no "Syntax Error" label on a limit that was hit.
 */
export function toSafeError(error: GraphQLError): GraphQLError {
  const { originalError, ...extensions } = error.extensions as Record<string, unknown>;
  // Yoga answers 400 for a body that is not JSON only while the parser's error rides along; without
  // it, the status must be stated, or a client accepting application/json would get 200.
  const http = extensions['http'] as { status?: number } | undefined;
  if (originalError !== undefined && http?.status) extensions['http'] = { status: http.status };
  const code = typeof extensions['code'] === 'string' ? extensions['code'] : ErrorCode.Internal;
  let message = error.message;
  if (code === ErrorCode.BadUserInput && message.startsWith(SYNTAX_LABEL)) message = message.slice(SYNTAX_LABEL.length);
  message = shortenMessage(message);
  if (message === error.message && code === extensions['code'] && originalError === undefined) return error;
  return createGraphQLError(message, {
    ...(error.nodes && { nodes: error.nodes }),
    ...(!error.nodes && error.source && { source: error.source }),
    ...(!error.nodes && error.positions && { positions: error.positions }),
    ...(error.path && { path: error.path }),
    extensions: { ...extensions, code },
  });
}

/** Applies `toSafeError` to every error of every response, whichever stage raised it. */
export function useSafeErrors(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors) return;
      setResult({ ...result, errors: result.errors.map((error) => toSafeError(error as GraphQLError)) });
    },
  };
}
