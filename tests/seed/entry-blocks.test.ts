import { describe, expect, test } from 'vitest';
import { compareWithRecords } from '../../seed/incremental/changed-files.js';
import { hashContent, type DataFiles } from '../../seed/incremental/data-files.js';
import { ENTRIES_PER_BLOCK, findChangedRange } from '../../seed/incremental/entry-blocks.js';
import { toFileRecord, type FilePatch, type FileRecord } from '../../seed/incremental/seed-files.js';

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

/** The record patched in place is the record of the new file read whole. */
function expectPatchedToWhole(patches: FilePatch[], recorded: FileRecord, content: Buffer, entryIds: string[]) {
  expect(patches).toHaveLength(1);
  const patch = patches[0]!;
  const whole = toFileRecord({ name: 'issues.yaml', stat: null }, content, entryIds);
  const splice = <T>(list: T[], at: number, to: number, items: T[]) => [
    ...list.slice(0, at),
    ...items,
    ...list.slice(to),
  ];
  expect({
    hash: patch.hash,
    chunks: splice(recorded.chunks, patch.from, patch.to, patch.chunks),
    entryIds: splice(recorded.entryIds, patch.from, patch.to, patch.entryIds),
    blocks: splice(recorded.blocks, patch.fromBlock, patch.toBlock, patch.blocks),
    blockSizes: splice(recorded.blockSizes, patch.fromBlock, patch.toBlock, patch.blockSizes),
  }).toEqual({
    hash: whole.hash,
    chunks: whole.chunks,
    entryIds: whole.entryIds,
    blocks: whole.blocks,
    blockSizes: whole.blockSizes,
  });
}

describe('finding the changed entries of a large file by its blocks', () => {
  test('one changed entry is found in its block, and only that block is cut and read from the record', async () => {
    const changedAt = ENTRIES_PER_BLOCK + 5;
    const content = toText((index) => (index === changedAt ? `Issue ${index}, renamed` : `Issue ${index}`));
    const header = Buffer.byteLength('issues:\n');
    expect(findChangedRange(content, header, { ...record, entries: COUNT })).toMatchObject({
      fromBlock: 1,
      toBlock: 2,
    });
    const { changed, reads } = await compare(content);
    expect(changed.candidates.map(({ id, index }) => ({ id, index }))).toEqual([
      { id: ids[changedAt], index: changedAt },
    ]);
    expect(reads).toEqual([[ENTRIES_PER_BLOCK, ENTRIES_PER_BLOCK * 2]]);
    expect(changed.removed).toEqual([]);
    expectPatchedToWhole(changed.patches, record, content, ids);
  });

  test('an entry added at the end joins the last block, which alone is compared', async () => {
    const shorter = toText((index) => `Issue ${index}`, COUNT - 1);
    const recorded = toFileRecord({ name: 'issues.yaml', stat: null }, shorter, ids.slice(0, -1));
    const { changed, reads } = await compare(original, recorded);
    expect(changed.candidates.map(({ id, index }) => ({ id, index }))).toEqual([{ id: ids.at(-1), index: COUNT - 1 }]);
    expect(reads).toEqual([[ENTRIES_PER_BLOCK * 3, COUNT - 1]]);
    expectPatchedToWhole(changed.patches, recorded, original, ids);
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
