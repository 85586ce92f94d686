import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** A short hash of the data files' names and contents: the version of the dataset a database holds. */
export async function computeDatasetVersion(dataDir: string): Promise<string> {
  const names = (await readdir(dataDir)).filter((name) => name.endsWith('.yaml')).sort();
  const hash = createHash('sha256');
  for (const name of names) {
    hash
      .update(name)
      .update('\0')
      .update(await readFile(path.join(dataDir, name)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
