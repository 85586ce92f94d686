import { createHash } from 'node:crypto';
import {
  NODE_LABELS,
  type GraphRows,
  type NodeKind,
  type NodeRow,
  type Properties,
  type RelationshipRow,
  type RelationshipType,
} from '../graph/elements.js';

/**
 * Every node and relationship the seed writes carries a hash of its content, so a seed compares
 * the files with the graph fact by fact by reading one short string per fact, and writes only
 * what differs. The hash covers everything the row writes: labels or type, endpoints, properties.
 */
export const HASH_PROPERTY = 'seedHash';

function hashOf(content: unknown): string {
  // 128 bits: collisions are out of reach for any dataset this project could hold.
  return createHash('sha256').update(JSON.stringify(content)).digest('base64url').slice(0, 22);
}

// Sorted keys: the hash depends on what a fact says, not on the order the code builds it in.
function sortedEntries(props: Properties): [string, unknown][] {
  return Object.keys(props)
    .filter((name) => name !== HASH_PROPERTY)
    .sort()
    .map((name) => [name, props[name]]);
}

function mapGroups<K extends string, T>(groups: Record<K, T[]>, map: (group: K, row: T) => T): Record<K, T[]> {
  return Object.fromEntries(
    (Object.entries(groups) as [K, T[]][]).map(([group, list]) => [group, list.map((row) => map(group, row))]),
  ) as Record<K, T[]>;
}

function withHash(props: Properties, content: unknown[]): Properties {
  return { ...props, [HASH_PROPERTY]: hashOf([...content, sortedEntries(props)]) };
}

/** The rows with their content hash added to each one's properties; works for any kind or type. */
export function withFactHashes(rows: GraphRows): GraphRows {
  return {
    nodes: mapGroups(rows.nodes, (kind: NodeKind, row: NodeRow) => ({
      ...row,
      props: withHash(row.props, [NODE_LABELS[kind]]),
    })),
    relationships: mapGroups(rows.relationships, (type: RelationshipType, row: RelationshipRow) => ({
      ...row,
      props: withHash(row.props, [type, row.from, row.to]),
    })),
  };
}
