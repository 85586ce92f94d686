import type { Session } from 'neo4j-driver';
import { recordDataset, type DatasetDetails } from './dataset-info.js';
import type { GraphRows } from './elements.js';
import type { SeedRun } from './seed-run.js';
import { deleteRetired, discardStaged, publishStaged, publishStagedInBatches, TRANSACTION_ROWS } from './staging.js';
import { countNodes, countRows, stageGraphRows } from './write-graph.js';

export interface StageAndPublishOptions {
  openSession: () => Session;
  session: Session;
  run: SeedRun;
  rows: GraphRows;
  details: DatasetDetails;
  /** Rows per transaction of the staging. */
  batchRows: number;
  /** True when no dataset was ever published: readers see no graph until this one is recorded. */
  firstLoad: boolean;
  onProgress: (message: string) => void;
}

/**
 * Stages the whole new graph in batches, publishes it in one transaction (a first load: in batches,
 * recording the dataset last), then deletes the old one.
 */
export async function stageAndPublish({
  openSession,
  session,
  run,
  rows,
  details,
  batchRows,
  firstLoad,
  onProgress,
}: StageAndPublishOptions): Promise<number> {
  const total = countRows(rows);
  await run.setPhase('staging');
  onProgress(`staging ${total} nodes and relationships`);
  let written = 0;
  let revision: number;
  try {
    await stageGraphRows(openSession, rows, {
      batchSize: batchRows,
      onBatch: (count) => {
        written += count;
        onProgress(`staged ${written}/${total}`);
      },
    });
    await run.setPhase('publishing');
    let published: { retired: number; revision: number };
    if (firstLoad) {
      onProgress(`publishing the staged graph in batches of ${TRANSACTION_ROWS}: no reader sees a graph yet`);
      const { retired } = await publishStagedInBatches(session, countNodes(rows));
      published = { retired, revision: await session.executeWrite((tx) => recordDataset(tx, details)) };
    } else {
      onProgress('publishing the staged graph in one transaction');
      published = await run.publish(() =>
        session.executeWrite(async (tx) => {
          const { retired } = await publishStaged(tx, countNodes(rows));
          return { retired, revision: await recordDataset(tx, details) };
        }),
      );
    }
    revision = published.revision;
    onProgress(`published dataset ${details.version}: revision ${revision}, ${published.retired} nodes retired`);
  } catch (error) {
    // Best effort: if the database is gone, the next seed discards the staging area instead.
    await discardStaged(session).catch(() => {});
    throw error;
  }
  await run.setPhase('removing the retired graph');
  const removed = await deleteRetired(session);
  if (removed > 0) onProgress(`removed the retired graph: ${removed} nodes`);
  return revision;
}
