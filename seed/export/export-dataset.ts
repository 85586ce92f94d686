import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Driver, Session } from 'neo4j-driver';
import { readSeedRun } from '../graph/seed-run.js';
import { CHANGE_LABEL, countEdits, readUnexportedEdits } from '../graph/unexported-edits.js';
import { DATA_FILES, type Collection } from '../model/schema.js';
import { formatEmptyDataFile, formatEntryChunk } from './format-data-file.js';
import { countMirroredEntries, MirrorError, readMirroredEntries } from './read-mirror.js';
import { writeFileAtomically } from './write-file-atomically.js';

export interface ExportOptions {
  driver: Driver;
  database?: string;
  /** The folder to write: `<collection>.yaml` for each collection, and `sources/<file>`. */
  dataDir: string;
  onProgress?: (message: string) => void;
}

/** What an export wrote. */
export interface ExportResult {
  /** Entries written per collection. */
  entries: Record<Collection, number>;
  /** Article texts written to `sources/`. */
  texts: number;
  /** Changes of the audit trail marked exported. */
  changes: number;
}

const MARK_EXPORTED = `UNWIND $ids AS id
  MATCH (change:${CHANGE_LABEL} {id: id})
  SET change.exported = true`;

/** Writes one collection's file and, for sources, each article's text; returns the entries written. */
async function exportCollection(session: Session, dataDir: string, collection: Collection, counts: ExportResult) {
  let written = 0;
  async function* chunks(): AsyncGenerator<string> {
    for await (const { entry, text } of readMirroredEntries(session, collection)) {
      if (collection === 'sources') {
        await writeFileAtomically(path.join(dataDir, 'sources', String(entry['file'])), [text ?? '']);
        counts.texts++;
      }
      yield formatEntryChunk(collection, entry, written++);
    }
    if (written === 0) yield formatEmptyDataFile(collection);
  }
  await writeFileAtomically(path.join(dataDir, `${collection}.yaml`), chunks());
  counts.entries[collection] = written;
}

/**
 * `npm run export`: writes the graph's entry mirror back to the data files, edits included, in the
 * files' one format, then marks the audit trail's changes exported, so a seed no longer refuses.
 */
export async function exportDataset({
  driver,
  database,
  dataDir,
  onProgress = () => {},
}: ExportOptions): Promise<ExportResult> {
  const session = driver.session({ ...(database && { database }) });
  try {
    const seed = await readSeedRun(session);
    if (seed.state === 'running')
      throw new MirrorError(`a seed is running (${seed.phase}): export once it has finished`);
    if ((await countMirroredEntries(session)) === 0)
      throw new MirrorError('the graph holds no entries to export: seed it first (npm run seed)');
    // Read before the entries: an edit committed after this read is in the files or not, but it
    // stays unexported either way, so the next seed cannot drop it unseen.
    const changes = await readUnexportedEdits(session);
    await mkdir(path.join(dataDir, 'sources'), { recursive: true });
    const result: ExportResult = { entries: {} as ExportResult['entries'], texts: 0, changes: 0 };
    for (const collection of Object.keys(DATA_FILES) as Collection[]) {
      await exportCollection(session, dataDir, collection, result);
      onProgress(`${collection}.yaml: ${result.entries[collection]} entries`);
    }
    onProgress(`sources/: ${result.texts} article texts`);
    await session.executeWrite((tx) => tx.run(MARK_EXPORTED, { ids: changes }));
    result.changes = changes.length;
    onProgress(`${countEdits(changes.length)} marked exported`);
    return result;
  } finally {
    await session.close();
  }
}
