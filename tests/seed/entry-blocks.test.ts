import { describe, expect, test } from 'vitest';
import { compareWithRecords } from '../../seed/incremental/changed-files.js';
import { hashContent, type DataFiles } from '../../seed/incremental/data-files.js';
import { ENTRIES_PER_BLOCK, findChangedRange } from '../../seed/incremental/entry-blocks.js';
import { toFileRecord, type FileRecord } from '../../seed/incremental/seed-files.js';

const COUNT = ENTRIES_PER_BLOCK * 3 + 10;
const ids = Array.from({ length: COUNT }, (_, index) => `issue-${index}`);
const toText = (names: (index: number) => string, count = COUNT) =>
  Buffer.from(
    `issues:\n${ids
      .slice(0, count)
      .map((id, index) => `  - id: ${id}\n    name: ${names(index)}\n`)
      .join('')}`,
  );
const original = toText((index) => `Issue ${index}`);
const record = toFileRecord({ name: 'issues.yaml', stat: null }, original, ids);

/** The comparison of `content` with the record of the original file, reading recorded entries from memory. */
async function compare(content: Buffer, recorded: FileRecord = record) {
  const reads: [number, number][] = [];
  const file = { name: 'issues.yaml', content, hash: hashContent(content), stat: null };
  const files: DataFiles = { dir: '.', files: new Map([[file.name, file]]), version: 'now' };
  const { chunks: _chunks, entryIds: _ids, ...outline } = recorded;
  const changed = await compareWithRecords(
    files,
    new Map([[file.name, recorded.hash]]),
    new Map([[file.name, { ...outline, entries: recorded.entryIds.length }]]),
    async (_name, from, to) => {
      reads.push([from, to]);
      return { chunks: recorded.chunks.slice(from, to), entryIds: recorded.entryIds.slice(from, to) };
    },
  );
  return { changed, reads };
}

describe('finding the changed entries of a large file by its blocks', () => {
  test('one changed entry is found in its block, and only that block is cut and read from the record', async () => {
    const changedAt = ENTRIES_PER_BLOCK + 5;
    const content = toText((index) => (index === changedAt ? `Issue ${index}, renamed` : `Issue ${index}`));
    const header = Buffer.byteLength('issues:\n');
    expect(findChangedRange(content, header, record)).toMatchObject({ fromBlock: 1, toBlock: 2 });
    const { changed, reads } = await compare(content);
    expect(changed.candidates.map(({ id, index }) => ({ id, index }))).toEqual([
      { id: ids[changedAt], index: changedAt },
    ]);
    expect(reads).toEqual([[ENTRIES_PER_BLOCK, ENTRIES_PER_BLOCK * 2]]);
    expect(changed.removed).toEqual([]);
    // The record patched in place is the record of the new file read whole.
    const patch = changed.patches[0]!;
    const whole = toFileRecord({ name: 'issues.yaml', stat: null }, content, ids);
    const splice = <T>(list: T[], at: number, to: number, items: T[]) => [
      ...list.slice(0, at),
      ...items,
      ...list.slice(to),
    ];
    expect({
      hash: patch.hash,
      chunks: splice(record.chunks, patch.from, patch.to, patch.chunks),
      entryIds: splice(record.entryIds, patch.from, patch.to, patch.entryIds),
      blocks: splice(record.blocks, patch.fromBlock, patch.toBlock, patch.blocks),
      blockSizes: splice(record.blockSizes, patch.fromBlock, patch.toBlock, patch.blockSizes),
    }).toEqual({
      hash: whole.hash,
      chunks: whole.chunks,
      entryIds: whole.entryIds,
      blocks: whole.blocks,
      blockSizes: whole.blockSizes,
    });
  });

  test('an entry added at the end is found in the last block', async () => {
    const shorter = toText((index) => `Issue ${index}`, COUNT - 1);
    const { changed } = await compare(
      original,
      toFileRecord({ name: 'issues.yaml', stat: null }, shorter, ids.slice(0, -1)),
    );
    expect(changed.candidates.map(({ id }) => id)).toEqual([ids.at(-1)]);
    expect(changed.patches).toHaveLength(1);
  });

  test('an entry removed before the end moves the entries after it: every entry is compared', async () => {
    const content = Buffer.from(original.toString().replace('  - id: issue-3\n    name: Issue 3\n', ''));
    const { changed, reads } = await compare(content);
    expect(reads).toEqual([[0, COUNT]]);
    expect(changed.removed.map(({ id }) => id)).toEqual(['issue-3']);
    expect(changed.patches).toEqual([]);
    expect(changed.records[0]?.entryIds).toEqual(ids.filter((id) => id !== 'issue-3'));
  });
});
