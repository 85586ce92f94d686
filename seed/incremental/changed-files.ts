import { load } from 'js-yaml';
import type { Collection } from '../model/schema.js';
import { hashContent, type DataFile, type DataFiles } from './data-files.js';
import { ENTRIES_PER_BLOCK, findChangedRange, hashBlocks } from './entry-blocks.js';
import { cutEntries, parseEntryChunk, readEntryLayout, splitEntryChunks } from './entry-chunks.js';
import {
  collectionOfFile,
  type FileOutline,
  type FilePatch,
  type FileRecord,
  type RecordedEntriesReader,
} from './seed-files.js';

/** An entry whose text changed (or that is new): where it is, and what the YAML says. */
export interface CandidateEntry {
  collection: Collection;
  /** Its file, in the data folder. */
  name: string;
  index: number;
  raw: unknown;
  id: string;
}

/** What changed between the recorded files and the files now, entry by entry. */
export interface ChangedFiles {
  candidates: CandidateEntry[];
  /** The records of the files that changed, as they are now: whole, or as changes to the recorded ones. */
  records: FileRecord[];
  patches: FilePatch[];
  /** Ids of entries gone from their file. */
  removed: { collection: Collection; id: string }[];
}

/** Why the entries cannot be compared by their text alone: the caller compares every entry instead. */
export class WholeComparisonNeeded extends Error {}

