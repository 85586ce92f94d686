import type { Session } from 'neo4j-driver';
import { applyDiff } from '../diff/apply-diff.js';
import type { GraphDiff } from '../diff/compute-diff.js';
import { splitDiff } from '../diff/split-diff.js';
import { recordDataset, type DatasetDetails } from './dataset-info.js';
import type { SeedRun } from './seed-run.js';
import { writeBatches } from './write-graph.js';
import { dropSchemaUntilLoaded, ensureSchema } from './ensure-schema.js';

export interface WriteFirstLoadOptions {
  openSession: () => Session;
  session: Session;
  run: SeedRun;
  diff: GraphDiff;
  details: DatasetDetails;
  /** Rows per transaction. */
  batchRows: number;
  onProgress: (message: string) => void;
}

/**
 * A first load: no dataset was ever published, so the API answers DATASET_NOT_LOADED whatever the
 * graph holds, and nothing needs staging beside a live graph. The difference is written straight
 * into the graph with its own labels, one transaction per batch, and the dataset is recorded last:
 * that commit is when readers first see a graph. Staging then promoting wrote every node twice,
 * its indexes included; this writes it once. The constraints and indexes that only the API reads
 * with are built after the data, over the whole graph at once, rather than updated row by row.
 *
 * A first load killed midway leaves nodes no reader can reach: the next seed's comparison counts
 * them as written, and writes only the rest.
 */
export async function writeFirstLoad({
  openSession,
  session,
  run,
  diff,
  details,
  batchRows,
  onProgress,
}: WriteFirstLoadOptions): Promise<number> {
  await run.setPhase('writing a first load');
  await dropSchemaUntilLoaded(session);
  onProgress(`writing ${diff.size} nodes and relationships in batches of ${batchRows}: no reader sees a graph yet`);
  let written = 0;
  for (const phase of splitDiff(diff, batchRows)) {
    await writeBatches(openSession, phase, async (batchSession, batch) => {
      await batchSession.executeWrite((tx) => applyDiff(tx, batch));
      written += batch.size;
      onProgress(`wrote ${written}/${diff.size}`);
    });
  }
  await run.setPhase('building the indexes of a first load');
  onProgress('building the constraints and indexes over the whole graph');
  const { created } = await ensureSchema(session);
  onProgress(`built ${created} constraints and indexes`);
  const revision = await session.executeWrite((tx) => recordDataset(tx, details));
  onProgress(`published dataset ${details.version}: revision ${revision}`);
  return revision;
}
