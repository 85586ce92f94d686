/**
 * The graph the seed writes, as plain rows: nodes grouped by label set, relationships by type.
 * Labels and types come from this file only, never from data, so they can be spliced into Cypher.
 */

export const NODE_LABELS = {
  Source: ['Source'],
  State: ['Entity', 'Actor', 'State'],
  Organisation: ['Entity', 'Actor', 'Organisation'],
  Person: ['Entity', 'Actor', 'Person'],
  Place: ['Entity', 'Place'],
  Meeting: ['Entity', 'Meeting'],
  Delegation: ['Entity', 'Delegation'],
  Issue: ['Entity', 'Issue'],
  Stance: ['Entity', 'Stance'],
  Group: ['Entity', 'Actor', 'Group'],
  Document: ['Entity', 'Document'],
  DocumentEvent: ['Entity', 'DocumentEvent'],
  Contact: ['Entity', 'Contact'],
  // An entry as written in its data file (see entries.ts): no Entity, so no reader of the API meets it.
  Entry: ['Entry'],
  // The id of an entity merged into another, pointing at the one kept (`mergedInto`): no Entity
  // either; the API looks an unknown id up here before it answers NOT_FOUND.
  FormerId: ['FormerId'],
} as const;

export type NodeKind = keyof typeof NODE_LABELS;

/** The kind of the nodes that keep merged entities' ids (see `FormerId` above). */
export const FORMER_ID_KIND = 'FormerId' satisfies NodeKind;

/**
 * Worn by every node of the live dataset, whatever its kind: the seed finds a fact by id under one
 * label, and its difference with the files covers kinds added later without another list.
 */
export const SEEDED_LABEL = 'Seeded';

export const RELATIONSHIP_TYPES = [
  'PART_OF',
  'LOCATED_IN',
  'NATIONAL_OF',
  'HELD_POST',
  'ACTS_FOR',
  'RELATED_TO',
  'HELD_IN',
  'FOLLOWS',
  'HOSTED_BY',
  'MEDIATED_BY',
  'AT',
  'REPRESENTS',
  'MEMBER_OF',
  'TAKES',
  'ON',
  'VOICED_BY',
  'REPORTED_BY',
  'VOICED_AT',
  'SAID_TO_TAKE',
  'CLAIMED_BY',
  'CONDITION_ON',
  'TERM_OF',
  'TARGETS',
  'MEMBER_OF_GROUP',
  'OFFICIALS_OF',
  'AUTHORED',
  'ADDRESSED_TO',
  'HAPPENED_TO',
  'DONE_BY',
  'DIRECTED_TO',
  'DURING',
  'PARTY_TO',
  'INITIATED',
  'ACTED_TOWARD',
] as const;

export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Property values Neo4j stores as they are. */
export type PropertyValue = string | number | boolean | null | string[];
export type Properties = Record<string, PropertyValue>;

export interface NodeRow {
  id: string;
  props: Properties;
}

export interface RelationshipRow {
  /** Identifies the fact, so a second seed updates it instead of adding a copy. */
  key: string;
  from: string;
  to: string;
  props: Properties;
}

export interface GraphRows {
  nodes: Record<NodeKind, NodeRow[]>;
  relationships: Record<RelationshipType, RelationshipRow[]>;
}
