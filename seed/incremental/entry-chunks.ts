import { load } from 'js-yaml';
import type { Collection } from '../model/schema.js';

/** A data file cut at its top-level entries: what comes before the first, then one slice per entry. */
export interface EntryChunks {
  header: Buffer;
  chunks: Buffer[];
}

// Blank and comment lines, which belong to no entry in particular.
const NOISE = String.raw`[ \t]*(?:#[^\n]*)?\r?(?:\n|$)`;

/**
 * Cuts a data file's text where each top-level entry starts (`  - ` at the list's indentation), so
 * that a seed can hash each entry's text and parse only those that changed. Comments and blank
 * lines go with the entry before them. Returns undefined for a layout it cannot cut safely (a flow
 * list, another top-level key): the whole file is then parsed, as it always can be. Scans with
 * regular expressions rather than line by line (a 1000× file holds a million lines), over the bytes
 * read as Latin-1: no UTF-8 decoding, and every offset found is a byte offset, since the layout's
 * characters are ASCII and no byte of a multi-byte UTF-8 character is. The slices share the file's memory.
 */
export function splitEntryChunks(content: Buffer, collection: Collection): EntryChunks | undefined {
  const text = content.toString('latin1');
  const head = new RegExp(`^(?:${NOISE})*${collection}:${NOISE}(?:${NOISE})*`, 'y').exec(text);
  if (!head) return undefined;
  const start = head[0].length;
  const header = content.subarray(0, start);
  if (start === text.length) return { header, chunks: [] };
  const indent = /^( *)- /.exec(text.slice(start, start + 200))?.[1];
  if (indent === undefined) return undefined;
  // Every line from the first entry on is an entry's start, deeper than it, or noise.
  const stray = new RegExp(`^(?!${indent}- |${indent} |${NOISE})`, 'gm');
  stray.lastIndex = start;
  const found = stray.exec(text);
  if (found && found.index < text.length) return undefined;
  const starts: number[] = [];
  const entry = new RegExp(`^${indent}- `, 'gm');
  entry.lastIndex = start;
  for (let match = entry.exec(text); match; match = entry.exec(text)) starts.push(match.index);
  const chunks = starts.map((at, index) => content.subarray(at, starts[index + 1] ?? content.length));
  return { header, chunks };
}

/**
 * Parses one entry's text as the whole file's parse would read it, or returns undefined when it does
 * not stand alone (an alias to an anchor in another entry, a syntax error): the caller then parses
 * the whole file, whose errors carry the file's own line numbers.
 */
export function parseEntryChunk(chunk: Buffer): { raw: unknown } | undefined {
  try {
    const parsed = load(chunk.toString('utf8'));
    return Array.isArray(parsed) && parsed.length === 1 ? { raw: parsed[0] as unknown } : undefined;
  } catch {
    return undefined;
  }
}
