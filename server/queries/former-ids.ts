import { FORMER_ID_KIND, SEEDED_LABEL } from '../../seed/graph/elements.js';
import type { TransactionRunner } from '../database/executor.js';

// One index seek per id, on the seeded id's unique constraint.
const READ_CURRENT_IDS = `UNWIND $ids AS id
  MATCH (f:${SEEDED_LABEL}:${FORMER_ID_KIND} {id: id})
  RETURN f.id AS id, f.mergedInto AS current`;

/**
 * Cypher that binds `variable` to the entity the id in `$parameter` names: the id itself, or the
 * entity it was merged into. One more index seek in the query it opens, so a lookup by id stays
 * one round trip. Both names come from the code, never from a request.
 */
export function currentIdCall(parameter: string, variable: string): string {
  return `CALL () {
    OPTIONAL MATCH (former:${SEEDED_LABEL}:${FORMER_ID_KIND} {id: $${parameter}})
    RETURN coalesce(former.mergedInto, $${parameter}) AS ${variable}
  }`;
}

/**
 * Cypher that binds `variable` to the ids in the list `$parameter`, in their order, with each former
 * id replaced by the id of the entity it was merged into (null when the list is null), so that a
 * filter over `variable` finds what a filter by the current ids finds: one index seek per id, in
 * the query it opens. Both names come from the code, never from a request.
 */
export function currentIdsCall(parameter: string, variable: string): string {
  // Ordered by position before collecting: a comparison answers its actors in the order asked.
  return `CALL () {
    UNWIND range(0, size(coalesce($${parameter}, [])) - 1) AS position
    OPTIONAL MATCH (former:${SEEDED_LABEL}:${FORMER_ID_KIND} {id: $${parameter}[position]})
    WITH position, coalesce(former.mergedInto, $${parameter}[position]) AS current ORDER BY position
    RETURN CASE WHEN $${parameter} IS NULL THEN null ELSE collect(current) END AS ${variable}
  }`;
}

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
