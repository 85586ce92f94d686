import type { Collection, Dataset } from '../model/schema.js';
import type { RawEntries } from '../validate/validate-dataset.js';
import { FORMER_ID_KIND, NODE_LABELS, RELATIONSHIP_TYPES, type GraphRows } from './elements.js';
import { groupRows, organisationRows, personRows, placeRows, stateRows } from './kinds/actors.js';
import { meetingRows } from './kinds/meetings.js';
import { contactRows, documentRows, issueRows, sourceRows, stanceRows } from './kinds/positions.js';
import type { Row, RowContext } from './rows.js';
import { ENTRY_KIND, entryRow } from './entries.js';

export { evidenceProperties } from './rows.js';

/**
 * Each kind of entry of the dataset and the rows it becomes: its node with label, its
 * relationships, and the evidence and status each carries. A new kind of fact is one entry here.
 */
const ROWS_OF: { [C in keyof Dataset]: (entry: Dataset[C][number], context: RowContext) => Row[] } = {
  sources: sourceRows,
  states: stateRows,
  organisations: organisationRows,
  places: placeRows,
  people: personRows,
  groups: groupRows,
  meetings: meetingRows,
  issues: issueRows,
  stances: stanceRows,
  documents: documentRows,
  contacts: contactRows,
};

/** Empty row lists for every node kind and relationship type. */
export function emptyRows(): GraphRows {
  const nodes = Object.fromEntries(Object.keys(NODE_LABELS).map((kind) => [kind, []])) as unknown as GraphRows['nodes'];
  const relationships = Object.fromEntries(
    RELATIONSHIP_TYPES.map((type) => [type, []]),
  ) as unknown as GraphRows['relationships'];
  return { nodes, relationships };
}

/**
 * The rows of one validated entry of `collection`: none when the entry is retracted (it stays in
 * its file, readable on request). The seed calls it for every entry, a mutation for the one it edits.
 */
export function entryRows<C extends keyof Dataset>(
  collection: C,
  entry: Dataset[C][number],
  context: RowContext,
): Row[] {
  if ((entry as { retracted?: unknown }).retracted !== undefined) return [];
  return [
    ...(ROWS_OF[collection] as (entry: unknown, context: RowContext) => Row[])(entry, context),
    ...formerIdRows(collection, entry as { id: string; formerIds?: readonly string[] }),
  ];
}

/** One node per id merged into the entry, so an old id still finds the entity that absorbed it. */
function formerIdRows(collection: Collection, entry: { id: string; formerIds?: readonly string[] }): Row[] {
  return (entry.formerIds ?? []).map((id) => ({
    node: FORMER_ID_KIND,
    id,
    props: { id, mergedInto: entry.id, collection },
  }));
}

/** Adds rows to their kind's or type's list; a relationship's key tells two facts between the same nodes apart. */
export function addRows(rows: GraphRows, list: readonly Row[]): void {
  for (const row of list) {
    if ('node' in row) {
      rows.nodes[row.node].push({ id: row.id, props: row.props });
    } else {
      const key = `${row.link}:${row.from}>${row.to}${row.qualifier && `:${row.qualifier}`}`;
      rows.relationships[row.link].push({ key, from: row.from, to: row.to, props: { key, ...row.props } });
    }
  }
}

/**
 * Turns the validated dataset into node and relationship rows ready for batched UNWIND writes, with
 * the mirror of every entry as written in its file (`entries`), so the graph can give the files back.
 */
export function toGraphRows(dataset: Dataset, entries: RawEntries): GraphRows {
  const rows = emptyRows();
  const names = new Map<string, string>();
  for (const entries of Object.values(dataset) as { id: string; name?: string }[][]) {
    for (const entry of entries) if (entry.name !== undefined) names.set(entry.id, entry.name);
  }
  const context: RowContext = { nameOf: (id) => names.get(id) ?? id };
  for (const collection of Object.keys(ROWS_OF) as (keyof Dataset)[]) {
    for (const entry of dataset[collection]) addRows(rows, entryRows(collection, entry, context));
  }
  for (const [collection, list] of Object.entries(entries) as [Collection, unknown[]][]) {
    list.forEach((raw, position) => rows.nodes[ENTRY_KIND].push(entryRow(collection, raw, position)));
  }
  return rows;
}
