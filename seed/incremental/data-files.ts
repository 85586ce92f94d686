import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SOURCE_TEXTS_DIR } from '../validate/quotes.js';

/** One file the seed reads: a data file (`stances.yaml`) or an article's text (`sources/<file>`). */
export interface DataFile {
  /** Its path inside the data folder, with `/` between folder and name. */
  name: string;
  content: Buffer;
  hash: string;
}

/** Every file the seed reads, and the version they make together. */
export interface DataFiles {
  files: Map<string, DataFile>;
  version: string;
}

/** A short content hash: 128 bits, out of reach of collisions for any dataset this project could hold. */
export function hashContent(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('base64url').slice(0, 22);
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
 * Reads and hashes the data files and the articles' texts. The version hashes every name and hash:
 * an article whose text changed is a new dataset too, since the quotes were checked against it.
 */
export async function hashDataFiles(dataDir: string): Promise<DataFiles> {
  const yaml = await listNames(dataDir, (name) => name.endsWith('.yaml'));
  const texts = await listNames(path.join(dataDir, SOURCE_TEXTS_DIR), () => true);
  const names = [...yaml, ...texts.map((name) => `${SOURCE_TEXTS_DIR}/${name}`)];
  const files = new Map<string, DataFile>();
  for (const name of names) {
    const content = await readFile(path.join(dataDir, name));
    files.set(name, { name, content, hash: hashContent(content) });
  }
  return { files, version: versionOf(new Map([...files].map(([name, file]) => [name, file.hash]))) };
}

/** The version of a set of files known by their names and hashes, as hashDataFiles computes it. */
export function versionOf(hashes: ReadonlyMap<string, string>): string {
  const version = createHash('sha256');
  for (const name of [...hashes.keys()].sort())
    version.update(name).update('\0').update(hashes.get(name)!).update('\0');
  return version.digest('hex').slice(0, 16);
}
