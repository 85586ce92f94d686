import { ENTRY_KIND, entryRowId } from '../../seed/graph/entries.js';
import { FORMER_ID_KIND } from '../../seed/graph/elements.js';
import { entityKindOf, READ_IDS, type IdRow } from '../../seed/graph/id-lookup.js';
import type { RowContext } from '../../seed/graph/rows.js';
import { toArticle, type Article } from '../../seed/validate/quotes.js';
import { KIND_OF, collectionOf, type EntityKind, type Reference } from '../../seed/validate/references.js';
import type { KnownId, ValidationContext } from '../../seed/validate/validate-entry.js';
import type { TransactionRunner } from '../database/executor.js';

/** What one edit is checked against and its rows are built with, read from the graph. */
export type GraphContext = ValidationContext & RowContext;

/**
 * Reads, inside the edit's transaction, what the references of the entry (old and new) and the ids
 * it declares need: each id's kind, whether it was retracted, its name, and the cited texts. Live
 * facts are found under their own id; a retracted entry only by its mirror, under the row ids of
 * the collections a reference may point into.
 */
export async function readGraphContext(
  run: TransactionRunner,
  references: readonly Reference[],
  declared: readonly { id: string; kind: EntityKind }[],
): Promise<GraphContext> {
  const ids = new Set<string>();
  const asEntry = (id: string, kind: EntityKind) => {
    if (kind !== 'delegation') ids.add(entryRowId(collectionOf(kind), id));
  };
  for (const { target, allowed } of references) {
    ids.add(target);
    for (const kind of allowed) asEntry(target, kind);
  }
  for (const { id } of declared) {
    ids.add(id);
    for (const kind of new Set(Object.values(KIND_OF))) asEntry(id, kind);
  }
  const rows = await run<IdRow>(READ_IDS, { ids: [...ids] });
  const known = new Map<string, KnownId>();
  const names = new Map<string, string>();
  const articles = new Map<string, Article>();
  for (const row of rows) {
    if (row.labels.includes(ENTRY_KIND) && row.collection && row.entryId && row.body) {
      const body = JSON.parse(row.body) as { name?: unknown; retracted?: unknown };
      // A live entity answers under its own id below; its mirror only speaks for a retracted one.
      if (!known.has(row.entryId)) known.set(row.entryId, { kind: KIND_OF[row.collection], retracted: true });
      if (typeof body.name === 'string' && !names.has(row.entryId)) names.set(row.entryId, body.name.trim());
      continue;
    }
    if (row.labels.includes(FORMER_ID_KIND) && row.collection && row.mergedInto) {
      known.set(row.id, { kind: KIND_OF[row.collection], mergedInto: row.mergedInto });
      continue;
    }
    const kind = entityKindOf(row.labels);
    if (kind) known.set(row.id, { kind });
    if (row.name !== null) names.set(row.id, row.name);
    if (row.file !== null && row.text !== null) articles.set(row.id, toArticle(row.file, row.text));
  }
  return {
    lookup: (id) => known.get(id),
    articleOf: (source) => articles.get(source),
    nameOf: (id) => names.get(id) ?? id,
  };
}
