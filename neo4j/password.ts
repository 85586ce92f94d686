/**
 * The generated password of the local `neo4j` user. The launcher sets it only on a fresh data
 * directory, so the file and the data directory belong together and must not be split.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PasswordFileMissingError } from './errors.js';

/** Reads the stored password, or generates and stores one for a data directory still empty. */
export async function ensurePassword(passwordFile: string, dataDir: string): Promise<string> {
  const stored = await readFile(passwordFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (stored?.trim()) return stored.trim();

  const entries = await readdir(dataDir).catch(() => [] as string[]);
  // The password file may live inside the data directory (the default for throwaway test dirs).
  if (entries.some((entry) => path.join(dataDir, entry) !== path.resolve(passwordFile))) {
    throw new PasswordFileMissingError(dataDir, passwordFile);
  }
  const password = randomBytes(24).toString('base64url');
  await mkdir(path.dirname(passwordFile), { recursive: true });
  await writeFile(passwordFile, password + '\n', { mode: 0o600 });
  return password;
}
