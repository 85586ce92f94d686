import { createHash } from 'node:crypto';

/** The role a request's answers are cached under when nobody is signed in. */
export const ANONYMOUS_ROLE = 'anonymous';

/** What of a request decides its answer, besides the graph's revision. */
export interface CacheKeyParts {
  query: string;
  operationName?: string | null | undefined;
  variables?: Record<string, unknown> | null | undefined;
  /** The caller's role: answers may differ by role, so roles never share an entry. */
  role: string;
}

/**
 * The store's key: the operation, its variables and the caller's role. Variables are serialised in
 * the order the client sent them; two orders only cost a second entry, while sorting every request's
 * variables would cost each request.
 */
export function toCacheKey({ query, operationName, variables, role }: CacheKeyParts): string {
  return `${role}\n${operationName ?? ''}\n${JSON.stringify(variables ?? {})}\n${query}`;
}

/**
 * A weak entity tag for a key at a revision: the same in every API process, so a browser can
 * revalidate with any of them. Weak, because two answers at one revision may differ in bytes when
 * a write commits while one of them is read (both are current then).
 */
export function toEntityTag(key: string, revision: string): string {
  return `W/"${createHash('sha1').update(revision).update('\n').update(key).digest('base64url')}"`;
}

/** True when an `If-None-Match` header names `tag` (or is `*`), comparing weakly as RFC 9110 §13.1.2 says. */
export function matchesEntityTag(header: string | null, tag: string): boolean {
  if (!header) return false;
  const opaque = (value: string) => value.trim().replace(/^W\//, '');
  const wanted = opaque(tag);
  return header.split(',').some((candidate) => candidate.trim() === '*' || opaque(candidate) === wanted);
}