function readableId(raw: unknown): string | undefined {
  const value = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** The entries of a data file read whole; throws when it does not parse (validation will say why). */
function parseWholeFile(file: DataFile, content: Buffer, collection: Collection) {
  let root: unknown;
  try {
    root = load(content.toString());
  } catch {
    throw new WholeComparisonNeeded(`${file.name} is not valid YAML`);
  }
  const list = typeof root === 'object' && root !== null ? (root as Record<string, unknown>)[collection] : undefined;
  if (!Array.isArray(list) || Object.keys(root as object).length !== 1) {
    throw new WholeComparisonNeeded(`${file.name} does not hold one list named '${collection}'`);
  }
  return list as unknown[];
}

/** One changed data file compared with its record: what may differ, its record now, the ids gone. */
interface ComparedFile {
  candidates: CandidateEntry[];
  record: FileRecord | FilePatch;
  removed: string[];
}

/**
 * Compares entry texts with the recorded ones at the same places (the entries from `first` on):
 * the same text keeps its recorded id, another is parsed alone and is a candidate. Undefined when
 * one does not parse alone.
 */
function compareChunks(
  file: DataFile,
  collection: Collection,
  chunks: readonly Buffer[],
  first: number,
  recorded: { chunks: readonly string[]; entryIds: readonly string[] } | undefined,
) {
  const candidates: CandidateEntry[] = [];
  const hashes = chunks.map(hashContent);
  const entryIds: string[] = [];
  for (const [offset, chunk] of chunks.entries()) {
    if (recorded && recorded.chunks[offset] === hashes[offset]) {
      entryIds.push(recorded.entryIds[offset]!);
      continue;
    }
    const parsed = parseEntryChunk(chunk);
    if (!parsed) return undefined;
    candidates.push(toCandidate(file, collection, first + offset, parsed.raw));
    entryIds.push(candidates.at(-1)!.id);
  }
  return { candidates, hashes, entryIds };
}

function toCandidate(file: DataFile, collection: Collection, index: number, raw: unknown): CandidateEntry {
  const id = readableId(raw);
  if (id === undefined) throw new WholeComparisonNeeded(`${file.name}: entry ${index} has no id`);
  return { collection, name: file.name, index, raw, id };
}

/**
 * Finds the changed entries of a file by its recorded blocks: only the run of blocks that differs is
 * cut into entries and compared. Undefined when that cannot settle it (no blocks recorded, another
 * header, an entry added or removed before the unchanged end, whose entries then move).
 */
async function compareByBlocks(
  file: DataFile,
  content: Buffer,
  collection: Collection,
  outline: FileOutline,
  readEntries: RecordedEntriesReader,
): Promise<ComparedFile | undefined> {
  const layout = readEntryLayout(content, collection);
  if (!layout || outline.blocks.length === 0 || hashContent(layout.header) !== outline.header) return undefined;
  const range = findChangedRange(content, layout.header.length, outline);
  const chunks = cutEntries(content, range.start, range.end, layout.indent);
  const from = range.fromBlock * ENTRIES_PER_BLOCK;
  const to = Math.min(range.toBlock * ENTRIES_PER_BLOCK, outline.entries);
  if (!chunks || (chunks.length !== to - from && range.toBlock < outline.blocks.length)) return undefined;
  const recorded = await readEntries(file.name, from, to);
  const compared = compareChunks(file, collection, chunks, from, recorded);
  if (!compared) return undefined;
  const now = new Set(compared.entryIds);
  const { name, hash, stat } = file;
  const { fromBlock, toBlock } = range;
  return {
    candidates: compared.candidates,
    record: {
      name,
      hash,
      stat,
      from,
      to,
      fromBlock,
      toBlock,
      chunks: compared.hashes,
      entryIds: compared.entryIds,
      ...hashBlocks(chunks),
    },
    removed: recorded.entryIds.filter((id) => !now.has(id)),
  };
}

/**
 * Compares every entry of a changed data file with its record at the same place, or parses the
 * whole file when it cannot be cut into entries: every entry is then a candidate.
 */
async function compareWholeFile(
  file: DataFile,
  content: Buffer,
  collection: Collection,
  outline: FileOutline | undefined,
  readEntries: RecordedEntriesReader,
): Promise<ComparedFile> {
  const recorded = outline && (await readEntries(file.name, 0, outline.entries));
  const split = splitEntryChunks(content, collection);
  const header = split && hashContent(split.header);
  const sameHeader = outline !== undefined && outline.header === header;
  const compared = split && compareChunks(file, collection, split.chunks, 0, sameHeader ? recorded : undefined);
  const candidates =
    compared?.candidates ??
    parseWholeFile(file, content, collection).map((raw, index) => toCandidate(file, collection, index, raw));
  const entryIds = compared?.entryIds ?? candidates.map(({ id }) => id);
  const now = new Set(entryIds);
  return {
    candidates,
    record: {
      name: file.name,
      hash: file.hash,
      stat: file.stat,
      header: compared ? header! : null,
      chunks: compared?.hashes ?? [],
      entryIds,
      ...hashBlocks(compared ? split.chunks : []),
    },
    removed: (recorded?.entryIds ?? []).filter((id) => !now.has(id)),
  };
}

/**
 * Compares the files with the hashes the graph recorded: unchanged files are not read further, and
 * in a changed data file only the entries whose text changed are parsed. Throws
 * WholeComparisonNeeded when a change reaches beyond the entries it touches (an article's text).
 */
export async function compareWithRecords(
  files: DataFiles,
  recordedHashes: ReadonlyMap<string, string>,
  outlines: ReadonlyMap<string, FileOutline>,
  readEntries: RecordedEntriesReader,
): Promise<ChangedFiles> {
  const changed: ChangedFiles = { candidates: [], records: [], patches: [], removed: [] };
  for (const [name, hash] of recordedHashes) {
    const collection = collectionOfFile(name);
    if (collection === undefined && files.files.get(name)?.hash !== hash) {
      // Other entries' quotes were checked against this text.
      throw new WholeComparisonNeeded(`the text ${name} changed or is gone`);
    }
    const outline = outlines.get(name);
    if (collection !== undefined && !files.files.has(name) && outline) {
      for (const id of (await readEntries(name, 0, outline.entries)).entryIds) changed.removed.push({ collection, id });
    }
  }
  for (const file of files.files.values()) {
    if (recordedHashes.get(file.name) === file.hash) continue;
    const collection = collectionOfFile(file.name);
    const { name, hash, stat } = file;
    if (collection === undefined) {
      changed.records.push({ name, hash, stat, header: null, chunks: [], entryIds: [], blocks: [], blockSizes: [] });
      continue;
    }
    // Only a file read again can differ from its record: one trusted by its stat has the recorded hash.
    const content = file.content!;
    const outline = outlines.get(file.name);
    const compared =
      (outline && (await compareByBlocks(file, content, collection, outline, readEntries))) ??
      (await compareWholeFile(file, content, collection, outline, readEntries));
    changed.candidates.push(...compared.candidates);
    if ('from' in compared.record) changed.patches.push(compared.record);
    else changed.records.push(compared.record);
    for (const id of compared.removed) changed.removed.push({ collection, id });
  }
  return changed;
}
