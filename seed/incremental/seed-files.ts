import { int, type ManagedTransaction, type Session } from 'neo4j-driver';
import { DATA_FILES, type Collection } from '../model/schema.js';
import { hashContent, type DataFile, type DataFiles, type KnownFile } from './data-files.js';
import { hashBlocks, type EntryBlocks } from './entry-blocks.js';
import { splitEntryChunks } from './entry-chunks.js';

/**
 * What the graph remembers of the files it was seeded from: one `(:SeedFile)` node per file, written
 * in the transaction that records the dataset. A seed hashes the files again and reads only the
 * files, and in them only the entries, whose hashes differ. Not `Seeded`: no difference, staging or
 * export meets these nodes.
 */
export const SEED_FILE_LABEL = 'SeedFile';

/** One file as the seed that wrote the graph read it; its entries' texts also hashed in blocks (empty when not cut). */
export interface FileRecord extends EntryBlocks {
  /** Its path in the data folder: `stances.yaml`, `sources/<file>`. */
  name: string;
  hash: string;
  /** Its size and times when read (data-files.ts), or null: the next seed then reads it again. */
  stat: string | null;
  /** A data file cut into entries: the hash of its text before the first; null when it could not be cut. */
  header: string | null;
  /** The hash of each entry's text, in file order (empty when not cut). */
  chunks: string[];
  /** Each entry's id, in file order (a data file's, cut or not). */
  entryIds: string[];
}

/** What a seed reads of a file's record first: all but the entries' hashes and ids, and how many entries. */
export type FileOutline = Omit<FileRecord, 'chunks' | 'entryIds'> & { entries: number };

/**
 * A change to a file's record: its entries `from` to `to` and its blocks `fromBlock` to `toBlock`
 * replaced by these (as many entries, or the last ones). Spares sending a 75,000-entry file's hashes
 * and ids to change one entry.
 */
export interface FilePatch extends Omit<FileRecord, 'header'> {
  from: number;
  to: number;
  fromBlock: number;
  toBlock: number;
}

/** A file read again whose content is the recorded one but whose stat is not (touched, copied). */
export interface FileStat {
  name: string;
  hash: string;
  stat: string;
}

/** The files a seed records, with the seed code that read them. */
export interface FileRecords {
  records: FileRecord[];
  /** Changes to the records of files whose changed entries were found by their blocks. */
  patches?: FilePatch[];
  /** Files whose recorded stat alone is stale. */
  stats?: FileStat[];
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
export function toFileRecord(
  { name, stat }: Pick<DataFile, 'name' | 'stat'>,
  content: Buffer,
  entryIds: string[],
): FileRecord {
  const collection = collectionOfFile(name);
  const split = collection && splitEntryChunks(content, collection);
  // Cut into as many texts as the parse found entries, or not cut at all.
  const cut = split && split.chunks.length === entryIds.length ? split : undefined;
  return {
    name,
    hash: hashContent(content),
    stat,
    header: cut ? hashContent(cut.header) : null,
    chunks: cut ? cut.chunks.map(hashContent) : [],
    entryIds,
    ...hashBlocks(cut ? cut.chunks : []),
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
    if (!file.content) throw new Error(`${file.name} was not read: a whole comparison reads every file`);
    return toFileRecord(file, file.content, collection ? entryIdsOf(collection) : []);
  });
  return { records, names: [...files.files.keys()], seedCode };
}

/** The files the graph recorded: each one's hash and stat, by name. */
export async function readKnownFiles(session: Session): Promise<Map<string, KnownFile>> {
  const result = await session.executeRead((tx) =>
    tx.run(`MATCH (f:${SEED_FILE_LABEL}) RETURN f.name AS name, f.hash AS hash, f.stat AS stat`),
  );
  return new Map(
    result.records.map((record) => [
      record.get('name') as string,
      { hash: record.get('hash') as string, stat: (record.get('stat') as string | null) ?? null },
    ]),
  );
}

/** The files read again whose content is the recorded one and whose stat is new and trusted. */
export function listStaleStats(files: DataFiles, known: ReadonlyMap<string, KnownFile>): FileStat[] {
  return [...files.files.values()].flatMap(({ name, hash, stat }) => {
    const recorded = known.get(name);
    return stat !== null && recorded?.hash === hash && recorded.stat !== stat ? [{ name, hash, stat }] : [];
  });
}

