import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/** How many variable sets each document remembers: the client asks a few, a flood asks many. */
const VARIABLE_SETS_PER_DOCUMENT = 64;

/**
 * Remembers a pure function of a parsed document, its operation name and its variables. The parser
 * cache hands every request with the same text the same document object, so a repeated request
 * skips the work; documents dropped from that cache are dropped here with them (a WeakMap). Make one
 * per plugin instance, so one schema stands behind every answer it keeps.
 */
export function memoByDocument<T>(
  compute: (document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>) => T,
): (document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>) => T {
  const byDocument = new WeakMap<DocumentNode, LRUCache<string, { value: T }>>();
  return (document, operationName, variables) => {
    let known = byDocument.get(document);
    if (!known) byDocument.set(document, (known = new LRUCache({ max: VARIABLE_SETS_PER_DOCUMENT })));
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
    const hit = known.get(key);
    if (hit) return hit.value;
    const value = compute(document, operationName, variables);
    known.set(key, { value });
    return value;
  };
}
