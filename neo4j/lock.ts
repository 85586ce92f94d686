/**
 * A lock file between processes, so that two starts at once (e.g. parallel test files)
 * do not both run Maven into neo4j/target. A lock whose process has died is taken over.
 */
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** Waits until `lockFile` can be created by this process; returns the function that frees it. */
export async function acquireLock(lockFile: string, onProgress: (line: string) => void): Promise<() => Promise<void>> {
  let told = false;
  for (;;) {
    try {
      await writeFile(lockFile, String(process.pid), { flag: 'wx' });
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await isStale(lockFile)) {
      await rm(lockFile, { force: true });
      continue;
    }
    if (!told) {
      onProgress('[neo4j] waiting for another process that is provisioning Neo4j…');
      told = true;
    }
    await sleep(1_000);
  }
}

/** A lock is stale when its process is gone; an empty one is being written, unless it is old. */
async function isStale(lockFile: string): Promise<boolean> {
  const content = await readFile(lockFile, 'utf8').catch(() => undefined);
  if (content === undefined) return false; // just freed: the next attempt takes it
  const pid = Number(content.trim());
  if (!Number.isInteger(pid) || pid <= 0) {
    const age = Date.now() - (await stat(lockFile).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
    return age > 10_000;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code !== 'EPERM';
  }
}
