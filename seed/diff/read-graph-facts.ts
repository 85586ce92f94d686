import type { Session } from 'neo4j-driver';
import {
  NODE_LABELS,
  SEEDED_LABEL,
  type GraphRows,
  type NodeRow,
  type RelationshipRow,
  type RelationshipType,
} from '../graph/elements.js';
import { HASH_PROPERTY } from './fact-hash.js';

/** A relationship of the live graph, as the difference needs it: how to find it, and its hash. */
export interface GraphRelationship {
  type: string;
  key: string;
  from: string;
  hash: string | null;
}

/** The content hash of every fact of the live graph, keyed as the rows are. */
export interface GraphFacts {
  /** Node id → hash. */
  nodes: Map<string, string | null>;
  /** `type key` → relationship. */
  relationships: Map<string, GraphRelationship>;
  /** Nodes wearing a seeded kind's label but not the seeded label: written by hand or by an older seed. */
  unmanaged: number;
}

/** How the difference keys a relationship: its key is unique within its type. */
export function relationshipId(type: string, key: string): string {
  return `${type} ${key}`;
}

const KIND_LABELS = [...new Set(Object.values(NODE_LABELS).map((labels) => labels[0]))];

// Counts come from the count store: a label count costs the same at every size.
const COUNT_UNMANAGED = `RETURN ${KIND_LABELS.map((label) => `COUNT { (:${label}) }`).join(' + ')}
  - COUNT { (:${SEEDED_LABEL}) } AS unmanaged`;

/**
 * Streams the id and hash of every seeded node and relationship (one short record per fact, never
 * the facts themselves), in the caller's session.
 */
export async function readGraphFacts(session: Session): Promise<GraphFacts> {
  const nodes = new Map<string, string | null>();
  const relationships = new Map<string, GraphRelationship>();
  const nodeResult = session.run(`MATCH (n:${SEEDED_LABEL}) RETURN n.id AS id, n.${HASH_PROPERTY} AS hash`);
  for await (const record of nodeResult) nodes.set(record.get('id') as string, record.get('hash') as string | null);
  const relationshipResult = session.run(
    `MATCH (a:${SEEDED_LABEL})-[r]->() RETURN type(r) AS type, r.key AS key, a.id AS from, r.${HASH_PROPERTY} AS hash`,
  );
  for await (const record of relationshipResult) {
    const relationship = record.toObject() as unknown as GraphRelationship;
    relationships.set(relationshipId(relationship.type, relationship.key), relationship);
  }
  return { nodes, relationships, unmanaged: await countUnmanaged(session) };
}

/**
 * The facts a set of rows makes, keyed as readGraphFacts keys the graph's: what the graph holds for
 * entries known to be as they were written, without reading them back.
 */
export function toGraphFacts(rows: GraphRows): GraphFacts {
  const nodes = new Map<string, string | null>();
  for (const list of Object.values(rows.nodes) as NodeRow[][]) {
    for (const row of list) nodes.set(row.id, row.props[HASH_PROPERTY] as string);
  }
  const relationships: GraphFacts['relationships'] = new Map();
  for (const [type, list] of Object.entries(rows.relationships) as [RelationshipType, RelationshipRow[]][]) {
    for (const row of list) {
      const hash = row.props[HASH_PROPERTY] as string;
      relationships.set(relationshipId(type, row.key), { type, key: row.key, from: row.from, hash });
    }
  }
  return { nodes, relationships, unmanaged: 0 };
}

/** How many nodes wear a seeded kind's label without the seeded label, from the count store. */
export async function countUnmanaged(session: Session): Promise<number> {
  const counted = await session.run(COUNT_UNMANAGED);
  return Number(counted.records[0]?.get('unmanaged') ?? 0);
}
