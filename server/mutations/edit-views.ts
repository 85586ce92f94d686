import type { Collection } from '../../seed/model/schema.js';
import type { QuotePosition } from '../../seed/validate/quotes.js';
import type { ChangeRecord } from './changes.js';
import { isRetracted, type StoredEntry } from './stored-entry.js';

/** An entry as the API shows it. */
export interface EntryView {
  collection: Collection;
  id: string;
  version: string;
  position: number;
  body: Record<string, unknown>;
  retracted: boolean;
}

/** A recorded change as the API shows it. */
export interface ChangeView {
  id: string;
  at: string;
  by: string;
  action: 'ADD' | 'EDIT' | 'RETRACT' | 'MERGE';
  collection: string;
  entryId: string;
  path: string | null;
  comment: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** What an edit answers: the entry as it now stands, its change, and where each of its quotes is. */
export interface EditAnswer {
  entry: EntryView;
  change: ChangeView;
  quotes: (QuotePosition & { path: string; source: string })[];
}

/** A change as the API shows it. */
export function toChangeView(change: ChangeRecord): ChangeView {
  // Neo4j keeps no null property: a change read back lacks the fields it had none of.
  const parse = (body: string | null | undefined) =>
    typeof body === 'string' ? (JSON.parse(body) as Record<string, unknown>) : null;
  return {
    id: change.id,
    at: change.at,
    by: change.by,
    action: change.action.toUpperCase() as ChangeView['action'],
    collection: change.collection,
    entryId: change.entryId,
    path: change.path ?? null,
    comment: change.comment ?? null,
    before: parse(change.before),
    after: parse(change.after),
  };
}

/** An entry as the API shows it. */
export function toEntryView(entry: StoredEntry): EntryView {
  const { collection, entryId: id, version, position, body } = entry;
  return { collection, id, version, position, body, retracted: isRetracted(body) };
}
