import type { Session } from 'neo4j-driver';
import { advanceRevision } from '../../server/database/graph-revision.js';
import { NODE_LABELS } from './elements.js';
import { SeedWriteError } from './seed-write-error.js';

/**
 * A seed writes in many small transactions, so its memory stays bounded, yet it must never leave
 * half a dataset behind. It therefore writes into a staging area the API cannot see, then swaps:
 *
 * 1. staging: nodes labelled only `SeedStage` (their real labels kept in `seedLabels`), with their
 *    relationships; a failure here discards the staging area and the live graph is untouched;
 * 2. the commit point: one small transaction records a `SeedSwap` marker;
 * 3. the swap: the previous graph is deleted and the staged nodes take their real labels, in
 *    batches; the marker goes last, with the new DatasetInfo.
 *
 * A seed interrupted after step 2 is finished by the next seed or server start (roll forward);
 * one interrupted before it is discarded (roll back). Either way no reader is left with a mix.
 */
export const STAGE_LABEL = 'SeedStage';
const SWAP_LABEL = 'SeedSwap';
const SWAP_BATCH_SIZE = 10_000;
const REPLANNING_TIMEOUT_S = 300;

/** What the swap records on DatasetInfo once it completes. */
export interface SwapDetails {
  /** Nodes the seed staged: the swap is refused unless the staging area holds exactly these. */
  stagedNodes: number;
  version: string;
  facts: number;
  quotes: number;
  /** Delete every node of the database, not only the seed's own. */
  reset: boolean;
}

// Every label a seed writes: the graph a seed replaces when it is not asked to empty the database.
const SEEDED_LABELS = [...new Set([...Object.values(NODE_LABELS).flat(), 'DatasetInfo'])];
const IS_SEEDED = SEEDED_LABELS.map((label) => `n:${label}`).join(' OR ');

/** Deletes whatever an earlier, failed seed left in the staging area. */
export async function discardStaged(session: Session): Promise<void> {
  await session.run(`MATCH (n:${STAGE_LABEL}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF ${SWAP_BATCH_SIZE} ROWS`);
}

/** The commit point: from here on, the staged graph replaces the live one even if the seed is interrupted. */
export async function markSwap(session: Session, details: SwapDetails): Promise<void> {
  // Checked in the same transaction: another seed, or a server start discarding what it took for
  // an abandoned staging area, must never turn into a swap of half a dataset.
  const result = await session.executeWrite((tx) =>
    tx.run(
      `MATCH (n:${STAGE_LABEL}) WITH count(n) AS staged WHERE staged = $stagedNodes
       MERGE (s:${SWAP_LABEL}) SET s.version = $version, s.facts = $facts, s.quotes = $quotes, s.reset = $reset
       RETURN staged`,
      details,
    ),
  );
  if (result.records.length === 0) {
    throw new SeedWriteError(
      'the staging area changed while this seed wrote it (another seed or a server start?); nothing was swapped in',
    );
  }
}

/** Replaces the live graph with the staged one, batch by batch, then removes the marker. */
export async function finishSwap(
  session: Session,
  reset: boolean,
  onProgress: (message: string) => void,
): Promise<void> {
  const previous = reset ? `NOT n:${STAGE_LABEL} AND NOT n:${SWAP_LABEL}` : `(${IS_SEEDED}) AND NOT n:${STAGE_LABEL}`;
  const deleted = await session.run(
    `MATCH (n) WHERE ${previous} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF ${SWAP_BATCH_SIZE} ROWS`,
  );
  const removed = deleted.summary.counters.updates().nodesDeleted;
  if (removed > 0) onProgress(`${reset ? 'emptied the database' : 'removed the previous graph'}: ${removed} nodes`);
  let swapped = 0;
  for (;;) {
    const result = await session.executeWrite((tx) =>
      tx.run(
        `MATCH (n:${STAGE_LABEL}) WITH n LIMIT ${SWAP_BATCH_SIZE}
         SET n:$(n.seedLabels) REMOVE n:${STAGE_LABEL}, n.seedLabels
         RETURN count(n) AS swapped`,
      ),
    );
    const count = Number(result.records[0]?.get('swapped') ?? 0);
    if (count === 0) break;
    swapped += count;
    onProgress(`swapped in ${swapped} nodes`);
  }
  await session.executeWrite(async (tx) => {
    await tx.run(`MATCH (s:${SWAP_LABEL})
      MERGE (info:DatasetInfo {id: "dataset"})
      SET info.version = s.version, info.facts = s.facts, info.quotes = s.quotes
      DELETE s`);
    // In the swap's last transaction: cached answers of the previous graph stop being served as it commits.
    await advanceRevision(tx);
  });
  // The graph changed wholesale, but index samples and cached plans still describe the old one:
  // a plan made for a few dozen stances scans every stance of a large graph. Resample, replan.
  await session.run(`CALL db.prepareForReplanning(${REPLANNING_TIMEOUT_S})`);
}

/**
 * Brings a database back to a whole dataset after an interrupted seed: finishes a swap that passed
 * its commit point, and discards a staging area that did not.
 */
export async function finishInterruptedSeed(session: Session, onProgress: (message: string) => void): Promise<void> {
  const pending = await session.executeRead((tx) =>
    tx.run(`MATCH (s:${SWAP_LABEL}) RETURN s.version AS version, s.reset AS reset`),
  );
  const [marker] = pending.records;
  if (marker) {
    onProgress(`finishing the interrupted swap to dataset ${String(marker.get('version'))}`);
    await finishSwap(session, marker.get('reset') === true, onProgress);
  }
  await discardStaged(session);
}
