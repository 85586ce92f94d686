import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

async function listCode(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(dir, entry.name);
      // The data is hashed on its own; the code is what turns it into rows and checks it.
      if (entry.isDirectory()) return entry.name === 'data' ? [] : listCode(full);
      return /\.(ts|js)$/.test(entry.name) ? [full] : [];
    }),
  );
  return nested.flat();
}

let cached: Promise<string> | undefined;

/**
 * A hash of the seed's own code (sources or build). An incremental seed trusts that the entries it
 * skips would give the rows the graph holds; that is only true of the code that wrote them, so a
 * seed by other code (a new release, a changed rule) compares every entry instead.
 */
export function computeSeedCodeVersion(): Promise<string> {
  cached ??= (async () => {
    const hash = createHash('sha256');
    for (const file of (await listCode(SEED_DIR)).sort()) {
      hash
        .update(path.relative(SEED_DIR, file))
        .update('\0')
        .update(await readFile(file))
        .update('\0');
    }
    return hash.digest('hex').slice(0, 16);
  })();
  return cached;
}
