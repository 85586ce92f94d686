import type { Collection, Dataset } from '../model/schema.js';
import { readDataFiles, type DeclaredId, type LocatedEntry, type ParsedCollections } from './read-data-files.js';
import { KIND_OF, REFERENCES_OF, type EntityKind } from './references.js';
import { SeedValidationError, type SeedIssue } from './seed-issue.js';
import { checkConsistency } from './consistency.js';

interface Registered {
  kind: EntityKind;
  where: string;
}

/**
 * Reads and validates the whole dataset: schema per entry, then unique ids, references and
 * internal consistency across files. Throws one SeedValidationError listing every problem.
 */
export async function loadDataset(dataDir: string): Promise<Dataset> {
  const { parsed, declared, issues } = await readDataFiles(dataDir);
  const registry = registerIds(declared, issues);
  checkReferences(parsed, registry, issues);
  const dataset = toDataset(parsed);
  issues.push(...checkConsistency(parsed));
  if (issues.length > 0) throw new SeedValidationError(issues);
  return dataset;
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

function checkReferences(parsed: ParsedCollections, registry: Map<string, Registered>, issues: SeedIssue[]): void {
  for (const [collection, entries] of collections(parsed)) {
    const referencesOf = REFERENCES_OF[collection] as (entry: unknown) => ReturnType<(typeof REFERENCES_OF)['people']>;
    for (const { file, index, value } of entries) {
      for (const reference of referencesOf(value)) {
        const found = registry.get(reference.target);
        const base = { file, entry: `${collection}[${index}]`, entryId: value.id, field: reference.field };
        if (!found) {
          issues.push({
            ...base,
            message: `unknown id "${reference.target}" (expected ${reference.allowed.map(article).join(' or ')})`,
          });
        } else if (!reference.allowed.includes(found.kind)) {
          issues.push({
            ...base,
            message: `"${reference.target}" is ${article(found.kind)}, expected ${reference.allowed.map(article).join(' or ')}`,
          });
        }
      }
    }
  }
}

function toDataset(parsed: ParsedCollections): Dataset {
  const values = <C extends Collection>(collection: C) => parsed[collection].map((entry) => entry.value) as Dataset[C];
  return {
    sources: values('sources'),
    states: values('states'),
    organisations: values('organisations'),
    places: values('places'),
    people: values('people'),
    meetings: values('meetings'),
    issues: values('issues'),
    stances: values('stances'),
  };
}
