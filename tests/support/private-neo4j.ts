import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A fresh temporary folder for a test's own local Neo4j, apart from the suite's shared one, and the
 * options that put its store and password there on a free port. The caller removes `dir`.
 */
export async function privateNeo4jFolder(prefix: string) {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  const options = {
    boltPort: 0,
    dataDir: path.join(dir, 'data'),
    passwordFile: path.join(dir, 'password'),
    heap: '512m',
  };
  return { dir, options };
}
