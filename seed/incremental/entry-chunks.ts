import { load } from 'js-yaml';
import type { Collection } from '../model/schema.js';

/** A data file cut at its top-level entries: what comes before the first, then one slice per entry. */
export interface EntryChunks {
  header: Buffer;
  chunks: Buffer[];
}

// Blank and comment lines, which belong to no entry in particular.
const NOISE = String.raw`[ \t]*(?:#[^\n]*)?\r?(?:\n|$)`;

/** Where a data file's entries start, and the indentation of their `- `. */
export interface EntryLayout {
  header: Buffer;
  indent: string;
}

/**
 * Reads the part of a data file before its first entry (`<collection>:`, comments, blank lines) and
 * the entries' indentation. Undefined for a layout that cannot be cut safely (a flow list, another
 * name); an empty list has the indentation ''.
 */
export function readEntryLayout(content: Buffer, collection: Collection): EntryLayout | undefined {
  // The header is short: decoding its first kilobytes spares decoding a large file whole.
  const text = content.subarray(0, HEAD_BYTES).toString('latin1');
  const head = new RegExp(`^(?:${NOISE})*${collection}:${NOISE}(?:${NOISE})*`, 'y').exec(text);
  if (!head || (head[0].length === text.length && text.length < content.length)) return undefined;
  const start = head[0].length;
  if (start === content.length) return { header: content.subarray(0, start), indent: '' };
  const indent = /^( *)- /.exec(text.slice(start, start + 200))?.[1];
  return indent === undefined ? undefined : { header: content.subarray(0, start), indent };
}

const HEAD_BYTES = 64 * 1024;

/**
 * Cuts the bytes of `content` from `start` to `end`, which begin at an entry, where each entry starts
 * (`- ` at `indent`). Undefined when a line there is neither an entry's start, deeper than it, nor
 * noise (another top-level key). Scans with regular expressions rather than line by line (a 1000×
 * file holds a million lines), over the bytes read as Latin-1: no UTF-8 decoding, and every offset
 * found is a byte offset, since the layout's characters are ASCII and no byte of a multi-byte UTF-8
 * character is. The slices share the file's memory.
 */
export function cutEntries(content: Buffer, start: number, end: number, indent: string): Buffer[] | undefined {
  const text = content.subarray(start, end).toString('latin1');
  // Every line is an entry's start, deeper than it, or noise.
  const stray = new RegExp(`^(?!${indent}- |${indent} |${NOISE})`, 'gm');
  const found = stray.exec(text);
  if (found && found.index < text.length) return undefined;
  const starts: number[] = [];
  const entry = new RegExp(`^${indent}- `, 'gm');
  for (let match = entry.exec(text); match; match = entry.exec(text)) starts.push(match.index);
  if (text.length > 0 && starts[0] !== 0) return undefined;
  return starts.map((at, index) => content.subarray(start + at, start + (starts[index + 1] ?? text.length)));
}

/**
 * Cuts a data file's text where each top-level entry starts (`  - ` at the list's indentation), so
 * that a seed can hash each entry's text and parse only those that changed. Comments and blank
 * lines go with the entry before them. Returns undefined for a layout it cannot cut safely (a flow
 * list, another top-level key): the whole file is then parsed, as it always can be.
 */
export function splitEntryChunks(content: Buffer, collection: Collection): EntryChunks | undefined {
  const layout = readEntryLayout(content, collection);
  const chunks = layout && cutEntries(content, layout.header.length, content.length, layout.indent);
  return layout && chunks && { header: layout.header, chunks };
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
