import { computeDiff, type GraphDiff } from '../../seed/diff/compute-diff.js';
import { relationshipId, toGraphFacts } from '../../seed/diff/read-graph-facts.js';
import { SEEDED_LABEL, type GraphRows, type NodeRow, type RelationshipRow } from '../../seed/graph/elements.js';
import { ENTRY_KIND, canonicalEntry, entryRowId } from '../../seed/graph/entries.js';
import { DATA_FILES, isMergeable, type Collection } from '../../seed/model/schema.js';
import { KIND_OF } from '../../seed/validate/references.js';
import { listReferences, parseEntry, validateEntry, withArticle } from '../../seed/validate/validate-entry.js';
import type { TransactionRunner } from '../database/executor.js';
import { notFoundError } from '../errors.js';
import { readCurrentId } from '../queries/former-ids.js';
import { toEntryView, type EntryView } from './edit-views.js';
import { buildEntryGraph, buildMirrorRows, combineRows } from './entry-rows.js';
import { foldEntity, type MergeConflict, type MergeMove } from './fold-entity.js';
import { readGraphContext, type GraphContext } from './graph-context.js';
import { badArgumentError } from './mutation-errors.js';
import { rewriteReferences, type FoldedFact } from './rewrite-references.js';
import { ENTRY_FIELDS, readStoredEntry, toStoredEntry, type EntryRow, type StoredEntry } from './stored-entry.js';

type Body = Record<string, unknown>;

/** The collections whose entries merge: those that keep former ids. */
export const MERGEABLE_COLLECTIONS = (Object.keys(DATA_FILES) as Collection[]).filter(isMergeable);

/** What merging one entity into another does: what the preview shows and the merge then writes. */
export interface MergePlan {
  /** The two entries as they stand. */
  keep: EntryView;
  merge: EntryView;
  /** The kept entry as it will be written. */
  result: Body;
  aliasesAdded: string[];
  formerIdsAdded: string[];
  factsMoved: MergeMove[];
  /** The other entries that refer to the merged entity, and the fields that will refer to the kept one. */
  rewritten: { collection: Collection; id: string; fields: string[] }[];
  conflicts: MergeConflict[];
  /** How many entries follow the merged one in its file: they move up one place, which changes their versions. */
  shifted: number;
}

/** One entry the merge changes, as it stands and as it will be (null: removed). */
export interface ChangedEntry {
  before: StoredEntry;
  after: Body | null;
}

/** A plan with everything the merge writes: the difference of rows, and the entries that change. */
export interface PreparedMerge {
  plan: MergePlan;
  keep: StoredEntry;
  merge: StoredEntry;
  /** The kept entry as it will stand. */
  kept: StoredEntry;
  changed: ChangedEntry[];
  /** Undefined when a blocking conflict leaves nothing to write. */
  diff: GraphDiff | undefined;
}

// An entry refers to an id in a field of its JSON body, where a slug id is written as it is, in
// quotes. A merge is rare: one pass over the mirror finds every referring entry, however it refers.
const READ_REFERRERS = `MATCH (e:${SEEDED_LABEL}:${ENTRY_KIND}) WHERE e.body CONTAINS $needle AND NOT e.id IN $own
  RETURN ${ENTRY_FIELDS} ORDER BY e.collection, e.position`;

// The entries after the merged one in its file: one range seek on the index of positions.
const READ_FOLLOWING = `MATCH (e:${SEEDED_LABEL}:${ENTRY_KIND}) WHERE e.collection = $collection AND e.position > $position
  RETURN ${ENTRY_FIELDS} ORDER BY e.position`;

async function readMergeable(run: TransactionRunner, id: string, field: 'keep' | 'merge'): Promise<StoredEntry> {
  const entry = await readStoredEntry(run, id);
  if (!entry) {
    const current = await readCurrentId(run, id);
    if (current !== id) throw badArgumentError(field, `names "${id}", which was already merged into "${current}"`);
    throw notFoundError('Entry', id);
  }
  if (!isMergeable(entry.collection)) {
    throw badArgumentError(
      field,
      `names an entry of ${entry.collection}, which do not merge; these do: ${MERGEABLE_COLLECTIONS.join(', ')}`,
    );
  }
  if (entry.body['retracted'] !== undefined) {
    throw badArgumentError(field, `names "${id}", which is retracted: merge entities that stand`);
  }
  return entry;
}

