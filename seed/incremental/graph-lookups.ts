import type { Session } from 'neo4j-driver';
import { HASH_PROPERTY } from '../diff/fact-hash.js';
import { ENTRY_KIND, entryRowId } from '../graph/entries.js';
import { SEEDED_LABEL } from '../graph/elements.js';
import { entityKindOf, READ_IDS, type IdRow } from '../graph/id-lookup.js';
import { DATA_FILES, type Collection } from '../model/schema.js';
import { toArticle, type Article } from '../validate/quotes.js';
import type { EntityKind } from '../validate/references.js';

/** A live node of the graph as a reference check and a derived name need it. */
export interface GraphNode {
  kind: EntityKind | undefined;
  name: string | null;
  article: Article | undefined;
}

/** Reads the live nodes with these ids (an index seek each): their kind, name and, for sources, text. */
export async function readGraphNodes(session: Session, ids: readonly string[]): Promise<Map<string, GraphNode>> {
  const nodes = new Map<string, GraphNode>();
  if (ids.length === 0) return nodes;
  const result = await session.executeRead((tx) => tx.run(READ_IDS, { ids }));
  for (const record of result.records) {
    const row = record.toObject() as IdRow;
    nodes.set(row.id, {
      kind: entityKindOf(row.labels),
      name: row.name,
      article: row.file !== null && row.text !== null ? toArticle(row.file, row.text) : undefined,
    });
  }
  return nodes;
}

/** An entry as its mirror holds it. */
export interface MirroredEntry {
  body: unknown;
  version: string;
  position: number;
}

const READ_ENTRIES = `MATCH (e:${SEEDED_LABEL}:${ENTRY_KIND}) WHERE e.id IN $ids
  RETURN e.id AS id, e.body AS body, e.${HASH_PROPERTY} AS version, e.position AS position`;

/** Reads the mirrors of these entries, keyed by their row id. */
export async function readMirroredEntries(
  session: Session,
  entries: readonly { collection: Collection; id: string }[],
): Promise<Map<string, MirroredEntry>> {
  const ids = entries.map(({ collection, id }) => entryRowId(collection, id));
  const mirrored = new Map<string, MirroredEntry>();
  if (ids.length === 0) return mirrored;
  const result = await session.executeRead((tx) => tx.run(READ_ENTRIES, { ids }));
  for (const record of result.records) {
    mirrored.set(record.get('id') as string, {
      body: JSON.parse(record.get('body') as string) as unknown,
      version: record.get('version') as string,
      position: Number(record.get('position')),
    });
  }
  return mirrored;
}

// Ids are one namespace: a live node, an entry's mirror in any collection (a retracted entry has
// only that), or a retracted delegation, which lives only in its meeting's body.
const FIND_TAKEN = `CALL () {
    MATCH (n:${SEEDED_LABEL}) WHERE n.id IN $candidates RETURN n.id AS id
    UNION
    MATCH (e:${ENTRY_KIND}) WHERE e.id STARTS WITH $meetings AND any(needle IN $needles WHERE e.body CONTAINS needle)
    RETURN e.id AS id
  }
  RETURN collect(id) AS taken`;

/** Whether any of these ids, new to the entries declaring them, is already declared in the graph. */
export async function isAnyIdTaken(session: Session, ids: readonly string[]): Promise<boolean> {
  if (ids.length === 0) return false;
  const collections = Object.keys(DATA_FILES) as Collection[];
  const result = await session.executeRead((tx) =>
    tx.run(FIND_TAKEN, {
      // One list, so that each is an index seek.
      candidates: [...ids, ...ids.flatMap((id) => collections.map((collection) => entryRowId(collection, id)))],
      meetings: entryRowId('meetings', ''),
      needles: ids.map((id) => `"id":${JSON.stringify(id)}`),
    }),
  );
  return (result.records[0]?.get('taken') as string[]).length > 0;
}
