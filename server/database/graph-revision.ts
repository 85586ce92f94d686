import type { GraphRevision } from '../../seed/graph/dataset-info.js';
import type { Executor } from './executor.js';

const READ_REVISION = `MATCH (info:DatasetInfo {id: 'dataset'})
  RETURN info.revisionEpoch AS epoch, info.revision AS revision`;

/** The graph's current revision, or null when it has none (no dataset yet, or one seeded before revisions). */
export async function readRevision(executor: Executor): Promise<GraphRevision | null> {
  // Every cached answer waits for this read: one round trip, not a transaction's two.
  const [record] = await executor.readUngated<{ epoch: string | null; revision: number | null }>(
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
