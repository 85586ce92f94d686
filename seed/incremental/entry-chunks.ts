import { load } from 'js-yaml';
import type { Collection } from '../model/schema.js';

/** A data file's text cut at its top-level entries: what comes before the first, then one text per entry. */
export interface EntryChunks {
  header: string;
  chunks: string[];
}

// Blank and comment lines, which belong to no entry in particular.
const NOISE = String.raw`[ \t]*(?:#[^\n]*)?\r?(?:\n|$)`;

/**
 * Cuts a data file's text where each top-level entry starts (`  - ` at the list's indentation), so
 * that a seed can hash each entry's text and parse only those that changed. Comments and blank
 * lines go with the entry before them. Returns undefined for a layout it cannot cut safely (a flow
 * list, another top-level key): the whole file is then parsed, as it always can be. Scans with
 * regular expressions rather than line by line: a 1000× file holds a million lines.
 */
export function splitEntryChunks(text: string, collection: Collection): EntryChunks | undefined {
  const head = new RegExp(`^(?:${NOISE})*${collection}:${NOISE}(?:${NOISE})*`, 'y').exec(text);
  if (!head) return undefined;
  const start = head[0].length;
  const header = text.slice(0, start);
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
  const chunks = starts.map((at, index) => text.slice(at, starts[index + 1] ?? text.length));
  return { header, chunks };
}

/**
 * Parses one entry's text as the whole file's parse would read it, or returns undefined when it does
 * not stand alone (an alias to an anchor in another entry, a syntax error): the caller then parses
 * the whole file, whose errors carry the file's own line numbers.
 */
export function parseEntryChunk(chunk: string): { raw: unknown } | undefined {
  try {
    const parsed = load(chunk);
    return Array.isArray(parsed) && parsed.length === 1 ? { raw: parsed[0] as unknown } : undefined;
  } catch {
    return undefined;
  }
}
