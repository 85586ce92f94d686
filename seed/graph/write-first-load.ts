import type { Session } from 'neo4j-driver';
import { applyDiff } from '../diff/apply-diff.js';
import type { GraphDiff } from '../diff/compute-diff.js';
import { splitDiff } from '../diff/split-diff.js';
import { recordDataset, type DatasetDetails } from './dataset-info.js';
import { NODE_LABELS, SEEDED_LABEL, type NodeKind, type NodeRow, type RelationshipType } from './elements.js';
import type { SeedRun } from './seed-run.js';
import {
  createNodesKeepingElementIds,
  createRelationshipsByElementId,
  writeBatches,
  type ElementIds,
  type NodeBatch,
  type RelationshipBatch,
} from './write-graph.js';
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

// Its plan does not depend on the graph's statistics, so it is not planned again as the graph grows.
// Labels travel as a parameter; the property names spliced in are checked by `toColumns`.
const createSeededNodes = (properties: string) => `CYPHER replan=skip
  UNWIND $rows AS row
  CREATE (n:${SEEDED_LABEL})
  SET n:$($labels), ${properties}
  RETURN collect(elementId(n)) AS elementIds`;

// The nodes a killed first load left: the relationships still missing may join them.
const READ_SEEDED_ELEMENT_IDS = `MATCH (n:${SEEDED_LABEL}) RETURN n.id AS id, elementId(n) AS elementId`;

async function readElementIds(session: Session): Promise<ElementIds> {
  const result = await session.executeRead((tx) => tx.run(READ_SEEDED_ELEMENT_IDS));
  return new Map(result.records.map((record) => [record.get('id') as string, record.get('elementId') as string]));
}

/**
 * A first load: no dataset was ever published, so the API answers DATASET_NOT_LOADED whatever the
 * graph holds, and nothing needs staging beside a live graph. The difference is written straight
 * into the graph with its own labels, one transaction per batch, and the dataset is recorded last:
 * that commit is when readers first see a graph. Staging then promoting wrote every node twice,
 * its indexes included; this writes it once.
 *
 * The constraints and indexes are built after the data, over the whole graph at once, rather than
 * updated row by row: even the seeded ids' unique constraint, since relationships find their ends
 * by the element ids the nodes' CREATE returned. Changes and removals (of nodes a killed load left,
 * whose facts changed since) still find their nodes by id, so they run first, with that constraint.
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
  const phases = splitDiff(diff, batchRows);
  const [nodes = [], relationships = []] = phases.slice(-2);
  let written = 0;
  const onBatch = (rows: number) => {
    written += rows;
    onProgress(`wrote ${written}/${diff.size}`);
  };
  onProgress(`writing ${diff.size} nodes and relationships in batches of ${batchRows}: no reader sees a graph yet`);
  for (const phase of phases.slice(0, -2)) {
    await writeBatches(openSession, phase, async (batchSession, batch) => {
      await batchSession.executeWrite((tx) => applyDiff(tx, batch));
      onBatch(batch.size);
    });
  }
  await dropSchemaUntilLoaded(session);
  const elementIds = await readElementIds(session);
  const nodeBatches: NodeBatch[] = nodes.flatMap((batch) =>
    (Object.entries(batch.createNodes) as [NodeKind, NodeRow[]][]).map(([kind, rows]) => ({
      rows,
      parameters: { labels: NODE_LABELS[kind] },
    })),
  );
  await createNodesKeepingElementIds(openSession, createSeededNodes, nodeBatches, elementIds, onBatch);
  const relationshipBatches: RelationshipBatch[] = relationships.flatMap((batch) =>
    Object.entries(batch.createRelationships).map(([type, rows]) => ({ type: type as RelationshipType, rows })),
  );
  await createRelationshipsByElementId(openSession, relationshipBatches, elementIds, onBatch);
  await run.setPhase('building the indexes of a first load');
  onProgress('building the constraints and indexes over the whole graph');
  const { created } = await ensureSchema(session);
  onProgress(`built ${created} constraints and indexes`);
  const revision = await session.executeWrite((tx) => recordDataset(tx, details));
  onProgress(`published dataset ${details.version}: revision ${revision}`);
  return revision;
}
