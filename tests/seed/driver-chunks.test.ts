import { describe, expect, test } from 'vitest';
import { repoRoot } from '../../neo4j/config.js';
import { socketWritesForMessage } from '../support/driver-chunks.js';

describe("the Neo4j driver's output buffer, patched at install (tools/patches)", () => {
  test('sends a 12,000-byte message in one socket write, where 1,400-byte buffers took nine', () => {
    expect(socketWritesForMessage(repoRoot, 12_000)).toBe(1);
  });

  test('still cuts a larger message into 16 KiB writes', () => {
    // 40,000 bytes of data plus each buffer's chunk header: three buffers, not 29.
    expect(socketWritesForMessage(repoRoot, 40_000)).toBe(3);
  });
});
