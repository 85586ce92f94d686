import { hashContent } from './data-files.js';

/**
 * Entries per block: the record of a data file hashes its entries' text in runs of this many, so a
 * seed finds the changed run of a 75,000-entry file by hashing a few hundred slices instead of
 * cutting the whole file into entries (see findChangedRange).
 */
export const ENTRIES_PER_BLOCK = 256;

/** The entries of a data file in runs of ENTRIES_PER_BLOCK: the hash and byte size of each run. */
export interface EntryBlocks {
  blocks: string[];
  blockSizes: number[];
}

/** Hashes consecutive entry texts in runs of ENTRIES_PER_BLOCK (the last run may be shorter). */
export function hashBlocks(chunks: readonly Buffer[]): EntryBlocks {
  const blocks: string[] = [];
  const blockSizes: number[] = [];
  for (let first = 0; first < chunks.length; first += ENTRIES_PER_BLOCK) {
    const run = chunks.slice(first, first + ENTRIES_PER_BLOCK);
    blocks.push(hashContent(run));
    blockSizes.push(run.reduce((size, chunk) => size + chunk.length, 0));
  }
  return { blocks, blockSizes };
}

/** The part of a file that differs from its record: bytes `start` to `end`, recorded as blocks `fromBlock` to `toBlock`. */
export interface ChangedRange {
  start: number;
  end: number;
  fromBlock: number;
  toBlock: number;
}

/**
 * Finds the bytes of `content` past `start` (its first entry) that differ from the recorded blocks:
 * the recorded blocks found unchanged at the front, then at the back, are skipped, and what lies
 * between them holds every changed entry. Each step hashes one block's bytes at its recorded size,
 * so a file with one changed entry costs one pass of hashing and no cutting but of one block.
 */
export function findChangedRange(
  content: Buffer,
  start: number,
  recorded: EntryBlocks & { entries: number },
): ChangedRange {
  const { blocks, blockSizes, entries } = recorded;
  const matches = (from: number, block: number) =>
    hashContent(content.subarray(from, from + blockSizes[block]!)) === blocks[block];
  // A last block of fewer entries is skipped from the front only where the file ends with it: entries
  // after it belong in it, and the changed range must start where a block of the new file starts.
  const isSkippable = (block: number, end: number) =>
    (block + 1) * ENTRIES_PER_BLOCK <= entries || end === content.length;
  let front = start;
  let fromBlock = 0;
  while (
    fromBlock < blocks.length &&
    front + blockSizes[fromBlock]! <= content.length &&
    isSkippable(fromBlock, front + blockSizes[fromBlock]!) &&
    matches(front, fromBlock)
  ) {
    front += blockSizes[fromBlock++]!;
  }
  let back = content.length;
  let toBlock = blocks.length;
  while (
    toBlock > fromBlock &&
    back - blockSizes[toBlock - 1]! >= front &&
    matches(back - blockSizes[toBlock - 1]!, toBlock - 1)
  ) {
    back -= blockSizes[--toBlock]!;
  }
  return { start: front, end: back, fromBlock, toBlock };
}
