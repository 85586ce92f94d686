import type { Session } from 'neo4j-driver';
import {
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  SEEDED_LABEL,
  type GraphRows,
  type NodeKind,
  type NodeRow,
  type Properties,
  type PropertyValue,
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
// they will wear once swapped in travel with them as a property.
const stageNodes = (properties: string) => `UNWIND $rows AS row
  CREATE (n:${STAGE_LABEL})
  SET ${properties}, n.seedLabels = $labels
  RETURN collect(elementId(n)) AS elementIds`;

// A property name is spliced into Cypher: rows are built by this project's code, never named by data.
const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * A batch's properties as columns: `names`, the union of its rows' property names, and each row as
 * a list of values in their order (null where a row has none, which writes nothing). A query then
 * names every property once, where a map per row named them all again in every row: the driver
 * encoded each name as a string, and Neo4j looked each up as one. A 1000x first load wrote its
 * rows with a third less CPU in Node and an eighth less in Neo4j (docs/writes.md). `leading`
 * slots are left at the start of every row, for values a query takes before the properties.
 */
interface Columns {
  names: string[];
  values: PropertyValue[][];
}

function toColumns(rows: readonly { props: Properties }[], leading = 0): Columns {
  // Plain loops: the flatMap and maps that were here took 2.3-3 times as long, a seventh of the
  // seed's own CPU during the rows of a 1000x first load (docs/writes.md).
  const seen = new Set<string>();
  for (const row of rows) for (const name in row.props) seen.add(name);
  const names = [...seen].sort();
  const invalid = names.find((name) => !PROPERTY_NAME.test(name));
  if (invalid !== undefined) throw new SeedWriteError(`'${invalid}' cannot be written as a property name`);
  const values = new Array<PropertyValue[]>(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const props = rows[index]!.props;
    const row = new Array<PropertyValue>(leading + names.length);
    for (let column = 0; column < names.length; column++) row[leading + column] = props[names[column]!] ?? null;
    values[index] = row;
  }
  return { names, values };
}

/** The SET items that write the columns, from `row[offset]` on, into `variable`'s properties. */
function setColumns(variable: string, names: readonly string[], offset = 0): string {
  return names.map((name, index) => `${variable}.${name} = row[${offset + index}]`).join(', ');
}

/**
 * Relationships between nodes written by the same load, found by the element ids their CREATE
 * returned (`row[0]` and `row[1]`, then the properties' columns): an id seek each, where a lookup by
 * id under the seeded label is a locking seek of its unique index (a tenth of the CPU of Neo4j's
 * writing threads, profiled over a 1000x first load). One query for every type with the same
 * properties, whose plan does not depend on the graph's statistics, so it is planned once and never
 * again as the graph grows. Types come from elements.ts, never from data.
 */
const createRelationshipsByElementIds = (properties: string) => `CYPHER replan=skip
  UNWIND $rows AS row
  MATCH (a) WHERE elementId(a) = row[0]
  MATCH (b) WHERE elementId(b) = row[1]
  CREATE (a)-[r:$($type)]->(b)
  SET ${properties}
  RETURN count(r) AS created`;

/** The element id of each node a load has written, by the node's id. */
export type ElementIds = Map<string, string>;

/** Nodes to create in one transaction. */
export interface NodeBatch {
  rows: readonly NodeRow[];
  parameters: Record<string, unknown>;
}

/**
 * The query that creates a batch of nodes, given the SET items that write their properties (see
 * `toColumns`); it returns their `elementIds` in row order.
 */
export type CreateNodesQuery = (properties: string) => string;

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
  query: CreateNodesQuery,
  batches: readonly NodeBatch[],
  elementIds: ElementIds,
  onBatch: (written: number) => void,
): Promise<void> {
  await writeBatches(openSession, batches, async (session, { rows, parameters }) => {
    const { names, values } = toColumns(rows);
    const result = await session.executeWrite((tx) =>
      tx.run(query(setColumns('n', names)), { ...parameters, rows: values }),
    );
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
    // Each row's two ends go first, in the slots toColumns leaves for them.
    const { names, values } = toColumns(rows, 2);
    let missing = 0;
    rows.forEach((row, index) => {
      const from = elementIds.get(row.from);
      const to = elementIds.get(row.to);
      if (from === undefined || to === undefined) {
        missing += 1;
        return;
      }
      const ends = values[index]!;
      ends[0] = from;
      ends[1] = to;
    });
    if (missing > 0) {
      throw new SeedWriteError(`${type}: ${missing} of ${rows.length} relationships name a node that was not written`);
    }
    const query = createRelationshipsByElementIds(setColumns('r', names, 2));
    const result = await session.executeWrite((tx) => tx.run(query, { type, rows: values }));
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
  await createNodesKeepingElementIds(openSession, stageNodes, nodeBatches, elementIds, onBatch);
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
