import type { ManagedTransaction, Session } from 'neo4j-driver';
import { DATA_FILES, type Collection } from '../model/schema.js';
import { hashContent, type DataFiles } from './data-files.js';
import { splitEntryChunks } from './entry-chunks.js';

/**
 * What the graph remembers of the files it was seeded from: one `(:SeedFile)` node per file, written
 * in the transaction that records the dataset. A seed hashes the files again and reads only the
 * files, and in them only the entries, whose hashes differ. Not `Seeded`: no difference, staging or
 * export meets these nodes.
 */
export const SEED_FILE_LABEL = 'SeedFile';

/** One file as the seed that wrote the graph read it. */
export interface FileRecord {
  /** Its path in the data folder: `stances.yaml`, `sources/<file>`. */
  name: string;
  hash: string;
  /** A data file cut into entries: the hash of its text before the first; null when it could not be cut. */
  header: string | null;
  /** The hash of each entry's text, in file order (empty when not cut). */
  chunks: string[];
  /** Each entry's id, in file order (a data file's, cut or not). */
  entryIds: string[];
}

/** The files a seed records, with the seed code that read them. */
export interface FileRecords {
  records: FileRecord[];
  /** Every file of the dataset: records of other files are deleted. */
  names: string[];
  seedCode: string;
}

/** The collection a data file holds, or undefined for an article's text and other files. */
export function collectionOfFile(name: string): Collection | undefined {
  const collection = name.replace(/\.yaml$/, '');
  return name.endsWith('.yaml') && collection in DATA_FILES ? (collection as Collection) : undefined;
}

/** The record of one file as read now: `entryIds` are those of its entries, in order. */
export function toFileRecord(name: string, content: Buffer, entryIds: string[]): FileRecord {
  const collection = collectionOfFile(name);
  const split = collection && splitEntryChunks(content, collection);
  // Cut into as many texts as the parse found entries, or not cut at all.
  const cut = split && split.chunks.length === entryIds.length ? split : undefined;
  return {
    name,
    hash: hashContent(content),
    header: cut ? hashContent(cut.header) : null,
    chunks: cut ? cut.chunks.map(hashContent) : [],
    entryIds,
  };
}

/** The records of every file, from the entries a full validation read (their ids, by collection). */
export function toFileRecords(
  files: DataFiles,
  entryIdsOf: (collection: Collection) => string[],
  seedCode: string,
): FileRecords {
  const records = [...files.files.values()].map((file) => {
    const collection = collectionOfFile(file.name);
    return toFileRecord(file.name, file.content, collection ? entryIdsOf(collection) : []);
  });
  return { records, names: [...files.files.keys()], seedCode };
}

/** The file hashes the graph recorded (name → hash). */
export async function readRecordedHashes(session: Session): Promise<Map<string, string>> {
  const result = await session.executeRead((tx) =>
    tx.run(`MATCH (f:${SEED_FILE_LABEL}) RETURN f.name AS name, f.hash AS hash`),
  );
  return new Map(result.records.map((record) => [record.get('name') as string, record.get('hash') as string]));
}

/** The whole records of the named files. */
export async function readFileRecords(session: Session, names: readonly string[]): Promise<Map<string, FileRecord>> {
  const result = await session.executeRead((tx) =>
    tx.run(
      `MATCH (f:${SEED_FILE_LABEL}) WHERE f.name IN $names
       RETURN f.name AS name, f.hash AS hash, f.header AS header, f.chunks AS chunks, f.entryIds AS entryIds`,
      { names },
    ),
  );
  return new Map(
    result.records.map((record) => {
      const file = record.toObject() as unknown as FileRecord;
      return [file.name, file];
    }),
  );
}

const WRITE_RECORDS = `UNWIND $records AS record
  MERGE (f:${SEED_FILE_LABEL} {name: record.name})
  SET f += record`;

const DELETE_OTHERS = `MATCH (f:${SEED_FILE_LABEL}) WHERE $names IS NULL OR NOT f.name IN $names DELETE f`;

/**
 * Writes the records of the files that changed and deletes those of files gone, in the caller's
 * transaction (the one that records the dataset). Without records (a dataset given as rows, not
 * files), deletes them all: the next seed then compares every entry.
 */
export async function writeFileRecords(
  tx: Pick<ManagedTransaction, 'run'>,
  files: FileRecords | undefined,
): Promise<void> {
  await tx.run(DELETE_OTHERS, { names: files?.names ?? null });
  if (files && files.records.length > 0) await tx.run(WRITE_RECORDS, { records: files.records });
}

/**
 * True when the graph's record already describes these files as read by this code, at its current
 * revision: a seed that finds nothing to write then need not write the record again either.
 */
export async function isRecordCurrent(session: Session, files: FileRecords): Promise<boolean> {
  const result = await session.executeRead((tx) =>
    tx.run(
      `MATCH (info:DatasetInfo {id: 'dataset'})
      RETURN info.seedCode = $seedCode AND info.filesRevision = info.revision AS current`,
      { seedCode: files.seedCode },
    ),
  );
  if (result.records[0]?.get('current') !== true) return false;
  const recorded = await readRecordedHashes(session);
  return (
    recorded.size === files.records.length && files.records.every((record) => recorded.get(record.name) === record.hash)
  );
}
