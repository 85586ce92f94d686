import type { Session } from 'neo4j-driver';
import { computeDiff, type GraphDiff } from '../diff/compute-diff.js';
import { HASH_PROPERTY, withFactHashes } from '../diff/fact-hash.js';
import { countUnmanaged, toGraphFacts } from '../diff/read-graph-facts.js';
import type { DatasetDetails } from '../graph/dataset-info.js';
import type { GraphRows } from '../graph/elements.js';
import { ENTRY_KIND, entryRow, entryRowId } from '../graph/entries.js';
import type { RowContext } from '../graph/rows.js';
import { addRows, emptyRows, entryRows } from '../graph/to-graph-rows.js';
import { findEvidence } from '../model/evidenced-facts.js';
import type { Collection } from '../model/schema.js';
import { SOURCE_TEXTS_DIR, toArticle } from '../validate/quotes.js';
import { KIND_OF, type EntityKind } from '../validate/references.js';
import { listReferences, parseEntry, validateEntry, type KnownId } from '../validate/validate-entry.js';
import { computeSeedCodeVersion } from './code-version.js';
import { compareWithRecords, WholeComparisonNeeded, type CandidateEntry } from './changed-files.js';
import { readDataFile, versionOf, type DataFiles, type KnownFile } from './data-files.js';
import { isAnyIdTaken, readGraphNodes, readMirroredEntries } from './graph-lookups.js';
import { createRecordedEntriesReader, listStaleStats, readFileOutlines } from './seed-files.js';

/** How a seed will bring the graph in line with the files. */
export type SeedPlan =
  | { kind: 'full'; reason: string }
  | {
      kind: 'changes';
      /** The revision the plan was read at: the seed writes it only if the graph is still there. */
      revision: number;
      diff: GraphDiff;
      details: DatasetDetails & { files: NonNullable<DatasetDetails['files']> };
      /** Entries whose text changed, and of them those whose content changed. */
      entries: { read: number; changed: number };
    };

/** A changed entry: its text now and its mirror before. */
interface ChangedEntry extends CandidateEntry {
  value: Record<string, unknown>;
  old?: { raw: unknown; value: Record<string, unknown>; position: number };
}

interface RecordedDataset {
  version: string | null;
  revision: number;
  filesRevision: number | null;
  seedCode: string | null;
  facts: number;
  quotes: number;
}

async function readRecordedDataset(session: Session): Promise<RecordedDataset | undefined> {
  const result = await session.executeRead((tx) =>
    tx.run(`MATCH (info:DatasetInfo {id: 'dataset'})
      RETURN info.version AS version, info.revision AS revision, info.filesRevision AS filesRevision,
             info.seedCode AS seedCode, info.facts AS facts, info.quotes AS quotes`),
  );
  const record = result.records[0];
  if (!record || record.get('version') === null) return undefined;
  const number = (key: string) => (record.get(key) === null ? null : Number(record.get(key)));
  return {
    version: record.get('version') as string,
    revision: number('revision') ?? 0,
    filesRevision: number('filesRevision'),
    seedCode: record.get('seedCode') as string | null,
    facts: number('facts') ?? 0,
    quotes: number('quotes') ?? 0,
  };
}

/** The ids an entry declares (its own, its delegations'), and whether each is a node of the graph. */
function declaredIds(collection: Collection, value: Record<string, unknown>) {
  const live = value['retracted'] === undefined;
  const own = [{ id: value['id'] as string, kind: KIND_OF[collection], retracted: !live, node: live }];
  const delegations = (collection === 'meetings' ? value['delegations'] : []) as { id: string; retracted?: unknown }[];
  const nested = delegations.map((delegation) => ({
    id: delegation.id,
    kind: 'delegation' as EntityKind,
    retracted: delegation.retracted !== undefined,
    node: live && delegation.retracted === undefined,
  }));
  return [...own, ...nested];
}

function countEvidence(value: unknown): { facts: number; quotes: number } {
  const found = findEvidence(value);
  return { facts: found.length, quotes: found.reduce((sum, item) => sum + item.evidence.length, 0) };
}

/** The content hash of each candidate's mirror row: its version, to compare with the graph's. */
function hashVersions(candidates: readonly CandidateEntry[]): Map<string, string> {
  const rows = emptyRows();
  for (const { collection, raw, index } of candidates) rows.nodes[ENTRY_KIND].push(entryRow(collection, raw, index));
  const hashed = withFactHashes(rows).nodes[ENTRY_KIND];
  return new Map(hashed.map((row) => [row.id, row.props[HASH_PROPERTY] as string]));
}

