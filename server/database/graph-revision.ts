import type { ManagedTransaction } from 'neo4j-driver';
import type { Executor } from './executor.js';

/**
 * Which state of the graph an answer was computed from. The single `(:DatasetInfo)` node keeps a
 * `revision` that every committed change advances in its own transaction, and a `revisionEpoch`
 * drawn when the node is created: a graph replaced wholesale (a seed's swap deletes the node, a
 * reset empties the database) restarts at revision 1 under a new epoch, so it never reuses a
 * revision that a cache may still hold.
 */
export interface GraphRevision {
  epoch: string;
  revision: number;
}

// The first SET takes the node's write lock before `revision` is read: Neo4j reads committed data,
// so two writers reading first could both write the same next revision (a lost update), and an
// answer cached between their commits would then outlive the second.
const ADVANCE_REVISION = `MERGE (info:DatasetInfo {id: 'dataset'})
  SET info.revisionLock = true
  WITH info
  SET info.revision = coalesce(info.revision, 0) + 1,
      info.revisionEpoch = coalesce(info.revisionEpoch, randomUUID())
  REMOVE info.revisionLock
  RETURN info.revisionEpoch AS epoch, info.revision AS revision`;

const READ_REVISION = `MATCH (info:DatasetInfo {id: 'dataset'})
  RETURN info.revisionEpoch AS epoch, info.revision AS revision`;

/**
 * Advances the graph's revision inside a write transaction. Every write that changes what a query
 * can answer (a seed's swap, each mutation) calls it in the same transaction as its change, so the
 * new revision becomes visible exactly when the change does.
 */
export async function advanceRevision(tx: Pick<ManagedTransaction, 'run'>): Promise<GraphRevision> {
  const result = await tx.run(ADVANCE_REVISION);
  const record = result.records[0]!;
  return { epoch: record.get('epoch') as string, revision: Number(record.get('revision')) };
}

/** The graph's current revision, or null when it has none (no dataset yet, or one seeded before revisions). */
export async function readRevision(executor: Executor): Promise<GraphRevision | null> {
  // Every cached answer waits for this read: one round trip, not a transaction's two.
  const [record] = await executor.read<{ epoch: string | null; revision: number | null }>(
    READ_REVISION,
    {},
    { autoCommit: true },
  );
  if (!record || record.epoch === null || record.revision === null) return null;
  return { epoch: record.epoch, revision: record.revision };
}

/** One string per revision, for keys and ETags. */
export function formatRevision({ epoch, revision }: GraphRevision): string {
  return `${epoch}.${revision}`;
}
