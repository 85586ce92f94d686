import { MAX_LIST_ITEMS } from '../argument-rules.js';
import { badUserInputError, notFoundError } from '../errors.js';
import { ENTITY_TYPE_LABELS } from '../queries/graph-elements.js';

/** Resolves to the value, or fails with NOT_FOUND naming the kind and the id. */
export async function found<T>(value: Promise<T | undefined>, kind: string, id: string): Promise<T> {
  const result = await value;
  if (result === undefined || result === null) throw notFoundError(kind, id);
  return result;
}

/** The most items one page may hold. */
export const MAX_LIMIT = 200;
/**
 * The furthest a page may start: enough to page through the benchmarks' 1000× dataset, and far
 * below 2^31, past which Neo4j refuses `SKIP $offset LIMIT $limit` as an integer overflow.
 */
export const MAX_OFFSET = 1_000_000;

/** Checks `limit` and `offset` of a paged list. */
export function checkPage({ limit, offset }: { limit: number; offset: number }): { limit: number; offset: number } {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw badUserInputError(`'limit' must be 1–${MAX_LIMIT}, got ${limit}`);
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET)
    throw badUserInputError(`'offset' must be 0–${MAX_OFFSET}, got ${offset}`);
  return { limit, offset };
}

/** Checks that a date range is not reversed (a partial date contains its own days: "2025" to "2025-06" is fine). */
export function checkRange(from?: string | null, to?: string | null): void {
  if (from && to && from > to && !from.startsWith(to))
    throw badUserInputError(`'from' (${from}) must not be after 'to' (${to})`);
}

/** Checks the depth of a neighbourhood. */
export function checkDepth(depth: number): 1 | 2 | 3 {
  if (depth !== 1 && depth !== 2 && depth !== 3) throw badUserInputError(`'depth' must be 1–3, got ${depth}`);
  return depth;
}

/** Checks a list of ids: not empty when required, and of a bounded size. */
export function checkIds(
  name: string,
  ids: readonly string[] | null | undefined,
  { max = MAX_LIST_ITEMS, required = false } = {},
): string[] | null {
  if (ids === null || ids === undefined) {
    if (required) throw badUserInputError(`'${name}' must list at least one id`);
    return null;
  }
  if (required && ids.length === 0) throw badUserInputError(`'${name}' must list at least one id`);
  if (ids.length > max) throw badUserInputError(`'${name}' may list at most ${max} ids, got ${ids.length}`);
  return [...new Set(ids)];
}

/** Checks search text: something to look for, of a sensible length. */
export function checkSearchText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw badUserInputError("'text' must not be empty");
  if (trimmed.length > 200) throw badUserInputError(`'text' must be at most 200 characters, got ${trimmed.length}`);
  return trimmed;
}

/** EntityType values (PERSON, DOCUMENT_EVENT…) as the labels that mark them (Person, DocumentEvent…). */
export function toLabels(types: readonly (keyof typeof ENTITY_TYPE_LABELS)[] | null | undefined): string[] | null {
  if (!types || types.length === 0) return null;
  return types.map((type) => ENTITY_TYPE_LABELS[type]);
}

/** A GraphQL enum value as stored: TALKS_ROUND → 'talks-round'. */
export function toStored(value: string): string {
  return value.toLowerCase().replaceAll('_', '-');
}
