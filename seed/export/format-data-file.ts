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
 * A data file's text: `<collection>:` and its entries in order, each with its keys in the schema's
 * order and a blank line before the next.
 */
export function formatDataFile(collection: Collection, entries: readonly unknown[]): string {
  if (entries.length === 0) return `${collection}: []\n`;
  const items = entries.map((entry) => indentLines(dump([canonicalEntry(collection, entry)], DUMP_OPTIONS)));
  return `${collection}:\n${items.join('\n')}`;
}
