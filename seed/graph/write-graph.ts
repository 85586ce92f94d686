import type { Session } from 'neo4j-driver';
import {
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  SEEDED_LABEL,
  type GraphRows,
  type NodeKind,
  type RelationshipRow,
  type RelationshipType,
} from './elements.js';
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
// they will wear once swapped in travel with them as a property. `+=` rather than `=`: on a node
// just created they write the same, and `=` first reads the node's properties to remove the others.
const STAGE_NODES = `UNWIND $rows AS row
  CREATE (n:${STAGE_LABEL})
  SET n += row.props, n.id = row.id, n.seedLabels = $labels
  RETURN collect(elementId(n)) AS elementIds`;

/**
 * Relationships between nodes written by the same load, found by the element ids their CREATE
 * returned: an id seek each, where a lookup by id under the seeded label is a locking seek of its
 * unique index (a tenth of the CPU of Neo4j's writing threads, profiled over a 1000x first load).
 * One query for every type, whose
 * plan does not depend on the graph's statistics, so it is planned once and never again as the
 * graph grows. Types come from elements.ts, never from data.
 */
const CREATE_RELATIONSHIPS_BY_ELEMENT_ID = `CYPHER replan=skip
  UNWIND $rows AS row
  MATCH (a) WHERE elementId(a) = row.from
  MATCH (b) WHERE elementId(b) = row.to
  CREATE (a)-[r:$($type)]->(b)
  SET r += row.props
  RETURN count(r) AS created`;

/** The element id of each node a load has written, by the node's id. */
export type ElementIds = Map<string, string>;

/** Nodes to create in one transaction, by a query that returns their `elementIds` in row order. */
export interface NodeBatch {
  rows: readonly { id: string }[];
  parameters: Record<string, unknown>;
}

/** Relationships of one type to create in one transaction. */
export interface RelationshipBatch {
  type: RelationshipType;
  rows: readonly RelationshipRow[];
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
 * Creates every batch of nodes with `query`, two transactions at once, and records each node's
 * element id in `elementIds`.
 */
export async function createNodesKeepingElementIds(
  openSession: () => Session,
  query: string,
  batches: readonly NodeBatch[],
  elementIds: ElementIds,
  onBatch: (written: number) => void,
): Promise<void> {
  await writeBatches(openSession, batches, async (session, { rows, parameters }) => {
    const result = await session.executeWrite((tx) => tx.run(query, { ...parameters, rows }));
    const ids = result.records[0]?.get('elementIds') as string[];
    if (ids.length !== rows.length) throw new SeedWriteError(`wrote ${ids.length} of ${rows.length} nodes`);
    rows.forEach((row, index) => elementIds.set(row.id, ids[index]!));
    onBatch(rows.length);
  });
}

/** Creates every batch of relationships between nodes of `elementIds`, two transactions at once. */
export async function createRelationshipsByElementId(
  openSession: () => Session,
  batches: readonly RelationshipBatch[],
  elementIds: ReadonlyMap<string, string>,
  onBatch: (written: number) => void,
): Promise<void> {
  await writeBatches(openSession, batches, async (session, { type, rows }) => {
    const missing = rows.filter((row) => !elementIds.has(row.from) || !elementIds.has(row.to));
    if (missing.length > 0) {
      throw new SeedWriteError(
        `${type}: ${missing.length} of ${rows.length} relationships name a node that was not written`,
      );
    }
    const ends = rows.map((row) => ({ from: elementIds.get(row.from), to: elementIds.get(row.to), props: row.props }));
    const result = await session.executeWrite((tx) => tx.run(CREATE_RELATIONSHIPS_BY_ELEMENT_ID, { type, rows: ends }));
    const created = Number(result.records[0]?.get('created') ?? 0);
    if (created !== rows.length) throw new SeedWriteError(`${type}: wrote ${created} of ${rows.length} relationships`);
    onBatch(rows.length);
  });
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
  const elementIds: ElementIds = new Map();
  const nodeBatches = (Object.keys(NODE_LABELS) as NodeKind[]).flatMap((kind) =>
    chunks(rows.nodes[kind], batchSize).map((batch) => ({
      rows: batch,
      parameters: { labels: [...NODE_LABELS[kind], SEEDED_LABEL] },
    })),
  );
  await createNodesKeepingElementIds(openSession, STAGE_NODES, nodeBatches, elementIds, onBatch);
  const relationshipBatches = RELATIONSHIP_TYPES.flatMap((type) =>
    chunks(rows.relationships[type], batchSize).map((batch) => ({ type, rows: batch })),
  );
  await createRelationshipsByElementId(openSession, relationshipBatches, elementIds, onBatch);
}

/** Counts the node rows: what the staging area must hold once they are written. */
export function countNodes(rows: GraphRows): number {
  return Object.values(rows.nodes).reduce((sum, list) => sum + list.length, 0);
}

/** Counts every row, for progress reporting. */
export function countRows(rows: GraphRows): number {
  return countNodes(rows) + Object.values(rows.relationships).reduce((sum, list) => sum + list.length, 0);
}
