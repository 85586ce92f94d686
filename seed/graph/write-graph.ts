import type { Session } from 'neo4j-driver';
import { NODE_LABELS, RELATIONSHIP_TYPES, SEEDED_LABEL, type GraphRows, type NodeKind } from './elements.js';
import { SeedWriteError } from './seed-write-error.js';
import { BATCH_ROWS, STAGE_LABEL } from './staging.js';

/** Cuts rows into runs of at most `size`, in order. */
export function chunks<T>(rows: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += size) result.push(rows.slice(start, start + size));
  return result;
}

/** Batches in flight at once: Node encodes the next while Neo4j writes the previous. */
const WRITERS = 2;

// Staged nodes carry only the staging label, so no query of the API can reach them; the labels
// they will wear once swapped in travel with them as a property. Their element ids come back in
// row order, so relationships find their endpoints by id seek, without an index on the staging label.
const STAGE_NODES = `UNWIND $rows AS row
  CREATE (n:${STAGE_LABEL})
  SET n = row.props, n.id = row.id, n.seedLabels = $labels
  RETURN collect(elementId(n)) AS elementIds`;

// Labels and types come from elements.ts, never from data, so splicing them in is safe.
function stageRelationships(type: string): string {
  return `UNWIND $rows AS row
    MATCH (a) WHERE elementId(a) = row.from
    MATCH (b) WHERE elementId(b) = row.to
    CREATE (a)-[r:${type}]->(b)
    SET r = row.props
    RETURN count(r) AS created`;
}

/** Runs `write` over every batch with WRITERS sessions at once; the first failure stops the rest. */
export async function writeBatches<T>(
  openSession: () => Session,
  batches: readonly T[],
  write: (session: Session, batch: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    const session = openSession();
    try {
      while (!failed && next < batches.length) {
        const batch = batches[next++]!;
        await write(session, batch);
      }
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      await session.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITERS, batches.length) }, worker));
}

/**
 * Writes every row into the staging area, one transaction per batch, nodes before relationships.
 * The staging area starts empty (the caller discards leftovers), so plain CREATEs suffice.
 */
export async function stageGraphRows(
  openSession: () => Session,
  rows: GraphRows,
  { onBatch = () => {}, batchSize = BATCH_ROWS }: { onBatch?: (written: number) => void; batchSize?: number } = {},
): Promise<void> {
  const elementIds = new Map<string, string>();
  const nodeBatches = (Object.keys(NODE_LABELS) as NodeKind[]).flatMap((kind) =>
    chunks(rows.nodes[kind], batchSize).map((batch) => ({ labels: [...NODE_LABELS[kind], SEEDED_LABEL], batch })),
  );
  await writeBatches(openSession, nodeBatches, async (session, { labels, batch }) => {
    const result = await session.executeWrite((tx) => tx.run(STAGE_NODES, { rows: batch, labels }));
    const ids = result.records[0]?.get('elementIds') as string[];
    batch.forEach((row, index) => elementIds.set(row.id, ids[index]!));
    onBatch(batch.length);
  });
  const relationshipBatches = RELATIONSHIP_TYPES.flatMap((type) =>
    chunks(rows.relationships[type], batchSize).map((batch) => ({ type, batch })),
  );
  await writeBatches(openSession, relationshipBatches, async (session, { type, batch }) => {
    const missing = batch.filter((row) => !elementIds.has(row.from) || !elementIds.has(row.to));
    if (missing.length > 0) {
      throw new SeedWriteError(
        `${type}: ${missing.length} of ${batch.length} relationships name a node that was not written`,
      );
    }
    const staged = batch.map((row) => ({
      from: elementIds.get(row.from),
      to: elementIds.get(row.to),
      props: row.props,
    }));
    const result = await session.executeWrite((tx) => tx.run(stageRelationships(type), { rows: staged }));
    const created = Number(result.records[0]?.get('created') ?? 0);
    if (created !== batch.length)
      throw new SeedWriteError(`${type}: wrote ${created} of ${batch.length} relationships`);
    onBatch(batch.length);
  });
}

/** Counts the node rows: what the staging area must hold once they are written. */
export function countNodes(rows: GraphRows): number {
  return Object.values(rows.nodes).reduce((sum, list) => sum + list.length, 0);
}

/** Counts every row, for progress reporting. */
export function countRows(rows: GraphRows): number {
  return countNodes(rows) + Object.values(rows.relationships).reduce((sum, list) => sum + list.length, 0);
}
