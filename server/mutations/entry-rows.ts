import { HASH_PROPERTY, withFactHashes } from '../../seed/diff/fact-hash.js';
import type { GraphRows, NodeKind, NodeRow, RelationshipRow, RelationshipType } from '../../seed/graph/elements.js';
import { ENTRY_KIND, entryRow } from '../../seed/graph/entries.js';
import type { RowContext } from '../../seed/graph/rows.js';
import { addRows, emptyRows, entryRows } from '../../seed/graph/to-graph-rows.js';
import type { Collection } from '../../seed/model/schema.js';
import type { EntryOf } from '../../seed/validate/validate-entry.js';

/** One entry as the seed would write it: its rows and its mirror, each with its content hash. */
export interface EntryGraph {
  rows: GraphRows;
  /** The mirror's hash: the entry's version. */
  version: string;
}

/**
 * The rows one entry becomes, by the seed's own functions, so that a seed of the exported files
 * afterwards finds nothing to write.
 */
export function buildEntryGraph<C extends Collection>(
  collection: C,
  raw: unknown,
  value: EntryOf<C>,
  position: number,
  context: RowContext,
): EntryGraph {
  const rows = emptyRows();
  addRows(rows, entryRows(collection, value, context));
  rows.nodes[ENTRY_KIND].push(entryRow(collection, raw, position));
  const hashed = withFactHashes(rows);
  return { rows: hashed, version: String(hashed.nodes[ENTRY_KIND][0]!.props[HASH_PROPERTY]) };
}

/** The ids of the nodes an entry's rows hold, by kind. */
export function nodeIdsOf(rows: GraphRows): { kind: NodeKind; id: string }[] {
  return (Object.entries(rows.nodes) as [NodeKind, NodeRow[]][]).flatMap(([kind, list]) =>
    list.map((row) => ({ kind, id: row.id })),
  );
}

/** The mirror row of an entry alone, hashed: an entry that only moves in its file changes no other row. */
export function buildMirrorRows(collection: Collection, raw: unknown, position: number): GraphRows {
  const rows = emptyRows();
  rows.nodes[ENTRY_KIND].push(entryRow(collection, raw, position));
  return withFactHashes(rows);
}

/** The rows of several entries as one set, to compare and write them together. */
export function combineRows(list: readonly GraphRows[]): GraphRows {
  const rows = emptyRows();
  for (const part of list) {
    for (const [kind, nodes] of Object.entries(part.nodes) as [NodeKind, NodeRow[]][]) rows.nodes[kind].push(...nodes);
    for (const [type, relationships] of Object.entries(part.relationships) as [RelationshipType, RelationshipRow[]][]) {
      rows.relationships[type].push(...relationships);
    }
  }
  return rows;
}
