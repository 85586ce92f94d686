import { FORMER_ID_KIND, SEEDED_LABEL } from '../../seed/graph/elements.js';
import { readerOf, type Executor, type TransactionRunner } from '../database/executor.js';

// One index seek per id, on the seeded id's unique constraint.
const READ_CURRENT_IDS = `UNWIND $ids AS id
  MATCH (f:${SEEDED_LABEL}:${FORMER_ID_KIND} {id: id})
  RETURN f.id AS id, f.mergedInto AS current`;

/** The entity each id was merged into, for the ids that name merged entities; the others are absent. */
export async function readCurrentIds(run: TransactionRunner, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await run<{ id: string; current: string }>(READ_CURRENT_IDS, { ids: [...new Set(ids)] });
  return new Map(rows.map(({ id, current }) => [id, current]));
}

/** The id of the entity that absorbed `id`, or `id` itself when it was not merged. */
export async function readCurrentId(run: TransactionRunner, id: string): Promise<string> {
  return (await readCurrentIds(run, [id])).get(id) ?? id;
}

/**
 * Runs `read` with the ids as asked and, when `isFound` says it found nothing and some of `ids`
 * name merged entities, once more with those replaced by the entities that absorbed them. An id
 * that resolves costs one more index seek, on a miss only: every other request runs as before.
 */
export async function readFollowingMerges<T>(
  executor: Executor,
  ids: readonly string[],
  read: (current: (id: string) => string) => Promise<T>,
  isFound: (result: T) => boolean,
): Promise<T> {
  const first = await read((id) => id);
  if (isFound(first)) return first;
  const current = await readCurrentIds(readerOf(executor), ids);
  return current.size === 0 ? first : read((id) => current.get(id) ?? id);
}

/** True when a read found something. */
export const isPresent = (value: unknown): boolean => value !== undefined && value !== null;
