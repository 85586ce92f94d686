import type { Collection, Dataset } from '../model/schema.js';
import type { RawEntries } from '../validate/validate-dataset.js';
import { NODE_LABELS, RELATIONSHIP_TYPES, type GraphRows } from './elements.js';
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

function emptyRows(): GraphRows {
  const nodes = Object.fromEntries(Object.keys(NODE_LABELS).map((kind) => [kind, []])) as unknown as GraphRows['nodes'];
  const relationships = Object.fromEntries(
    RELATIONSHIP_TYPES.map((type) => [type, []]),
  ) as unknown as GraphRows['relationships'];
  return { nodes, relationships };
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
  for (const [collection, rowsOf] of Object.entries(ROWS_OF) as [
    keyof Dataset,
    (entry: unknown, context: RowContext) => Row[],
  ][]) {
    for (const entry of dataset[collection]) {
      for (const row of rowsOf(entry, context)) {
        if ('node' in row) {
          rows.nodes[row.node].push({ id: row.id, props: row.props });
        } else {
          const key = `${row.link}:${row.from}>${row.to}${row.qualifier && `:${row.qualifier}`}`;
          rows.relationships[row.link].push({ key, from: row.from, to: row.to, props: { key, ...row.props } });
        }
      }
    }
  }
  for (const [collection, list] of Object.entries(entries) as [Collection, unknown[]][]) {
    list.forEach((raw, position) => rows.nodes[ENTRY_KIND].push(entryRow(collection, raw, position)));
  }
  return rows;
}
