import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { applyDiff } from '../../seed/diff/apply-diff.js';
import { SEEDED_LABEL } from '../../seed/graph/elements.js';
import type { Executor, TransactionRunner } from '../database/executor.js';
import { recordChange, type ChangeRecord } from './changes.js';
import { beginEdit, runEdit } from './edit-transaction.js';
import { toChangeView, toEntryView, type ChangeView, type EntryView } from './edit-views.js';
import { conflictError, mergeBlockedError } from './mutation-errors.js';
import { prepareMerge, type MergePlan } from './prepare-merge.js';
import type { StoredEntry } from './stored-entry.js';

/** A merge as a resolver describes it. */
export interface EntityMerge {
  keep: string;
  merge: string;
  /** The versions of both entries the editor read (from the preview). */
  keepVersion: string;
  mergeVersion: string;
  comment?: string | null;
  idempotencyKey?: string | null;
  by: string;
  request: unknown;
}

/** What a merge answers: the kept entry as it now stands, a change per entry, and the plan it carried out. */
export interface MergeAnswer {
  entry: EntryView;
  changes: ChangeView[];
  plan: MergePlan;
}

// Every relationship of the merged entity belongs to an entry that names it, and the merge rewrote
// each of those: one left over would be a fact cut from its entry, so the merge is undone instead.
const LINKS_LEFT = `MATCH (n:${SEEDED_LABEL} {id: $id})-[r]-() RETURN count(r) AS count`;

function checkVersion(entry: StoredEntry, version: string, field: string): void {
  if (entry.version === version) return;
  throw conflictError(
    `\`${entry.entryId}\` ('${field}') changed since version ${version}: it is now ${entry.version}; preview the merge again and send that version`,
    { version: entry.version, entry: entry.body },
  );
}

/**
 * Merges one entity into another in one write transaction: the kept entry absorbs the merged one,
 * every entry that referred to it is rewritten, the merged entry is removed and its id kept as a
 * former id of the kept one; each changed entry records a change. All of it commits, or none of it.
 */
export function mergeEntities(executor: Executor, merge: EntityMerge): Promise<MergeAnswer> {
  return runEdit(executor, (run, tx) => mergeInTransaction(run, tx, merge));
}

async function mergeInTransaction(
  run: TransactionRunner,
  tx: ManagedTransaction,
  request: EntityMerge,
): Promise<MergeAnswer> {
  const { revision, requestHash } = await beginEdit(run, tx, request);
  const prepared = await prepareMerge(run, request.keep, request.merge);
  checkVersion(prepared.keep, request.keepVersion, 'keep');
  checkVersion(prepared.merge, request.mergeVersion, 'merge');
  const blocking = prepared.plan.conflicts.filter((conflict) => conflict.blocking);
  if (blocking.length > 0 || !prepared.diff) throw mergeBlockedError(blocking);
  await applyDiff(tx, prepared.diff);
  const [left] = await run<{ count: number }>(LINKS_LEFT, { id: request.merge });
  if (Number(left?.count ?? 0) > 0) {
    throw new Error(`merging ${request.merge}: ${String(left?.count)} relationships were left on its former id`);
  }

  const at = new Date().toISOString();
  const records: ChangeRecord[] = prepared.changed.map(({ before, after }) => ({
    id: randomUUID(),
    at,
    by: request.by,
    action: 'merge',
    collection: before.collection,
    entryId: before.entryId,
    path: null,
    comment: request.comment ?? null,
    before: JSON.stringify(before.body),
    after: after && JSON.stringify(after),
    idempotencyKey: null,
    requestHash,
    revision,
    answer: '',
    exported: false,
  }));
  const answer: MergeAnswer = {
    entry: toEntryView(prepared.kept),
    changes: records.map(toChangeView),
    plan: prepared.plan,
  };
  // The kept entry's change carries the key and the answer a retry gets back.
  const [first, ...rest] = records;
  await recordChange(run, {
    ...first!,
    idempotencyKey: request.idempotencyKey ?? null,
    answer: JSON.stringify(answer),
  });
  for (const record of rest) await recordChange(run, record);
  return answer;
}
