import { GraphQLError } from 'graphql';
import type { FetchAPI, Plugin } from 'graphql-yoga';
import { ErrorCode } from './errors.js';

/** The largest request body the API reads: far above any real operation (the web client's richest is a few KB). */
export const MAX_REQUEST_BODY_BYTES = 1_048_576;

// A single non-negative integer; anything else (signs, lists, spaces) could hide a smuggled request.
const CONTENT_LENGTH = /^\d+$/;

function bodyTooLargeError(limit: number): GraphQLError {
  return new GraphQLError(`Request body larger than ${limit} bytes`, {
    extensions: { code: ErrorCode.RequestTooLarge, http: { status: 413 } },
  });
}

function invalidContentLengthError(): GraphQLError {
  return new GraphQLError('Content-Length must be a single whole number', {
    extensions: { code: ErrorCode.BadRequest, http: { status: 400 } },
  });
}

/** Reads a body that declared no length, stopping as soon as it passes the limit. */
async function readWithinLimit(request: Request, limit: number, fetchAPI: FetchAPI): Promise<Request> {
  const reader = request.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw bodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: Buffer.concat(chunks),
  });
}

/**
 * Caps request bodies, in place of yoga's own limit (turned off in app.ts). Yoga's limit pipes
 * every body through a TransformStream, and Node ends each such pipe by aborting an AbortController,
 * whose DOMException and stack trace were the largest single cost of a request in our layer.
 *
 * A declared Content-Length is checked before anything is read: Node's HTTP parser never hands
 * over more bytes than it declares (an in-process `app.fetch` is trusted to tell the truth).
 * Only a body without one, sent in chunks, is counted while it is read.
 */
export function useRequestBodyLimit(limit: number = MAX_REQUEST_BODY_BYTES): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!CONTENT_LENGTH.test(declared)) throw invalidContentLengthError();
        if (Number(declared) > limit) throw bodyTooLargeError(limit);
        return;
      }
      if (requestParser === undefined || request.body === null) return;
      setRequestParser(async (unread) => requestParser(await readWithinLimit(unread, limit, fetchAPI)));
    },
  };
}
