import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { applyDiff } from '../../seed/diff/apply-diff.js';
import { computeDiff } from '../../seed/diff/compute-diff.js';
import { relationshipId, toGraphFacts } from '../../seed/diff/read-graph-facts.js';
import { ENTRY_KIND, canonicalEntry } from '../../seed/graph/entries.js';
import { SEEDED_LABEL } from '../../seed/graph/elements.js';
import { findEvidence } from '../../seed/model/evidenced-facts.js';
import type { Collection } from '../../seed/model/schema.js';
import { locateQuote } from '../../seed/validate/quotes.js';
import { KIND_OF, type Reference } from '../../seed/validate/references.js';
import { listReferences, parseEntry, validateEntry, withArticle } from '../../seed/validate/validate-entry.js';
import type { Executor, TransactionRunner } from '../database/executor.js';
import { notFoundError } from '../errors.js';
import { recordChange, type ChangeAction, type ChangeRecord } from './changes.js';
import { beginEdit, runEdit } from './edit-transaction.js';
import { buildEntryGraph, type EntryGraph } from './entry-rows.js';
import { readGraphContext, type GraphContext } from './graph-context.js';
import { badArgumentError, conflictError, invalidEntryError, type CurrentEntry } from './mutation-errors.js';
import { refreshReferrers } from './refresh-referrers.js';
import { toChangeView, toEntryView, type EditAnswer } from './edit-views.js';
import { readStoredEntry, type StoredEntry } from './stored-entry.js';

/** One edit of one entry, as a resolver describes it. */
export interface EntryEdit {
  /** The entry's collection when the request names it (a put); otherwise found by id. */
  collection?: Collection;
  entryId: string;
  action: ChangeAction;
  /** The version the editor read; null to add an entry that must not exist yet. */
  version: string | null;
  /** The entry as it will be written, made from the one that stands (undefined when adding) at `at`. */
  revise(current: StoredEntry | undefined, at: string): Record<string, unknown>;
  /** The fact inside the entry the edit is about (a retraction's `posts[1]`). */
  path?: string | null;
  comment?: string | null;
  idempotencyKey?: string | null;
  /** The user making the edit. */
  by: string;
  /** The request's arguments, so that a key reused for another request is refused. */
  request: unknown;
  /** A source's full text, when the edit gives one (required to add a source). */
  sourceText?: string | null;
}

const LAST_POSITION = `MATCH (e:${ENTRY_KIND}) WHERE e.collection = $collection AND e.position IS NOT NULL
  RETURN e.position AS position ORDER BY e.position DESC LIMIT 1`;

const SOURCE_TEXT = `MATCH (s:${SEEDED_LABEL}:Source {id: $id}) RETURN s.text AS text`;

// A node the edit removes may still be joined to another entry's facts (a stance of a retracted
// actor): DETACH DELETE would cut them silently, so the edit is refused and names them.
const FOREIGN_LINKS = `MATCH (n:${SEEDED_LABEL}) WHERE n.id IN $ids
  MATCH (n)-[r]-(other)
  WHERE NOT type(r) + ' ' + r.key IN $owned
  RETURN DISTINCT other.id AS id LIMIT 5`;

/** The ids an entry declares, with their field: its own, its delegations' and its former ids. */
function declaredIds(collection: Collection, entry: Record<string, unknown>) {
  const own = typeof entry['id'] === 'string' ? [{ id: entry['id'], kind: KIND_OF[collection], field: 'id' }] : [];
  const formerIds = Array.isArray(entry['formerIds']) ? (entry['formerIds'] as unknown[]) : [];
  const former = formerIds.flatMap((id, index) =>
    typeof id === 'string' ? [{ id, kind: KIND_OF[collection], field: `formerIds[${index}]` }] : [],
  );
  const delegations = Array.isArray(entry['delegations']) ? (entry['delegations'] as { id?: unknown }[]) : [];
  const nested = delegations.flatMap((delegation, index) =>
    typeof delegation.id === 'string'
      ? [{ id: delegation.id, kind: 'delegation' as const, field: `delegations[${index}].id` }]
      : [],
  );
  return [...own, ...former, ...nested];
}

/**
 * Applies one edit in one write transaction: checks the version, validates the new entry by the
 * seed's rules against the graph, writes the difference between the rows of the old and the new
 * entry with the seed's own functions, updates the entry's mirror, records the change and advances
 * the graph's revision. All of it commits, or none of it.
 */
export function applyEntryEdit(executor: Executor, edit: EntryEdit): Promise<EditAnswer> {
  return runEdit(executor, (run, tx) => applyInTransaction(run, tx, edit));
}