/** The records of the named files, without their entries' hashes and ids. */
export async function readFileOutlines(session: Session, names: readonly string[]): Promise<Map<string, FileOutline>> {
  const result = await session.executeRead((tx) =>
    tx.run(
      `MATCH (f:${SEED_FILE_LABEL}) WHERE f.name IN $names
       RETURN f.name AS name, f.hash AS hash, f.stat AS stat, f.header AS header,
              coalesce(f.blocks, []) AS blocks, coalesce(f.blockSizes, []) AS blockSizes,
              size(f.entryIds) AS entries`,
      { names },
    ),
  );
  return new Map(
    result.records.map((record) => {
      const file = { ...record.toObject(), entries: Number(record.get('entries')) } as unknown as FileOutline;
      return [file.name, file];
    }),
  );
}

/** The hashes and ids of a recorded file's entries `from` to `to`. */
export type RecordedEntriesReader = (
  name: string,
  from: number,
  to: number,
) => Promise<Pick<FileRecord, 'chunks' | 'entryIds'>>;

/** Reads the hashes and ids of entries `from` to `to` of a recorded file, and only those. */
export function createRecordedEntriesReader(session: Session): RecordedEntriesReader {
  return async (name, from, to) => {
    const result = await session.executeRead((tx) =>
      tx.run(
        `MATCH (f:${SEED_FILE_LABEL} {name: $name})
         RETURN f.chunks[$from..$to] AS chunks, f.entryIds[$from..$to] AS entryIds`,
        { name, from: int(from), to: int(to) },
      ),
    );
    const record = result.records[0];
    return {
      chunks: (record?.get('chunks') as string[] | undefined) ?? [],
      entryIds: (record?.get('entryIds') as string[] | undefined) ?? [],
    };
  };
}

const WRITE_RECORDS = `UNWIND $records AS record
  MERGE (f:${SEED_FILE_LABEL} {name: record.name})
  SET f += record`;

// Lists spliced in place: the entries before and after the change are not sent.
const WRITE_PATCHES = `UNWIND $patches AS patch
  MATCH (f:${SEED_FILE_LABEL} {name: patch.name})
  SET f.hash = patch.hash, f.stat = patch.stat,
      f.chunks = f.chunks[..patch.from] + patch.chunks + f.chunks[patch.to..],
      f.entryIds = f.entryIds[..patch.from] + patch.entryIds + f.entryIds[patch.to..],
      f.blocks = f.blocks[..patch.fromBlock] + patch.blocks + f.blocks[patch.toBlock..],
      f.blockSizes = f.blockSizes[..patch.fromBlock] + patch.blockSizes + f.blockSizes[patch.toBlock..]`;

// Only where the hash is still the one read with the stat: a record another seed wrote since stands.
const WRITE_STATS = `UNWIND $stats AS file
  MATCH (f:${SEED_FILE_LABEL} {name: file.name}) WHERE f.hash = file.hash
  SET f.stat = file.stat`;

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
  if (files?.patches?.length) await tx.run(WRITE_PATCHES, { patches: files.patches.map(toPatchParameters) });
  if (files?.stats?.length) await writeFileStats(tx, files.stats);
}

function toPatchParameters(patch: FilePatch) {
  const { from, to, fromBlock, toBlock } = patch;
  return { ...patch, from: int(from), to: int(to), fromBlock: int(fromBlock), toBlock: int(toBlock) };
}

/**
 * Records the new stat of files whose content did not change, so that the next seed trusts them
 * again without reading them. No revision moves: no reader of the graph meets a file's record.
 */
export async function writeFileStats(tx: Pick<ManagedTransaction, 'run'>, stats: readonly FileStat[]): Promise<void> {
  if (stats.length > 0) await tx.run(WRITE_STATS, { stats });
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
  const recorded = await readKnownFiles(session);
  return (
    recorded.size === files.records.length &&
    files.records.every((record) => recorded.get(record.name)?.hash === record.hash)
  );
}
