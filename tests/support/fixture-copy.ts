import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';

/** A fresh copy of a fixture's data files for each test, and a way to edit one file of it. */
export interface FixtureCopy {
  /** The copy's folder; valid inside a test. */
  readonly dir: string;
  /** Replaces `from` (which must occur) by `to` in one file of the copy. */
  edit(file: string, from: string, to: string): Promise<void>;
}

/** Registers hooks that copy `fixture` to a temporary folder before each test and delete it after. */
export function useFixtureCopy(fixture: string, prefix: string): FixtureCopy {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), `${prefix}-`));
    await cp(fixture, dir, { recursive: true });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));
  return {
    get dir() {
      return dir;
    },
    async edit(file, from, to) {
      const target = path.join(dir, file);
      const content = await readFile(target, 'utf8');
      expect(content).toContain(from);
      await writeFile(target, content.replace(from, to));
    },
  };
}
