import { DATA_FILES, type Collection, type Dataset } from '../model/schema.js';
import { CONSISTENCY_ORDER, checkEntryConsistency } from './consistency.js';
import type { EntryProblem } from './entry-problem.js';
import { checkEntryQuotes, readArticles } from './quotes.js';
import { readDataFiles, type DeclaredId, type LocatedEntry, type ParsedCollections } from './read-data-files.js';
import { KIND_OF, collectionOf, type EntityKind } from './references.js';
import { SeedValidationError, type SeedIssue } from './seed-issue.js';
import { checkEntryReferences, withArticle, type KnownId, type ValidationContext } from './validate-entry.js';

interface Registered extends KnownId {
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
 * consistency and every quote against its article, each by the rules of `validate-entry.ts`.
 * Throws one SeedValidationError listing every problem.
 */
export async function loadDataset(dataDir: string): Promise<Dataset> {
  return (await validateDataset(dataDir)).dataset;
}

/** As loadDataset, keeping each entry as written too, for the entry mirror. */
export async function validateDataset(dataDir: string): Promise<ValidatedDataset> {
  const { parsed, declared, issues, unreadable } = await readDataFiles(dataDir);
  const registry = registerIds(declared, issues);
  markRetracted(parsed, registry);
  // A missing text is reported after the other rules, with the quote check it stops.
  const missingTexts: SeedIssue[] = [];
  const articles = await readArticles(
    dataDir,
    parsed.sources as LocatedEntry<Dataset['sources'][number]>[],
    missingTexts,
  );
  const context: ValidationContext = {
    lookup: (id) => registry.get(id),
    isUnread: (allowed: readonly EntityKind[]) => allowed.some((kind) => unreadable.has(collectionOf(kind))),
    articleOf: (source) => articles.get(source),
  };
  const report = (
    collections: readonly Collection[],
    check: (collection: Collection, value: never) => EntryProblem[],
  ) => {
    for (const collection of collections) {
      for (const { file, index, value } of parsed[collection] as LocatedEntry<{ id: string }>[]) {
        const where = { file, entry: `${collection}[${index}]`, entryId: value.id };
        for (const problem of check(collection, value as never)) issues.push({ ...where, ...problem });
      }
    }
  };
  const all = Object.keys(DATA_FILES) as Collection[];
  report(all, (collection, value) => checkEntryReferences(collection, value, context));
  report(CONSISTENCY_ORDER, (collection, value) => checkEntryConsistency(collection, value));
  issues.push(...missingTexts);
  report(all, (_, value) => checkEntryQuotes(value, context.articleOf));
  if (issues.length > 0) throw new SeedValidationError(issues);
  const dataset = toDataset(parsed);
  // The texts travel with the dataset so the graph can keep them on its sources.
  for (const source of dataset.sources) source.text = articles.get(source.id)?.text;
  return { dataset, entries: toRawEntries(parsed) };
}

function registerIds(declared: readonly DeclaredId[], issues: SeedIssue[]): Map<string, Registered> {
  const registry = new Map<string, Registered>();
  const register = (
    id: string,
    known: KnownId,
    { file, entry, entryId, field }: { file: string; entry: string; entryId: string; field?: string },
  ) => {
    const previous = registry.get(id);
    if (previous) {
      const message = `duplicate id "${id}", already used by ${withArticle(previous.kind)} at ${previous.where}`;
      issues.push({ file, entry, entryId, ...(field && { field }), message });
      return;
    }
    registry.set(id, { ...known, where: `${file}: ${entry}${field ? ` ${field}` : ''}` });
  };
  for (const { id, collection, file, index, nested, former } of declared) {
    const where = { file, entry: `${collection}[${index}]`, entryId: id };
    register(id, { kind: KIND_OF[collection] }, where);
    for (const inner of nested) register(inner.id, { kind: 'delegation' }, { ...where, field: inner.field });
    for (const old of former) {
      register(old.id, { kind: KIND_OF[collection], mergedInto: id }, { ...where, field: old.field });
    }
  }
  return registry;
}

/** Retracted entries and delegations keep their ids, but nothing may refer to them any more. */
function markRetracted(parsed: ParsedCollections, registry: Map<string, Registered>): void {
  const mark = (fact: { id: string; retracted?: unknown }) => {
    const registered = registry.get(fact.id);
    if (fact.retracted !== undefined && registered) registered.retracted = true;
  };
  for (const entries of Object.values(parsed) as LocatedEntry<{ id: string; retracted?: unknown }>[][]) {
    for (const { value } of entries) mark(value);
  }
  for (const { value } of parsed.meetings as LocatedEntry<Dataset['meetings'][number]>[])
    value.delegations.forEach(mark);
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
