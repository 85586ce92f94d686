import { describe, expect, test } from 'vitest';
import { repoRoot } from '../../neo4j/config.js';
import { packStringList, socketWritesForMessage } from '../support/driver-chunks.js';

describe("the Neo4j driver's output buffer, patched at install (tools/patches)", () => {
  test('sends a 12,000-byte message in one socket write, where 1,400-byte buffers took nine', () => {
    expect(socketWritesForMessage(repoRoot, 12_000)).toBe(1);
  });

  test('still cuts a larger message into 16 KiB writes', () => {
    // 40,000 bytes of data plus each buffer's chunk header: three buffers, not 29.
    expect(socketWritesForMessage(repoRoot, 40_000)).toBe(3);
  });
});

describe("the Neo4j driver's string encoding, patched at install (tools/patches)", () => {
  // Packstream, as Bolt specifies it: a list header, then each string's size marker and its UTF-8 bytes.
  function expectedList(strings: readonly string[]): Buffer {
    const parts = strings.map((text) => {
      const bytes = Buffer.from(text, 'utf8');
      const size = bytes.length;
      const marker =
        size < 0x10
          ? [0x80 | size]
          : size < 0x100
            ? [0xd0, size]
            : size < 0x10000
              ? [0xd1, size >> 8, size & 0xff]
              : [0xd2, size >>> 24, (size >> 16) & 0xff, (size >> 8) & 0xff, size & 0xff];
      return Buffer.concat([Buffer.from(marker), bytes]);
    });
    const count = strings.length;
    const header = count < 0x10 ? [0x90 | count] : [0xd4, count];
    return Buffer.concat([Buffer.from(header), ...parts]);
  }

  const sizes = ['', 'a', 'x'.repeat(15), 'x'.repeat(16), 'y'.repeat(255), 'y'.repeat(256), 'z'.repeat(16_000)];
  const texts = ['Зеленський', 'Abu Dhabi — talks', 'emoji 🕊️ peace', 'lone \ud800 surrogate', 'ç'.repeat(300)];

  test('encodes strings that fit a buffer straight into it, byte for byte as Bolt specifies', () => {
    const strings = [...sizes, ...texts];
    const { message, encoded } = packStringList(repoRoot, strings);
    expect(message.equals(expectedList(strings))).toBe(true);
    expect(encoded).toBe(0);
  });

  test('strings that straddle the end of a buffer are cut into chunks and still arrive whole', () => {
    // 40 strings of 1,000 bytes: several of them cross a 16 KiB buffer's end.
    const strings = Array.from({ length: 40 }, (_, index) => String(index % 10).repeat(1000));
    const { message, encoded } = packStringList(repoRoot, strings);
    expect(message.equals(expectedList(strings))).toBe(true);
    expect(encoded).toBe(0);
  });

  test('leaves strings larger than a buffer to the encoder it had', () => {
    const strings = ['w'.repeat(70_000), 'short'];
    const { message, encoded } = packStringList(repoRoot, strings);
    expect(message.equals(expectedList(strings))).toBe(true);
    expect(encoded).toBe(1);
  });
});