/** Reads the two entities, refusing what cannot merge: one entity twice, unknown ids, two kinds. */
async function readPair(run: TransactionRunner, keepId: string, mergeId: string) {
  if (keepId === mergeId) {
    throw badArgumentError('merge', `names the entity kept ("${keepId}"): merge two different entities`);
  }
  const keep = await readMergeable(run, keepId, 'keep');
  const merge = await readMergeable(run, mergeId, 'merge');
  if (keep.collection !== merge.collection) {
    const kindOf = (entry: StoredEntry) => withArticle(KIND_OF[entry.collection]);
    throw badArgumentError(
      'merge',
      `names ${kindOf(merge)} and 'keep' ${kindOf(keep)}: only entities of one kind merge ("${mergeId}", "${keepId}")`,
    );
  }
  return { keep, merge };
}

/** The problems of a new entry as conflicts that block the merge; its validated value when it has none. */
function validateNew(collection: Collection, raw: Body, context: GraphContext, conflicts: MergeConflict[]) {
  const { value, problems } = validateEntry(collection, raw, context);
  const entryId = String(raw['id']);
  for (const { field, message } of problems) conflicts.push({ entryId, field: field ?? null, message, blocking: true });
  return problems.length === 0 ? value : undefined;
}

/** A fact of a referring entry folded into another that names the kept entity: said, not refused. */
function foldedConflict(entryId: string, fold: FoldedFact, keepId: string, mergeId: string): MergeConflict {
  const kept = fold.differences.length > 0 ? `; it keeps ${fold.differences.join(', ')}` : '';
  return {
    entryId,
    field: fold.field,
    message: `names "${keepId}" as ${fold.into} does once "${mergeId}" is merged: folded into it, with the evidence of both${kept}`,
    blocking: false,
  };
}

/** Two rows of the written set under one id or key: the merge would make two facts one. */
function findDuplicates(parts: readonly { entryId: string; rows: GraphRows }[]): MergeConflict[] {
  const seen = new Set<string>();
  const conflicts: MergeConflict[] = [];
  for (const { entryId, rows } of parts) {
    for (const list of Object.values(rows.nodes) as NodeRow[][]) {
      for (const { id } of list) {
        if (seen.has(id))
          conflicts.push({ entryId, field: null, message: `would declare "${id}" twice`, blocking: true });
        seen.add(id);
      }
    }
    for (const [type, list] of Object.entries(rows.relationships) as [string, RelationshipRow[]][]) {
      for (const { key, from, to } of list) {
        const id = relationshipId(type, key);
        if (seen.has(id)) {
          const message = `would hold the same ${type} fact twice, from "${from}" to "${to}": retract one of them first`;
          conflicts.push({ entryId, field: null, message, blocking: true });
        }
        seen.add(id);
      }
    }
  }
  return conflicts;
}

/**
 * Works out a merge of `mergeId` into `keepId` without writing: folds the merged entry into the
 * kept one, rewrites every entry that refers to the merged id, moves the entries after it in its
 * file up one place, validates each new entry by the seed's rules, and computes the difference of
 * their rows with the seed's own functions. Reads through `run` only.
 */
