import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { csrfHeaderMissingError } from '../errors.js';

/**
 * A header a cross-site form or image cannot send: a browser only lets a page of another origin
 * set it after a CORS preflight this server never approves. Required on every mutation, sign-in
 * included, whatever the content type. Yoga's CSRF-prevention plugin asks it of reads too, which
 * would close the open reading API to plain GET requests; this asks it of writes only.
 */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/** Cookies resolvers set, per request, until the response goes out. */
const pendingCookies = new WeakMap<Request, string[]>();

/** Queues a `Set-Cookie` header for the response to `request`. */
export function setResponseCookie(request: Request, cookie: string): void {
  const cookies = pendingCookies.get(request) ?? [];
  cookies.push(cookie);
  pendingCookies.set(request, cookies);
}

/** Refuses mutations without the CSRF header, and writes the cookies resolvers set. */
export function useAuth(): Plugin<{ request: Request }> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation === 'mutation' && !args.contextValue.request.headers.has(CSRF_HEADER)) {
        setResultAndStopExecution({ errors: [csrfHeaderMissingError(CSRF_HEADER)] });
      }
    },
    onResponse({ request, response }) {
      for (const cookie of pendingCookies.get(request) ?? []) response.headers.append('set-cookie', cookie);
    },
  };
}