async function applyInTransaction(run: TransactionRunner, tx: ManagedTransaction, edit: EntryEdit) {
  const { revision, requestHash } = await beginEdit(run, tx, edit);
  const current = await readStoredEntry(run, edit.entryId, edit.collection);
  checkVersion(edit, current);
  const collection = current?.collection ?? edit.collection!;
  const at = new Date().toISOString();
  const raw = canonicalEntry(collection, edit.revise(current, at)) as Record<string, unknown>;

  const parsed = parseEntry(collection, raw);
  if (parsed.problems) throw invalidEntryError(collection, parsed.problems);
  const old = current && parseEntry(collection, current.body).value;
  const references: Reference[] = [
    ...listReferences(collection, parsed.value),
    ...(old ? listReferences(collection, old) : []),
  ];
  const ownIds = new Set(current ? declaredIds(collection, current.body).map(({ id }) => id) : []);
  const newIds = declaredIds(collection, raw).filter(({ id }) => !ownIds.has(id));
  const context = await readGraphContext(run, references, newIds);
  const duplicates = newIds.flatMap(({ id, field }) => {
    const found = context.lookup(id);
    return found ? [{ field, message: `duplicate id "${id}", already used by ${withArticle(found.kind)}` }] : [];
  });
  const { value, problems } = validateEntry(collection, raw, context);
  if (duplicates.length + problems.length > 0 || !value) {
    throw invalidEntryError(collection, [...duplicates, ...problems]);
  }

  const text = collection === 'sources' ? await readSourceText(run, edit, current) : undefined;
  const withText = <T>(entry: T): T => (text === undefined ? entry : { ...entry, text });
  const position = current?.position ?? (await readNextPosition(run, collection));
  const after = buildEntryGraph(collection, raw, withText(value), position, context);
  const before = current && old && buildEntryGraph(collection, current.body, withText(old), position, context);
  await writeDifference(run, tx, after, before);
  const names = { before: (old as { name?: string } | undefined)?.name, after: (value as { name?: string }).name };
  if (names.before !== undefined && names.before !== names.after) {
    await refreshReferrers(run, tx, { id: edit.entryId, before: names.before });
  }

  const entry: StoredEntry = { collection, entryId: edit.entryId, body: raw, version: after.version, position };
  const change: ChangeRecord = {
    id: randomUUID(),
    at,
    by: edit.by,
    action: edit.action,
    collection,
    entryId: edit.entryId,
    path: edit.path ?? null,
    comment: edit.comment ?? null,
    before: current ? JSON.stringify(current.body) : null,
    after: JSON.stringify(raw),
    idempotencyKey: edit.idempotencyKey ?? null,
    requestHash,
    revision,
    answer: '',
    exported: false,
  };
  const answer: EditAnswer = {
    entry: toEntryView(entry),
    change: toChangeView(change),
    quotes: locateQuotes(value, context),
  };
  await recordChange(run, { ...change, answer: JSON.stringify(answer) });
  return answer;
}

function checkVersion(edit: EntryEdit, current: StoredEntry | undefined): void {
  const currentEntry: CurrentEntry | null = current ? { version: current.version, entry: current.body } : null;
  if (edit.version === null && current) {
    throw conflictError(`\`${edit.entryId}\` already exists: send its version to change it`, currentEntry);
  }
  if (edit.version !== null && !current) throw notFoundError('Entry', edit.entryId);
  if (edit.version !== null && current && edit.version !== current.version) {
    throw conflictError(
      `\`${edit.entryId}\` changed since version ${edit.version}: it is now ${current.version}; apply the edit to it and send that version`,
      currentEntry,
    );
  }
}

async function readSourceText(run: TransactionRunner, edit: EntryEdit, current: StoredEntry | undefined) {
  const [stored] = current ? await run<{ text: string | null }>(SOURCE_TEXT, { id: edit.entryId }) : [];
  const text = stored?.text ?? undefined;
  if (edit.sourceText === undefined || edit.sourceText === null) {
    if (text === undefined) throw badArgumentError('text', "is required: the article's full text");
    return text;
  }
  // Quotes of other entries were checked against the text as it is: changing it could break them.
  if (text !== undefined && edit.sourceText !== text) {
    throw badArgumentError(
      'text',
      'cannot change once the article is added: add the corrected article as a new source',
    );
  }
  if (edit.sourceText.trim().length === 0) throw badArgumentError('text', 'must not be empty');
  return edit.sourceText;
}

async function readNextPosition(run: TransactionRunner, collection: Collection): Promise<number> {
  const [last] = await run<{ position: number }>(LAST_POSITION, { collection });
  return last === undefined ? 0 : Number(last.position) + 1;
}

/** Writes what differs between the entry's rows before and after, refusing to cut another entry's links. */
async function writeDifference(
  run: TransactionRunner,
  tx: ManagedTransaction,
  after: EntryGraph,
  before: EntryGraph | undefined,
): Promise<void> {
  const facts = before
    ? toGraphFacts(before.rows)
    : { nodes: new Map<string, string | null>(), relationships: new Map(), unmanaged: 0 };
  const diff = computeDiff(after.rows, facts);
  if (diff.deleteNodes.length > 0) {
    const owned = [...facts.relationships.values()].map(({ type, key }) => relationshipId(type, key));
    const others = await run<{ id: string }>(FOREIGN_LINKS, { ids: diff.deleteNodes, owned });
    if (others.length > 0) {
      throw badArgumentError(
        'path',
        `would remove ${diff.deleteNodes.map((id) => `"${id}"`).join(', ')}, which other facts still refer to (${others.map(({ id }) => `"${id}"`).join(', ')}): change or retract those first`,
      );
    }
  }
  await applyDiff(tx, diff);
}

/** Where each quote of the entry stands in its source's text, by the quote check's own rule. */
function locateQuotes(value: unknown, context: Pick<GraphContext, 'articleOf'>): EditAnswer['quotes'] {
  return findEvidence(value).flatMap(({ prefix, evidence }) =>
    evidence.flatMap((item, index) => {
      const article = context.articleOf(item.source);
      const position = article && locateQuote(article.text, item.quote);
      return position ? [{ path: `${prefix}evidence[${index}]`, source: item.source, ...position }] : [];
    }),
  );
}
