import { findEvidence } from '../model/evidenced-facts.js';
import { DATA_FILES, type Collection, type Dataset } from '../model/schema.js';
import { readDataFiles, type DeclaredId, type LocatedEntry, type ParsedCollections } from './read-data-files.js';
import { KIND_OF, REFERENCES_OF, collectionOf, type EntityKind, type Reference } from './references.js';
import { SeedValidationError, type SeedIssue } from './seed-issue.js';
import { checkConsistency } from './consistency.js';
import { checkQuotes } from './quotes.js';

interface Registered {
  kind: EntityKind;
  where: string;
}

/** Every entry of every file as parsed, before the schema's defaults, in file order. */
export type RawEntries = { [C in Collection]: unknown[] };

/** The validated dataset, and its entries as written in the files. */
export interface ValidatedDataset {
  dataset: Dataset;
  entries: RawEntries;
}

/**
 * Reads and validates the whole dataset: schema per entry, then unique ids, references, internal
 * consistency and every quote against its article. Throws one SeedValidationError listing every problem.
 */
export async function loadDataset(dataDir: string): Promise<Dataset> {
  return (await validateDataset(dataDir)).dataset;
}

/** As loadDataset, keeping each entry as written too, for the entry mirror. */
export async function validateDataset(dataDir: string): Promise<ValidatedDataset> {
  const { parsed, declared, issues, unreadable } = await readDataFiles(dataDir);
  const registry = registerIds(declared, issues);
  checkReferences(parsed, registry, unreadable, issues);
  issues.push(...checkConsistency(parsed));
  const quotes = await checkQuotes(dataDir, parsed);
  issues.push(...quotes.issues);
  if (issues.length > 0) throw new SeedValidationError(issues);
  const dataset = toDataset(parsed);
  // The texts travel with the dataset so the graph can keep them on its sources.
  for (const source of dataset.sources) source.text = quotes.texts.get(source.id);
  return { dataset, entries: toRawEntries(parsed) };
}

function collections(parsed: ParsedCollections): [Collection, LocatedEntry<{ id: string }>[]][] {
  return Object.entries(parsed) as [Collection, LocatedEntry<{ id: string }>[]][];
}

function registerIds(declared: readonly DeclaredId[], issues: SeedIssue[]): Map<string, Registered> {
  const registry = new Map<string, Registered>();
  const register = (id: string, kind: EntityKind, file: string, entry: string, entryId: string, field?: string) => {
    const previous = registry.get(id);
    if (previous) {
      const message = `duplicate id "${id}", already used by ${article(previous.kind)} at ${previous.where}`;
      issues.push({ file, entry, entryId, ...(field && { field }), message });
      return;
    }
    registry.set(id, { kind, where: `${file}: ${entry}${field ? ` ${field}` : ''}` });
  };
  for (const { id, collection, file, index, nested } of declared) {
    const entry = `${collection}[${index}]`;
    register(id, KIND_OF[collection], file, entry, id);
    for (const inner of nested) register(inner.id, 'delegation', file, entry, id, inner.field);
  }
  return registry;
}

/** "a state", "an issue", "an organisation or a person". */
function article(kind: string): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

/** The source each piece of evidence cites, for every fact of the entry. */
function sourceReferences(entry: unknown): Reference[] {
  return findEvidence(entry).flatMap(({ prefix, evidence }) =>
    evidence.map((item, index) => ({
      field: `${prefix}evidence[${index}].source`,
      target: item.source,
      allowed: ['source'] as const,
    })),
  );
}

function checkReferences(
  parsed: ParsedCollections,
  registry: Map<string, Registered>,
  unreadable: ReadonlySet<Collection>,
  issues: SeedIssue[],
): void {
  // An id that may live in a file that could not be read is unknown, not wrong: one syntax error
  // must not bury its own report under hundreds of dangling references from the other files.
  const couldBeUnread = (allowed: readonly EntityKind[]) => allowed.some((kind) => unreadable.has(collectionOf(kind)));
  for (const [collection, entries] of collections(parsed)) {
    const referencesOf = REFERENCES_OF[collection] as (entry: unknown) => Reference[];
    for (const { file, index, value } of entries) {
      for (const reference of [...referencesOf(value), ...sourceReferences(value)]) {
        const found = registry.get(reference.target);
        const base = { file, entry: `${collection}[${index}]`, entryId: value.id, field: reference.field };
        const expected = reference.allowed.map(article).join(' or ');
        if (!found) {
          if (couldBeUnread(reference.allowed)) continue;
          issues.push({ ...base, message: `unknown id "${reference.target}" (expected ${expected})` });
        } else if (!reference.allowed.includes(found.kind)) {
          issues.push({ ...base, message: `"${reference.target}" is ${article(found.kind)}, expected ${expected}` });
        }
      }
    }
  }
}

function toRawEntries(parsed: ParsedCollections): RawEntries {
  return Object.fromEntries(
    (Object.keys(DATA_FILES) as Collection[]).map((collection) => [
      collection,
      parsed[collection].map((entry) => entry.raw),
    ]),
  ) as RawEntries;
}

function toDataset(parsed: ParsedCollections): Dataset {
  return Object.fromEntries(
    (Object.keys(DATA_FILES) as Collection[]).map((collection) => [
      collection,
      parsed[collection].map((entry) => entry.value),
    ]),
  ) as unknown as Dataset;
}
