import type { NodeKind, NodeRow, RelationshipRow, RelationshipType } from '../graph/elements.js';
import { chunks } from '../graph/write-graph.js';
import { emptyDiff, type GraphDiff } from './compute-diff.js';

function groupChunks<K extends string, T>(
  groups: Partial<Record<K, T[]>>,
  size: number,
  toDiff: (group: K, rows: T[]) => Partial<GraphDiff>,
): GraphDiff[] {
  return (Object.entries(groups) as [K, T[]][]).flatMap(([group, rows]) =>
    chunks(rows, size).map((batch) => ({ ...emptyDiff(), ...toDiff(group, batch), size: batch.length })),
  );
}

/**
 * Cuts a difference into differences of at most `size` rows each, in phases that must run one
 * after the other: each batch of deletions and changes on its own (a deleted node's relationships
 * may be deleted by another batch too), then the new nodes, then the new relationships that join
 * them. The batches of each of the last two phases create different things, so they can be written
 * side by side.
 */
export function splitDiff(diff: GraphDiff, size: number): GraphDiff[][] {
  const removals = [
    ...chunks(diff.deleteRelationships, size).map((rows) => ({
      ...emptyDiff(),
      deleteRelationships: rows,
      size: rows.length,
    })),
    ...chunks(diff.deleteNodes, size).map((ids) => ({ ...emptyDiff(), deleteNodes: ids, size: ids.length })),
    ...groupChunks(diff.updateNodes, size, (kind: NodeKind, rows: NodeRow[]) => ({ updateNodes: { [kind]: rows } })),
  ];
  const nodes = groupChunks(diff.createNodes, size, (kind: NodeKind, rows: NodeRow[]) => ({
    createNodes: { [kind]: rows },
  }));
  const relationships = groupChunks(
    diff.createRelationships,
    size,
    (type: RelationshipType, rows: RelationshipRow[]) => ({ createRelationships: { [type]: rows } }),
  );
  return [...removals.map((batch) => [batch]), nodes, relationships];
}
