import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { load, YAMLException } from 'js-yaml';
import { DATA_FILES, OPTIONAL_FILES, type Collection } from '../model/schema.js';
import type { SeedIssue } from './seed-issue.js';
import { parseEntry } from './validate-entry.js';

/** An entry as found in its file, before cross-file checks. */
export interface LocatedEntry<T> {
  file: string;
  index: number;
  value: T;
  /** The entry as parsed from the YAML, before the schema's defaults: what the entry mirror keeps. */
  raw: unknown;
}

export type ParsedCollections = { [C in Collection]: LocatedEntry<unknown>[] };

/** The id of every entry, valid or not, so one bad entry does not make every reference to it dangle. */
export interface DeclaredId {
  id: string;
  collection: Collection;
  file: string;
  index: number;
  /** Ids declared inside the entry (a meeting's delegations), with their field. */
  nested: { id: string; field: string }[];
  /** The ids of entities merged into this one, with their field: still taken, never referable. */
  former: { id: string; field: string }[];
}

/** What reading the data files found. */
export interface ReadResult {
  parsed: ParsedCollections;
  declared: DeclaredId[];
  issues: SeedIssue[];
  /** Collections whose file could not be read at all: their ids are unknown, not absent. */
  unreadable: Set<Collection>;
}

/** A path as shown to the user: short inside the working directory, full outside it. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative && !relative.startsWith('..') ? relative : absolute;
}

/**
 * Reads `<dir>/<collection>.yaml` for every collection and validates each entry against its schema.
 * Each entry is checked on its own so one bad entry never hides the problems of the next.
 */
export async function readDataFiles(dataDir: string): Promise<ReadResult> {
  const issues: SeedIssue[] = [];
  const declared: DeclaredId[] = [];
  const unreadable = new Set<Collection>();
  const parsed = {} as ParsedCollections;
  for (const collection of Object.keys(DATA_FILES) as Collection[]) {
    const absolute = path.join(dataDir, `${collection}.yaml`);
    const file = displayPath(absolute);
    parsed[collection] = [];
    const entries = await readList(absolute, file, collection, issues);
    if (entries === undefined) unreadable.add(collection);
    entries?.forEach((raw, index) => {
      const id = readableId(raw);
      if (id) declared.push({ id, collection, file, index, nested: nestedIds(raw), former: formerIds(raw) });
      const result = parseEntry(collection, raw);
      if (result.value) {
        parsed[collection].push({ file, index, value: result.value, raw });
        return;
      }
      for (const problem of result.problems) {
        issues.push({ file, entry: `${collection}[${index}]`, ...(id && { entryId: id }), ...problem });
      }
    });
  }
  return { parsed, declared, issues, unreadable };
}

async function readList(
  absolute: string,
  file: string,
  collection: Collection,
  issues: SeedIssue[],
): Promise<unknown[] | undefined> {
  let content: string;
  try {
    content = await readFile(absolute, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && OPTIONAL_FILES.has(collection)) return [];
    issues.push({ file, message: missing ? 'file is missing' : String(error) });
    return undefined;
  }
  let root: unknown;
  try {
    // js-yaml: the YAML 1.2 core schema (dates stay strings), duplicate keys rejected, and about
    // ten times the speed of a full document model, which matters for large generated datasets.
    root = load(content, { filename: file });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const where = error.mark ? ` (line ${error.mark.line + 1}, column ${error.mark.column + 1})` : '';
    issues.push({ file, message: `not valid YAML: ${error.reason}${where}` });
    return undefined;
  }
  if (typeof root !== 'object' || root === null || !Array.isArray((root as Record<string, unknown>)[collection])) {
    issues.push({ file, message: `must hold a top-level list named '${collection}'` });
    return undefined;
  }
  const extraKeys = Object.keys(root).filter((key) => key !== collection);
  if (extraKeys.length > 0) issues.push({ file, message: `unexpected top-level key(s): ${extraKeys.join(', ')}` });
  return (root as Record<string, unknown[]>)[collection] ?? [];
}

function nestedIds(raw: unknown): { id: string; field: string }[] {
  const delegations =
    typeof raw === 'object' && raw !== null ? (raw as { delegations?: unknown }).delegations : undefined;
  if (!Array.isArray(delegations)) return [];
  return delegations.flatMap((delegation, index) => {
    const id = readableId(delegation);
    return id ? [{ id, field: `delegations[${index}].id` }] : [];
  });
}

function formerIds(raw: unknown): { id: string; field: string }[] {
  const list = typeof raw === 'object' && raw !== null ? (raw as { formerIds?: unknown }).formerIds : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((id: unknown, index) =>
    typeof id === 'string' && id.length > 0 ? [{ id, field: `formerIds[${index}]` }] : [],
  );
}

function readableId(raw: unknown): string | undefined {
  const value = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
