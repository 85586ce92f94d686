import type { Collection } from '../model/schema.js';
import { KIND_OF, type EntityKind } from '../validate/references.js';
import { NODE_LABELS, SEEDED_LABEL } from './elements.js';

/** The entity kind each node label stands for (`Person` → person); nodes of other kinds name no entity. */
const KIND_OF_LABEL = new Map<string, EntityKind>(
  Object.entries(NODE_LABELS).flatMap(([kind, labels]) => {
    const entityKind = kind.toLowerCase();
    const known = (Object.values(KIND_OF) as string[]).includes(entityKind) || entityKind === 'delegation';
    return known ? [[labels.at(-1)!, entityKind as EntityKind]] : [];
  }),
);

/** The entity kind a node's labels make it, if any. */
export function entityKindOf(labels: readonly string[]): EntityKind | undefined {
  return labels.map((label) => KIND_OF_LABEL.get(label)).find((kind) => kind !== undefined);
}

/**
 * What a reference check, a derived name and a quote check need to know of ids, as the seed's
 * partial comparison and an edit through the API both ask it: every node with one of `$ids` (an
 * index seek each on the seeded id), whether a live fact, an entry's mirror or a merged id.
 */
export const READ_IDS = `MATCH (n:${SEEDED_LABEL}) WHERE n.id IN $ids
  RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.collection AS collection, n.entryId AS entryId,
         n.body AS body, n.mergedInto AS mergedInto, CASE WHEN n:Source THEN n.file END AS file,
         CASE WHEN n:Source THEN n.text END AS text`;

/** One node READ_IDS found. */
export interface IdRow {
  id: string;
  labels: string[];
  name: string | null;
  collection: Collection | null;
  entryId: string | null;
  body: string | null;
  mergedInto: string | null;
  file: string | null;
  text: string | null;
}