export async function prepareMerge(run: TransactionRunner, keepId: string, mergeId: string): Promise<PreparedMerge> {
  const { keep, merge } = await readPair(run, keepId, mergeId);
  const collection = keep.collection;
  const folded = foldEntity(collection, keep.body, merge.body);
  const conflicts = [...folded.conflicts];
  const own = [entryRowId(collection, keepId), entryRowId(collection, mergeId)];
  const referrers = (await run<EntryRow>(READ_REFERRERS, { needle: JSON.stringify(mergeId), own })).map(toStoredEntry);
  const rewritten = referrers
    .map((entry) => ({ entry, ...rewriteReferences(entry.collection, entry.body, mergeId, keepId) }))
    .filter(({ fields }) => fields.length > 0)
    .map(({ entry, body, fields, folded }) => {
      conflicts.push(...folded.map((fold) => foldedConflict(entry.entryId, fold, keepId, mergeId)));
      return { entry, fields, body: canonicalEntry(entry.collection, body) as Body };
    });
  const following = (await run<EntryRow>(READ_FOLLOWING, { collection, position: merge.position })).map(toStoredEntry);
  const positionAfter = (entry: StoredEntry) =>
    entry.collection === collection && entry.position > merge.position ? entry.position - 1 : entry.position;

  const result = canonicalEntry(collection, folded.body) as Body;
  const olds = [keep, merge, ...rewritten.map(({ entry }) => entry)];
  const references = [
    ...olds.flatMap((entry) => listReferences(entry.collection, parseEntry(entry.collection, entry.body).value!)),
    ...[
      { collection, body: result },
      ...rewritten.map(({ entry, body }) => ({ collection: entry.collection, body })),
    ].flatMap(({ collection: of, body }) => {
      const { value } = parseEntry(of, body);
      return value ? listReferences(of, value) : [];
    }),
  ];
  const context = await readGraphContext(run, references, []);
  const keptValue = validateNew(collection, result, context, conflicts);
  const newValues = rewritten.map(({ entry, body }) => validateNew(entry.collection, body, context, conflicts));

  const involved = new Set(olds.map((entry) => `${entry.collection}:${entry.entryId}`));
  const shifted = following.filter((entry) => !involved.has(`${entry.collection}:${entry.entryId}`));
  const plan: MergePlan = {
    keep: toEntryView(keep),
    merge: toEntryView(merge),
    result,
    aliasesAdded: folded.aliasesAdded,
    formerIdsAdded: folded.formerIdsAdded,
    factsMoved: folded.factsMoved,
    rewritten: rewritten.map(({ entry, fields }) => ({ collection: entry.collection, id: entry.entryId, fields })),
    conflicts,
    shifted: following.length,
  };
  const changed: ChangedEntry[] = [
    { before: keep, after: result },
    { before: merge, after: null },
    ...rewritten.map(({ entry, body }) => ({ before: entry, after: body })),
  ];
  const unchanged = { plan, keep, merge, changed };
  if (!keptValue || newValues.some((value) => value === undefined)) {
    return { ...unchanged, kept: keep, diff: undefined };
  }

  const rowsOf = (entry: StoredEntry, body: Body, value: unknown, position: number) =>
    buildEntryGraph(entry.collection, body, value as never, position, context);
  const oldValue = (entry: StoredEntry) => parseEntry(entry.collection, entry.body).value;
  const before = [
    ...olds.map((entry) => rowsOf(entry, entry.body, oldValue(entry), entry.position).rows),
    ...shifted.map((entry) => buildMirrorRows(entry.collection, entry.body, entry.position)),
  ];
  const keptGraph = rowsOf(keep, result, keptValue, positionAfter(keep));
  const after = [
    { entryId: keepId, rows: keptGraph.rows },
    ...rewritten.map(({ entry, body }, index) => ({
      entryId: entry.entryId,
      rows: rowsOf(entry, body, newValues[index], positionAfter(entry)).rows,
    })),
    ...shifted.map((entry) => ({
      entryId: entry.entryId,
      rows: buildMirrorRows(entry.collection, entry.body, positionAfter(entry)),
    })),
  ];
  const duplicates = findDuplicates(after);
  conflicts.push(...duplicates);
  const kept: StoredEntry = {
    collection,
    entryId: keepId,
    body: result,
    version: keptGraph.version,
    position: positionAfter(keep),
  };
  if (duplicates.length > 0) return { ...unchanged, kept, diff: undefined };
  const diff = computeDiff(combineRows(after.map(({ rows }) => rows)), toGraphFacts(combineRows(before)));
  return { ...unchanged, kept, diff };
}
