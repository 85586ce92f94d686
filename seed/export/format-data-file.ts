import { dump, type DumpOptions } from 'js-yaml';
import type { Collection } from '../model/schema.js';
import { canonicalEntry } from '../graph/entries.js';

/**
 * The one format of `seed/data/*.yaml`, so an export writes back what a curator wrote and `git diff`
 * after one edit shows that edit only. Lines are never folded (a folded quote would move every
 * following line on a one-word change), strings are quoted only where YAML needs it (js-yaml's
 * default schema also quotes what an older YAML 1.1 reader would take for a date or a number), and
 * shared objects are written out, never as anchors.
 */
const DUMP_OPTIONS: DumpOptions = { indent: 2, lineWidth: -1, noRefs: true, quoteStyle: 'double' };

function indentLines(text: string): string {
  return text.replace(/^(?=.)/gm, '  ');
}

/**
 * The text of the entry at `index` of a data file: the file's `<collection>:` line before the first,
 * a blank line before every other; its keys, and its nested facts', in the schema's order.
 * Chunk by chunk, an export streams the largest collections to disk.
 */
export function formatEntryChunk(collection: Collection, entry: unknown, index: number): string {
  const item = indentLines(dump([canonicalEntry(collection, entry)], DUMP_OPTIONS));
  return index === 0 ? `${collection}:\n${item}` : `\n${item}`;
}

/** The whole text of a data file that holds no entry. */
export function formatEmptyDataFile(collection: Collection): string {
  return `${collection}: []\n`;
}

/** A data file's text: `<collection>:` and its entries in order, each as formatEntryChunk writes it. */
export function formatDataFile(collection: Collection, entries: readonly unknown[]): string {
  if (entries.length === 0) return formatEmptyDataFile(collection);
  return entries.map((entry, index) => formatEntryChunk(collection, entry, index)).join('');
}
