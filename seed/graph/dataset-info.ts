import type { ManagedTransaction } from 'neo4j-driver';
import { writeFileRecords, type FileRecords } from '../incremental/seed-files.js';

/** What a seed records about the dataset it loaded. */
export interface DatasetDetails {
  version: string;
  facts: number;
  quotes: number;
  /** The files it was read from (records of the changed ones), so the next seed reads only what changed. */
  files?: FileRecords;
}

/**
 * Which state of the graph an answer was computed from: `revision` counts the committed changes, and
 * `epoch` is drawn when the `(:DatasetInfo)` node is created, so a database emptied and seeded again
 * never reuses a revision that a response cache may still hold.
 */
export interface GraphRevision {
  epoch: string;
  revision: number;
}

// The first SET takes the node's write lock before `revision` is read: Neo4j reads committed data,
// so two writers reading first could both write the same next revision (a lost update), and an
// answer cached between their commits would then outlive the second.
const ADVANCE = `MERGE (info:DatasetInfo {id: 'dataset'})
  SET info.revisionLock = true
  WITH info
  SET info.revision = coalesce(info.revision, 0) + 1,
      info.revisionEpoch = coalesce(info.revisionEpoch, randomUUID())
  REMOVE info.revisionLock`;

const ADVANCE_REVISION = `${ADVANCE}
  RETURN info.revisionEpoch AS epoch, info.revision AS revision`;

/**
 * The one `(:DatasetInfo)` node: `version` hashes the seed files, and `revision` counts the
 * committed changes. It is written in the transaction of the change it describes, so a reader
 * never sees a revision without its graph, nor a graph without its revision.
 */
const RECORD_DATASET = `${ADVANCE}
  SET info.version = $version, info.facts = $facts, info.quotes = $quotes,
      info.seedCode = $seedCode,
      info.filesRevision = CASE WHEN $seedCode IS NULL THEN null ELSE info.revision END
  RETURN info.revision AS revision`;

/**
 * Advances the graph's revision inside a write transaction. Every write that changes what a query
 * can answer (each mutation) calls it in the same transaction as its change, so the new revision
 * becomes visible exactly when the change does.
 */
export async function advanceRevision(tx: Pick<ManagedTransaction, 'run'>): Promise<GraphRevision> {
  const result = await tx.run(ADVANCE_REVISION);
  const record = result.records[0]!;
  return { epoch: record.get('epoch') as string, revision: Number(record.get('revision')) };
}

/**
 * Records the dataset and advances the revision, inside the caller's transaction; returns the new
 * revision. `filesRevision` marks the revision at which the graph was what the recorded files say:
 * an edit advances the revision past it, and the next seed then compares every entry.
 */
export async function recordDataset(tx: Pick<ManagedTransaction, 'run'>, details: DatasetDetails): Promise<number> {
  const { version, facts, quotes, files } = details;
  const result = await tx.run(RECORD_DATASET, { version, facts, quotes, seedCode: files?.seedCode ?? null });
  await writeFileRecords(tx, files);
  return Number(result.records[0]?.get('revision'));
}
