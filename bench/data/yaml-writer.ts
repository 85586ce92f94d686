/**
 * Writes entries as block YAML, one at a time, so a 1000× dataset streams to disk instead of being
 * built as one document. Strings are written as JSON strings, which are valid YAML double-quoted
 * scalars, so no value can be misread (dates stay strings, "no" stays a word).
 */
export type YamlValue = string | number | boolean | null | undefined | YamlValue[] | { [key: string]: YamlValue };

function scalar(value: string | number | boolean | null): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function isScalar(value: YamlValue): value is string | number | boolean | null {
  return value === null || typeof value !== 'object';
}

/** The lines of a mapping, each key at `indent` spaces; undefined values are left out. */
function mappingLines(entry: { [key: string]: YamlValue }, indent: string): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(entry)) {
    if (value === undefined) continue;
    if (isScalar(value)) lines.push(`${indent}${key}: ${scalar(value)}`);
    else if (Array.isArray(value)) {
      if (value.every(isScalar))
        lines.push(`${indent}${key}: [${value.map((item) => scalar(item as string)).join(', ')}]`);
      else {
        lines.push(`${indent}${key}:`);
        for (const item of value) lines.push(...listItemLines(item as { [key: string]: YamlValue }, `${indent}  `));
      }
    } else {
      lines.push(`${indent}${key}:`, ...mappingLines(value, `${indent}  `));
    }
  }
  return lines;
}

/** A mapping as a list item: its first key after `- `, the rest aligned under it. */
function listItemLines(entry: { [key: string]: YamlValue }, indent: string): string[] {
  const lines = mappingLines(entry, `${indent}  `);
  if (lines[0] !== undefined) lines[0] = `${indent}- ${lines[0].slice(indent.length + 2)}`;
  return lines;
}

/** One top-level list entry, as text ending in a newline. */
export function toYamlListItem(entry: { [key: string]: YamlValue }): string {
  return listItemLines(entry, '  ').join('\n') + '\n';
}
