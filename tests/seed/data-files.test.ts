import { mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { hashContent, hashDataFiles, type KnownFile } from '../../seed/incremental/data-files.js';

describe('hashing the data files, trusting those whose stat did not change', () => {
  let dir: string;
  const file = () => path.join(dir, 'issues.yaml');
  const hourAgo = () => new Date(Date.now() - 3_600_000);
  const knownFrom = async (): Promise<Map<string, KnownFile>> => {
    const { files } = await hashDataFiles(dir);
    return new Map([...files].map(([name, { hash, stat }]) => [name, { hash, stat }]));
  };
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'data-files-'));
    await writeFile(file(), 'issues:\n  - id: a\n    name: A\n');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  test('a file just written is read, and its stat is not recorded for the next seed to trust', async () => {
    const { files } = await hashDataFiles(dir);
    expect(files.get('issues.yaml')).toMatchObject({
      stat: null,
      hash: hashContent('issues:\n  - id: a\n    name: A\n'),
    });
  });

  test('a file whose size and times are the recorded ones is not read: the recorded hash stands', async () => {
    await utimes(file(), hourAgo(), hourAgo());
    const known = await knownFrom();
    expect(known.get('issues.yaml')?.stat).toMatch(/^\d+:\d+:\d+$/);
    // A recorded hash no read could give: only trusting the stat answers it.
    const trusted = await hashDataFiles(dir, {
      known: new Map([['issues.yaml', { ...known.get('issues.yaml')!, hash: 'recorded' }]]),
    });
    expect(trusted.files.get('issues.yaml')).toMatchObject({ content: undefined, hash: 'recorded' });
  });

  test('a same-size edit whose modification time is set back to the recorded one is still read', async () => {
    await utimes(file(), hourAgo(), hourAgo());
    const known = await knownFrom();
    const { mtime } = await stat(file());
    await writeFile(file(), 'issues:\n  - id: b\n    name: B\n');
    // As `touch -r` or an archive would: only the change time tells the edit.
    await utimes(file(), mtime, mtime);
    const again = await hashDataFiles(dir, { known });
    expect(again.files.get('issues.yaml')?.hash).toBe(hashContent('issues:\n  - id: b\n    name: B\n'));
  });
});
