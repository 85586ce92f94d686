import type { Driver } from 'neo4j-driver';
import { NODE_LABELS, RELATIONSHIP_TYPES } from './elements.js';

/** Node counts per label and relationship counts per type (zero counts left out), of the live graph only. */
export interface GraphSummary {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  totalNodes: number;
  totalRelationships: number;
}

const LABELS = [...new Set([...Object.values(NODE_LABELS).flat(), 'DatasetInfo'])].sort();
const TYPES = [...RELATIONSHIP_TYPES].sort();

// Static labels and types let Neo4j answer every count from its count store, without a scan.
// Every seeded relationship starts at an :Entity, which a seed's staging area never is.
const COUNTS_QUERY = [
  ...LABELS.map((label) => `MATCH (n:${label}) RETURN 'node' AS kind, '${label}' AS name, count(n) AS count`),
  ...TYPES.map(
    (type) => `MATCH (:Entity)-[r:${type}]->() RETURN 'relationship' AS kind, '${type}' AS name, count(r) AS count`,
  ),
  `MATCH (:Entity)-[r]->() RETURN 'total' AS kind, 'relationships' AS name, count(r) AS count`,
].join('\nUNION ALL\n');

// The labels no seeded node shares with another: their counts add up to the live graph's nodes.
const DISJOINT_LABELS = ['Entity', 'Source', 'Entry', 'FormerId', 'DatasetInfo'];

/** Reads the counts of every label and relationship type the seed writes. */
export async function readGraphSummary(driver: Driver, database?: string): Promise<GraphSummary> {
  const session = driver.session({ ...(database && { database }), defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run(COUNTS_QUERY));
    const summary: GraphSummary = { nodes: {}, relationships: {}, totalNodes: 0, totalRelationships: 0 };
    for (const record of result.records) {
      const kind = record.get('kind') as string;
      const name = record.get('name') as string;
      const count = Number(record.get('count'));
      if (kind === 'total') summary.totalRelationships = count;
      else if (count > 0) summary[kind === 'node' ? 'nodes' : 'relationships'][name] = count;
    }
    summary.totalNodes = DISJOINT_LABELS.reduce((sum, label) => sum + (summary.nodes[label] ?? 0), 0);
    return summary;
  } finally {
    await session.close();
  }
}
