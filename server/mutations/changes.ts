import type { TransactionRunner } from '../database/executor.js';

/**
 * The audit trail: every committed edit creates one `(:Change)` in its own transaction. Not
 * `Seeded`: the seed never writes, retires or deletes it; `npm run export` marks it `exported`.
 */
export const CHANGE_LABEL = 'Change';

/** What an edit did to its entry. */
export type ChangeAction = 'add' | 'edit' | 'retract' | 'merge';

/** One change as stored; `before` and `after` are the entry's body as JSON text. */
export interface ChangeRecord {
  id: string;
  /** An ISO date-time. */
  at: string;
  by: string;
  action: ChangeAction;
  collection: string;
  entryId: string;
  /** The fact inside the entry that was retracted (`posts[1]`), or null for the entry. */
  path: string | null;
  comment: string | null;
  before: string | null;
  after: string | null;
  idempotencyKey: string | null;
  /** A hash of the request, so that a key reused for another request is refused, not replayed. */
  requestHash: string;
  /** The graph's revision this change committed as: orders the history. */
  revision: number;
  /** The mutation's answer (JSON), returned again to a retry with the same key. */
  answer: string;
  exported: boolean;
}

const CREATE_CHANGE = `CREATE (c:${CHANGE_LABEL}) SET c = $change, c.at = datetime($change.at)`;

const FIELDS = `c {.*, at: toString(c.at)} AS change`;

/** Records one change inside the edit's transaction. */
export async function recordChange(run: TransactionRunner, change: ChangeRecord): Promise<void> {
  await run(CREATE_CHANGE, { change });
}

/** The change recorded under an idempotency key, if any. */
export async function readChangeByKey(run: TransactionRunner, key: string): Promise<ChangeRecord | undefined> {
  const rows = await run<{ change: ChangeRecord }>(
    `MATCH (c:${CHANGE_LABEL} {idempotencyKey: $key}) RETURN ${FIELDS}`,
    { key },
  );
  return rows[0]?.change;
}

/** The changes of the entries with these ids (an entity's own and those merged into it), oldest first. */
export async function readHistory(
  read: (query: string, parameters: Record<string, unknown>) => Promise<{ change: ChangeRecord }[]>,
  entryIds: readonly string[],
): Promise<ChangeRecord[]> {
  const rows = await read(
    `MATCH (c:${CHANGE_LABEL}) WHERE c.entryId IN $entryIds RETURN ${FIELDS} ORDER BY c.revision, c.at, c.entryId LIMIT $limit`,
    { entryIds, limit: HISTORY_LIMIT },
  );
  return rows.map((row) => row.change);
}

/** The most changes `history` returns: a long-lived entry's trail stays one page. */
export const HISTORY_LIMIT = 1_000;
