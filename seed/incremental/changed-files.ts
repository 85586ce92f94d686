import { load } from 'js-yaml';
import type { Collection } from '../model/schema.js';
import { hashContent, type DataFile, type DataFiles } from './data-files.js';
import { parseEntryChunk, splitEntryChunks } from './entry-chunks.js';
import { collectionOfFile, type FileRecord } from './seed-files.js';

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
  /** The records of the files that changed, as they are now. */
  records: FileRecord[];
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
function parseWholeFile(file: DataFile, collection: Collection) {
  let root: unknown;
  try {
    root = load(file.content.toString());
  } catch {
    throw new WholeComparisonNeeded(`${file.name} is not valid YAML`);
  }
  const list = typeof root === 'object' && root !== null ? (root as Record<string, unknown>)[collection] : undefined;
  if (!Array.isArray(list) || Object.keys(root as object).length !== 1) {
    throw new WholeComparisonNeeded(`${file.name} does not hold one list named '${collection}'`);
  }
  return list as unknown[];
}

/**
 * The entries of one changed data file that may differ from the graph: the texts that are not the
 * recorded text at the same place, or every entry when the file cannot be cut into entries.
 */
function compareFile(
  file: DataFile,
  collection: Collection,
  recorded: FileRecord | undefined,
): { candidates: CandidateEntry[]; record: FileRecord } {
  const candidates: CandidateEntry[] = [];
  const entryIds: string[] = [];
  const add = (index: number, raw: unknown) => {
    const id = readableId(raw);
    if (id === undefined) throw new WholeComparisonNeeded(`${file.name}: entry ${index} has no id`);
    candidates.push({ collection, name: file.name, index, raw, id });
    entryIds.push(id);
  };
  const split = splitEntryChunks(file.content, collection);
  const chunkHashes = split?.chunks.map(hashContent);
  const header = split && hashContent(split.header);
  const cut =
    split &&
    split.chunks.every((chunk, index) => {
      if (recorded && recorded.header === header && recorded.chunks[index] === chunkHashes![index]) {
        entryIds.push(recorded.entryIds[index]!);
        return true;
      }
      const parsed = parseEntryChunk(chunk);
      if (parsed) add(index, parsed.raw);
      return parsed !== undefined;
    });
  if (!cut) {
    candidates.length = 0;
    entryIds.length = 0;
    parseWholeFile(file, collection).forEach((raw, index) => add(index, raw));
  }
  return {
    candidates,
    record: {
      name: file.name,
      hash: file.hash,
      header: cut ? header! : null,
      chunks: cut ? chunkHashes! : [],
      entryIds,
    },
  };
}

/**
 * Compares the files with the hashes the graph recorded: unchanged files are not read further, and
 * in a changed data file only the entries whose text changed are parsed. Throws
 * WholeComparisonNeeded when a change reaches beyond the entries it touches (an article's text).
 */
export function compareWithRecords(
  files: DataFiles,
  recordedHashes: ReadonlyMap<string, string>,
  records: ReadonlyMap<string, FileRecord>,
): ChangedFiles {
  const changed: ChangedFiles = { candidates: [], records: [], removed: [] };
  for (const [name, hash] of recordedHashes) {
    const collection = collectionOfFile(name);
    if (collection === undefined && files.files.get(name)?.hash !== hash) {
      // Other entries' quotes were checked against this text.
      throw new WholeComparisonNeeded(`the text ${name} changed or is gone`);
    }
    if (collection !== undefined && !files.files.has(name)) {
      for (const id of records.get(name)?.entryIds ?? []) changed.removed.push({ collection, id });
    }
  }
  for (const file of files.files.values()) {
    if (recordedHashes.get(file.name) === file.hash) continue;
    const collection = collectionOfFile(file.name);
    if (collection === undefined) {
      changed.records.push({ name: file.name, hash: file.hash, header: null, chunks: [], entryIds: [] });
      continue;
    }
    const recorded = records.get(file.name);
    const { candidates, record } = compareFile(file, collection, recorded);
    changed.candidates.push(...candidates);
    changed.records.push(record);
    const now = new Set(record.entryIds);
    for (const id of recorded?.entryIds ?? []) if (!now.has(id)) changed.removed.push({ collection, id });
  }
  return changed;
}