function buildRows(
  entries: readonly { collection: Collection; value: unknown; raw: unknown; position: number }[],
  context: RowContext,
): GraphRows {
  const rows = emptyRows();
  for (const { collection, value, raw, position } of entries) {
    addRows(rows, entryRows(collection, value as never, context));
    rows.nodes[ENTRY_KIND].push(entryRow(collection, raw, position));
  }
  return withFactHashes(rows);
}

/**
 * Works out, from the graph's record of the files it was seeded from, which entries changed, and
 * checks and diffs only those: by the rules of `validate-entry.ts`, against a context read from the
 * graph, as an edit is. Returns `full` with the reason whenever a partial check cannot settle the
 * question: a first load, a graph edited or seeded by other code since, an id removed, retracted or
 * renamed (others' references and derived names depend on it), an article's text changed, a problem
 * found (the full validation then reports every problem the usual way), or a difference too large
 * for one transaction.
 */
export async function planChanges({
  session,
  files,
  known,
  transactionRows,
}: {
  session: Session;
  files: DataFiles;
  /** The files the graph recorded (`readKnownFiles`), read before `files` were hashed. */
  known: ReadonlyMap<string, KnownFile>;
  transactionRows: number;
}): Promise<SeedPlan> {
  const full = (reason: string): SeedPlan => ({ kind: 'full', reason });
  const recorded = await readRecordedDataset(session);
  if (!recorded) return full('the graph holds no dataset yet');
  const seedCode = await computeSeedCodeVersion();
  if (recorded.seedCode === null) return full('the graph does not record the files it was seeded from');
  if (recorded.seedCode !== seedCode) return full("the seed's code changed since the graph was seeded");
  if (recorded.filesRevision !== recorded.revision) return full('the graph was edited since its last seed');
  const recordedHashes = new Map([...known].map(([name, file]) => [name, file.hash]));
  if (versionOf(recordedHashes) !== recorded.version) return full('the graph does not hold the files it recorded');
  if ((await countUnmanaged(session)) > 0) return full('the graph holds nodes no seed wrote');

  const changedNames = [
    ...[...files.files.values()].filter((file) => recordedHashes.get(file.name) !== file.hash).map(({ name }) => name),
    ...[...recordedHashes.keys()].filter((name) => !files.files.has(name)),
  ];
  let changedFiles;
  try {
    changedFiles = await compareWithRecords(
      files,
      recordedHashes,
      await readFileOutlines(session, changedNames),
      createRecordedEntriesReader(session),
    );
  } catch (error) {
    if (error instanceof WholeComparisonNeeded) return full(error.message);
    throw error;
  }
  if (changedFiles.removed.length > 0) {
    return full(`entries were removed (${changedFiles.removed.map(({ id }) => `"${id}"`).join(', ')})`);
  }
  const fileRecords = {
    records: changedFiles.records,
    patches: changedFiles.patches,
    stats: listStaleStats(files, known),
    names: [...files.files.keys()],
    seedCode,
  };
  const read = changedFiles.candidates.length;
  // Their mirrors are read at once: past one transaction's worth, the whole comparison's batches bound memory.
  if (read > transactionRows) return full(`${read} entries changed their text, more than one transaction`);
  const versions = hashVersions(changedFiles.candidates);
  const mirrors = await readMirroredEntries(session, changedFiles.candidates);
  const changed: ChangedEntry[] = [];
  for (const candidate of changedFiles.candidates) {
    const rowId = entryRowId(candidate.collection, candidate.id);
    const mirror = mirrors.get(rowId);
    if (mirror?.version === versions.get(rowId)) continue;
    const parsed = parseEntry(candidate.collection, candidate.raw);
    if (!parsed.value) return full(`${candidate.name}: entry ${candidate.index} does not match its schema`);
    const old = mirror && parseEntry(candidate.collection, mirror.body).value;
    if (mirror && !old) return full(`the graph's entry ${rowId} no longer matches its schema`);
    changed.push({
      ...candidate,
      value: parsed.value as Record<string, unknown>,
      ...(mirror &&
        old && { old: { raw: mirror.body, value: old as Record<string, unknown>, position: mirror.position } }),
    });
  }

  // What the changed entries declare now, and the ids they declare for the first time.
  const declared = new Map<string, KnownId & { name?: string }>();
  const newIds: string[] = [];
  for (const entry of changed) {
    const before = new Map(entry.old ? declaredIds(entry.collection, entry.old.value).map((id) => [id.id, id]) : []);
    const now = declaredIds(entry.collection, entry.value);
    for (const id of now) {
      if (declared.has(id.id)) return full(`"${id.id}" is declared twice`);
      declared.set(id.id, { kind: id.kind, ...(id.retracted && { retracted: true }) });
      if (!before.has(id.id)) newIds.push(id.id);
    }
    const nowIds = new Map(now.map((id) => [id.id, id]));
    for (const id of before.values()) {
      if (!nowIds.has(id.id)) return full(`"${id.id}" was removed from ${entry.id}`);
      if (id.node && !nowIds.get(id.id)!.node) return full(`"${id.id}" was retracted`);
    }
    if (entry.old && entry.old.value['name'] !== entry.value['name']) return full(`"${entry.id}" was renamed`);
    if (entry.collection === 'sources' && entry.old && entry.old.value['file'] !== entry.value['file']) {
      return full(`source "${entry.id}" names another text`);
    }
    if (typeof entry.value['name'] === 'string') declared.get(entry.id)!.name = entry.value['name'];
  }
  if (await isAnyIdTaken(session, newIds)) return full('an added id is already declared');

  const references = changed.flatMap((entry) =>
    [entry.value, entry.old?.value].flatMap((value) => (value ? listReferences(entry.collection, value as never) : [])),
  );
  const nodes = await readGraphNodes(session, [...new Set(references.map(({ target }) => target))]);
  const changedSources = new Map(
    changed.filter((entry) => entry.collection === 'sources').map((entry) => [entry.id, entry.value['file']]),
  );
  const texts = new Map<string, Buffer>();
  for (const file of [...changedSources.values()].map(String)) {
    const text = files.files.get(`${SOURCE_TEXTS_DIR}/${file}`);
    if (text) texts.set(file, await readDataFile(files, text));
  }
  const articleOfFile = (file: unknown) => {
    const text = texts.get(String(file));
    return text && toArticle(String(file), text.toString());
  };
  for (const [id, file] of changedSources) {
    if (!articleOfFile(file)) return full(`the text of source "${id}" is missing`);
  }
  const articleOf = (source: string) =>
    changedSources.has(source) ? articleOfFile(changedSources.get(source)) : nodes.get(source)?.article;
  const lookup = (id: string): KnownId | undefined => {
    const own = declared.get(id);
    if (own) return { kind: own.kind, ...(own.retracted && { retracted: true }) };
    const kind = nodes.get(id)?.kind;
    return kind && { kind };
  };
  for (const entry of changed) {
    const { problems } = validateEntry(entry.collection, entry.raw, { lookup, articleOf });
    if (problems.length > 0) return full(`${entry.name}: ${entry.collection}[${entry.index}] has problems to report`);
  }

  // Derived names name actors and issues, none of which was renamed: their names are the graph's.
  const context: RowContext = { nameOf: (id) => declared.get(id)?.name ?? nodes.get(id)?.name ?? id };
  const withText = (collection: Collection, value: Record<string, unknown>) =>
    collection === 'sources' ? { ...value, text: articleOfFile(value['file'])?.text } : value;
  const after = buildRows(
    changed.map((entry) => ({ ...entry, value: withText(entry.collection, entry.value), position: entry.index })),
    context,
  );
  const before = buildRows(
    changed.flatMap(({ collection, old }) =>
      old ? [{ collection, ...old, value: withText(collection, old.value) }] : [],
    ),
    context,
  );
  const diff = computeDiff(after, toGraphFacts(before));
  if (diff.size > transactionRows) return full(`the difference (${diff.size} rows) is larger than one transaction`);

  const counts = { facts: recorded.facts, quotes: recorded.quotes };
  for (const entry of changed) {
    const [now, then] = [countEvidence(entry.value), countEvidence(entry.old?.value)];
    counts.facts += now.facts - then.facts;
    counts.quotes += now.quotes - then.quotes;
  }
  return {
    kind: 'changes',
    revision: recorded.revision,
    diff,
    details: { version: files.version, ...counts, files: fileRecords },
    entries: { read, changed: changed.length },
  };
}
