import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { SOURCE_TEXTS_DIR } from '../validate/quotes.js';

/** One file the seed reads: a data file (`stances.yaml`) or an article's text (`sources/<file>`). */
export interface DataFile {
  /** Its path inside the data folder, with `/` between folder and name. */
  name: string;
  /** Its bytes; undefined when it was trusted by its stat and not read (see hashDataFiles). */
  content: Buffer | undefined;
  hash: string;
  /** Its size and times as read (see readStatKey); null when too recent to trust next time. */
  stat: string | null;
}

/** Every file the seed reads, and the version they make together. */
export interface DataFiles {
  /** The data folder, to read a file that was trusted by its stat. */
  dir: string;
  files: Map<string, DataFile>;
  version: string;
}

/** A file as a previous seed recorded it: its hash, and the stat it had when that seed read it. */
export interface KnownFile {
  hash: string;
  stat: string | null;
}

/**
 * A file modified this recently is not trusted by its stat next time: a write in the same tick of
 * the file system's clock as the seed's read, keeping the size, would leave the stat unchanged (git's
 * "racily clean" entries). Two seconds covers the coarsest clocks (FAT); the file is then hashed.
 */
const RACY_MS = 2000;

/**
 * A short content hash: 128 bits, out of reach of collisions for any dataset this project could
 * hold. Parts are hashed as the bytes they make together.
 */
export function hashContent(content: string | Buffer | readonly Buffer[]): string {
  const hash = createHash('sha256');
  for (const part of typeof content === 'string' || Buffer.isBuffer(content) ? [content] : content) hash.update(part);
  return hash.digest('base64url').slice(0, 22);
}

async function listNames(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && keep(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * A file's size, modification and change times in nanoseconds, as one string. The change time
 * moves on every write and on any restore of the modification time (`touch -r`, an archive
 * extracted), which the modification time alone would miss.
 */
async function readStatKey(file: string): Promise<{ key: string; mtimeMs: number }> {
  const { size, mtimeNs, ctimeNs, mtimeMs } = await stat(file, { bigint: true });
  return { key: `${size}:${mtimeNs}:${ctimeNs}`, mtimeMs: Number(mtimeMs) };
}

/**
 * Hashes the data files and the articles' texts. A file whose stat is the one `known` recorded is
 * trusted without being read, as make and git's index trust a file whose stat did not change;
 * without `known`, every byte of every file is read. The version hashes every name and hash: an
 * article whose text changed is a new dataset too, since the quotes were checked against it.
 */
export async function hashDataFiles(
  dataDir: string,
  { known = new Map() }: { known?: ReadonlyMap<string, KnownFile> } = {},
): Promise<DataFiles> {
  const yaml = await listNames(dataDir, (name) => name.endsWith('.yaml'));
  const texts = await listNames(path.join(dataDir, SOURCE_TEXTS_DIR), () => true);
  const names = [...yaml, ...texts.map((name) => `${SOURCE_TEXTS_DIR}/${name}`)];
  const files = new Map<string, DataFile>();
  for (const name of names) {
    const readAt = Date.now();
    // Taken before the read: a write after it changes the stat, so the next seed reads the file again.
    const stat = await readStatKey(path.join(dataDir, name));
    const recorded = known.get(name);
    if (recorded && recorded.stat === stat.key) {
      files.set(name, { name, content: undefined, hash: recorded.hash, stat: stat.key });
      continue;
    }
    const content = await readFile(path.join(dataDir, name));
    const trusted = stat.mtimeMs < readAt - RACY_MS ? stat.key : null;
    files.set(name, { name, content, hash: hashContent(content), stat: trusted });
  }
  return {
    dir: dataDir,
    files,
    version: versionOf(new Map([...files].map(([name, file]) => [name, file.hash]))),
  };
}

/** A file's bytes: those read while hashing, or read now for a file trusted by its stat. */
export async function readDataFile(files: DataFiles, file: DataFile): Promise<Buffer> {
  return file.content ?? readFile(path.join(files.dir, file.name));
}

/** The version of a set of files known by their names and hashes, as hashDataFiles computes it. */
export function versionOf(hashes: ReadonlyMap<string, string>): string {
  const version = createHash('sha256');
  for (const name of [...hashes.keys()].sort())
    version.update(name).update('\0').update(hashes.get(name)!).update('\0');
  return version.digest('hex').slice(0, 16);
}
