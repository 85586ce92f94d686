import type { GraphRows, NodeKind, NodeRow, RelationshipRow, RelationshipType } from '../graph/elements.js';
import { SeedWriteError } from '../graph/seed-write-error.js';
import { HASH_PROPERTY } from './fact-hash.js';
import { relationshipId, type GraphFacts, type GraphRelationship } from './read-graph-facts.js';

/** What a seed must write so that the graph says what the files say, and no more. */
export interface GraphDiff {
  createNodes: Partial<Record<NodeKind, NodeRow[]>>;
  updateNodes: Partial<Record<NodeKind, NodeRow[]>>;
  deleteNodes: string[];
  createRelationships: Partial<Record<RelationshipType, RelationshipRow[]>>;
  /** A changed relationship is deleted and created again: its endpoints may be what changed. */
  deleteRelationships: GraphRelationship[];
  /** Rows written in all: the measure of a transaction's size. */
  size: number;
}

function push<K extends string, T>(groups: Partial<Record<K, T[]>>, group: K, row: T): void {
  (groups[group] ??= []).push(row);
}

/** A difference that writes nothing. */
export function emptyDiff(): GraphDiff {
  return {
    createNodes: {},
    updateNodes: {},
    deleteNodes: [],
    createRelationships: {},
    deleteRelationships: [],
    size: 0,
  };
}

/** Compares the rows of the files with the hashes of the graph; pure, and generic over kinds and types. */
export function computeDiff(rows: GraphRows, graph: GraphFacts): GraphDiff {
  const diff = emptyDiff();
  const keptNodes = new Set<string>();
  for (const [kind, list] of Object.entries(rows.nodes) as [NodeKind, NodeRow[]][]) {
    for (const row of list) {
      if (keptNodes.has(row.id)) throw new SeedWriteError(`two nodes share the id "${row.id}"`);
      keptNodes.add(row.id);
      if (!graph.nodes.has(row.id)) push(diff.createNodes, kind, row);
      else if (graph.nodes.get(row.id) !== row.props[HASH_PROPERTY]) push(diff.updateNodes, kind, row);
      else continue;
      diff.size++;
    }
  }
  for (const id of graph.nodes.keys()) {
    if (keptNodes.has(id)) continue;
    diff.deleteNodes.push(id);
    diff.size++;
  }
  const keptRelationships = new Set<string>();
  const fileRelationships = new Set<string>();
  for (const [type, list] of Object.entries(rows.relationships) as [RelationshipType, RelationshipRow[]][]) {
    for (const row of list) {
      const id = relationshipId(type, row.key);
      // A key names one fact: two rows under one key would make the difference ambiguous.
      if (fileRelationships.has(id)) throw new SeedWriteError(`two ${type} relationships share the key "${row.key}"`);
      fileRelationships.add(id);
      const existing = graph.relationships.get(id);
      if (existing?.hash === row.props[HASH_PROPERTY]) {
        keptRelationships.add(id);
        continue;
      }
      push(diff.createRelationships, type, row);
      diff.size++;
    }
  }
  for (const [id, relationship] of graph.relationships) {
    if (keptRelationships.has(id)) continue;
    diff.deleteRelationships.push(relationship);
    diff.size++;
  }
  return diff;
}
