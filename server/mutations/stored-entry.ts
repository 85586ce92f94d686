import { ENTRY_KIND, entryRowId } from '../../seed/graph/entries.js';
import { HASH_PROPERTY } from '../../seed/diff/fact-hash.js';
import { SEEDED_LABEL } from '../../seed/graph/elements.js';
import { DATA_FILES, type Collection } from '../../seed/model/schema.js';

/** One entry of the data files as the graph mirrors it. */
export interface StoredEntry {
  collection: Collection;
  entryId: string;
  /** The entry as written in its file. */
  body: Record<string, unknown>;
  /** Its content hash: what an edit must name to change it. */
  version: string;
  /** Its place in its file. */
  position: number;
}

/** Every collection: an id is one namespace across the files, so an id alone finds its entry. */
export const COLLECTIONS = Object.keys(DATA_FILES) as Collection[];

/** The fields of a mirror node `e` that make a stored entry (see `toStoredEntry`). */
export const ENTRY_FIELDS = `e.collection AS collection, e.entryId AS entryId, e.body AS body,
  e.${HASH_PROPERTY} AS version, e.position AS position`;

// Each candidate row id is an index seek on the seeded id.
export const READ_ENTRY = `MATCH (e:${SEEDED_LABEL}:${ENTRY_KIND}) WHERE e.id IN $ids
  RETURN ${ENTRY_FIELDS} ORDER BY e.id LIMIT 1`;

/** A mirror node's fields as read. */
export interface EntryRow {
  collection: Collection;
  entryId: string;
  body: string;
  version: string;
  position: number;
}

/** The row ids an entry with this id may have: in `collection`, or in any collection. */
export function candidateRowIds(entryId: string, collection?: Collection): string[] {
  return (collection ? [collection] : COLLECTIONS).map((candidate) => entryRowId(candidate, entryId));
}

/** Turns a mirror node's fields into a stored entry. */
export function toStoredEntry(row: EntryRow): StoredEntry {
  return { ...row, position: Number(row.position), body: JSON.parse(row.body) as Record<string, unknown> };
}

/** Reads one entry through `read` (a read or a write transaction's runner). */
export async function readStoredEntry(
  read: (query: string, parameters: Record<string, unknown>) => Promise<EntryRow[]>,
  entryId: string,
  collection?: Collection,
): Promise<StoredEntry | undefined> {
  const [row] = await read(READ_ENTRY, { ids: candidateRowIds(entryId, collection) });
  return row && toStoredEntry(row);
}

/** True when the entry as a whole is retracted. */
export function isRetracted(body: Record<string, unknown>): boolean {
  return body['retracted'] !== undefined;
}
