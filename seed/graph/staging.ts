import type { ManagedTransaction, Session } from 'neo4j-driver';
import { NODE_LABELS, SEEDED_LABEL } from './elements.js';
import { SeedWriteError } from './seed-write-error.js';

/**
 * A difference too large for one transaction (a first load, a wholesale change) is written as a
 * whole new graph, in bounded batches, beside the live one, then published in one transaction:
 *
 * 1. staging: complete nodes labelled only `SeedStage` (their labels kept in `seedLabels`), with
 *    their relationships; no query of the API matches them, and none of them touches a live node;
 * 2. publishing, one transaction: the live nodes lose their labels for `SeedRetired`, the staged
 *    ones take theirs, and DatasetInfo records the new dataset. Readers see the old graph or the
 *    new one; a seed killed before this commit leaves the old graph, after it the new one;
 * 3. clean-up: the retired nodes, invisible since step 2, are deleted in batches.
 *
 * Leftovers of an interrupted seed (staged or retired nodes) are invisible, and the next seed or
 * server start deletes them.
 *
 * The publishing transaction's state grows with the graph (about 1 KB a node: a 1000× graph of
 * 733,000 nodes passes the 717 MB a 1 GB heap allows transactions). Before a first dataset is
 * published no reader sees any node (the API answers DATASET_NOT_LOADED), so a first load publishes
 * in batches of bounded size instead, and records the dataset last.
 */
export const STAGE_LABEL = 'SeedStage';
export const RETIRED_LABEL = 'SeedRetired';

/**
 * The largest difference applied in one transaction, so that readers see it whole: large enough
 * for the changes of a day's reading, small enough that a transaction's memory stays bounded
 * whatever the data size. A larger difference is written in batches (BATCH_ROWS) no reader sees.
 */
export const TRANSACTION_ROWS = 10_000;

/**
 * Rows per transaction of a write in batches (a first load, a staged graph). A transaction's state
 * stays on Neo4j's heap until it commits: at 10,000 rows, two batches in flight kept about 250 MB
 * alive through every young collection, and the collector spent 33 of a 1000× first load's JVM
 * CPU seconds copying them; at 2,000 rows it spent 2, with no more time lost to commits.
 */
export const BATCH_ROWS = 2_000;

// Every label the seed gives: what retiring a node takes away. Labels come from elements.ts.
const LIVE_LABELS = [...new Set([...Object.values(NODE_LABELS).flat(), SEEDED_LABEL])];
// Kind labels, and the seeded label: a node wearing none of these is not the seed's to retire.
const RETIRABLE = [...new Set([...Object.values(NODE_LABELS).map((labels) => labels[0]), SEEDED_LABEL])];

const RETIRE_LIVE = `MATCH (n:${RETIRABLE.join('|')})
  SET n:${RETIRED_LABEL} REMOVE n:${LIVE_LABELS.join(':')}
  RETURN count(n) AS retired`;

const PROMOTE_STAGED = `MATCH (n:${STAGE_LABEL})
  SET n:$(n.seedLabels) REMOVE n:${STAGE_LABEL}, n.seedLabels
  RETURN count(n) AS promoted`;

// The same two steps a batch at a time, for a graph no reader can see yet.
const RETIRE_LIVE_IN_BATCHES = `MATCH (n:${RETIRABLE.join('|')})
  CALL (n) { SET n:${RETIRED_LABEL} REMOVE n:${LIVE_LABELS.join(':')} } IN TRANSACTIONS OF ${TRANSACTION_ROWS} ROWS`;

const PROMOTE_STAGED_IN_BATCHES = `MATCH (n:${STAGE_LABEL})
  CALL (n) { SET n:$(n.seedLabels) REMOVE n:${STAGE_LABEL}, n.seedLabels } IN TRANSACTIONS OF ${TRANSACTION_ROWS} ROWS`;

async function countStaged(session: Session): Promise<number> {
  const counted = await session.run(`MATCH (n:${STAGE_LABEL}) RETURN count(n) AS staged`);
  return Number(counted.records[0]?.get('staged'));
}

/**
 * Publishes the staging area batch by batch, for a database where no dataset was ever published:
 * the caller records the dataset afterwards, which is when readers first see a graph. Refused
 * unless the staging area holds exactly the nodes this seed staged.
 */
export async function publishStagedInBatches(session: Session, stagedNodes: number): Promise<{ retired: number }> {
  const staged = await countStaged(session);
  if (staged !== stagedNodes) {
    throw new SeedWriteError(
      `the staging area holds ${staged} nodes, not the ${stagedNodes} this seed staged; nothing was published`,
    );
  }
  // Nodes an interrupted first load had already promoted: as invisible as the staged ones.
  const retired = await session.run(RETIRE_LIVE_IN_BATCHES);
  await session.run(PROMOTE_STAGED_IN_BATCHES);
  return { retired: retired.summary.counters.updates().labelsAdded };
}

/**
 * The commit point, in the caller's transaction: retires the live graph and promotes the staged
 * one. Refused unless the staging area holds exactly the nodes this seed staged.
 */
export async function publishStaged(tx: ManagedTransaction, stagedNodes: number): Promise<{ retired: number }> {
  const retired = await tx.run(RETIRE_LIVE);
  const promoted = await tx.run(PROMOTE_STAGED);
  const count = Number(promoted.records[0]?.get('promoted'));
  if (count !== stagedNodes) {
    throw new SeedWriteError(
      `the staging area holds ${count} nodes, not the ${stagedNodes} this seed staged; nothing was published`,
    );
  }
  return { retired: Number(retired.records[0]?.get('retired')) };
}

async function deleteLabelled(session: Session, label: string): Promise<number> {
  const result = await session.run(
    `MATCH (n:${label}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF ${TRANSACTION_ROWS} ROWS`,
  );
  return result.summary.counters.updates().nodesDeleted;
}

/** Deletes what an earlier, failed seed left in the staging area; returns how many nodes. */
export function discardStaged(session: Session): Promise<number> {
  return deleteLabelled(session, STAGE_LABEL);
}

/** Deletes the graph a publish retired, batch by batch; returns how many nodes. */
export function deleteRetired(session: Session): Promise<number> {
  return deleteLabelled(session, RETIRED_LABEL);
}

/** Deletes the invisible leftovers of an interrupted seed: staged and retired nodes. */
export async function clearLeftovers(session: Session, onProgress: (message: string) => void): Promise<void> {
  // Label counts come from the count store: nothing to delete costs one cheap read.
  const counted = await session.run(
    `MATCH (staged:${STAGE_LABEL}) WITH count(staged) AS staged MATCH (retired:${RETIRED_LABEL}) WITH staged, count(retired) AS retired RETURN staged + retired AS leftovers`,
  );
  if (Number(counted.records[0]?.get('leftovers')) === 0) return;
  const staged = await discardStaged(session);
  if (staged > 0) onProgress(`discarded ${staged} nodes an interrupted seed had staged`);
  const retired = await deleteRetired(session);
  if (retired > 0) onProgress(`deleted ${retired} nodes an interrupted seed had retired`);
}
