/**
 * Class-data sharing for the launcher: the first clean run records the ~200 jars' loaded
 * classes in an archive, which later starts map instead of loading them again (seconds faster).
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

export interface ClassDataSharing {
  /** JVM flags that use the archive, or create it when the JVM exits. */
  readonly flags: readonly string[];
  /**
   * After the JVM exits: publishes a fresh dump if the exit was clean, and deletes an archive
   * the JVM refused (jars or Java changed), so that the next start records a new one.
   */
  settle(exitCode: number | null, rejected: boolean): Promise<void>;
}

/** Picks the archive for this Java version in `dir` (inside neo4j/target, reset on provisioning). */
export async function classDataSharing(dir: string, javaVersion: string): Promise<ClassDataSharing> {
  await mkdir(dir, { recursive: true });
  const archive = path.join(dir, `neo4j-java-${javaVersion}.jsa`);
  await removeStaleDumps(dir);
  if (existsSync(archive)) {
    return {
      flags: [`-XX:SharedArchiveFile=${archive}`],
      settle: async (_exitCode, rejected) => {
        if (rejected) await rm(archive, { force: true });
      },
    };
  }
  // A private file name, so that JVMs started in parallel never write the same archive.
  const dump = path.join(dir, `dump-${randomUUID()}.jsa`);
  return {
    flags: [`-XX:ArchiveClassesAtExit=${dump}`],
    async settle(exitCode) {
      if (exitCode === 0 && existsSync(dump)) await rename(dump, archive).catch(() => {});
      await rm(dump, { force: true });
    },
  };
}

/** A JVM writes its dump only while exiting, so a dump minutes old was left by a killed run. */
async function removeStaleDumps(dir: string): Promise<void> {
  for (const entry of await readdir(dir)) {
    const file = path.join(dir, entry);
    if (!entry.startsWith('dump-')) continue;
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > 5 * 60_000) await rm(file, { force: true });
  }
}
