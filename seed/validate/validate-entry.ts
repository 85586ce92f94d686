import { findEvidence } from '../model/evidenced-facts.js';
import { DATA_FILES, type Collection, type Dataset } from '../model/schema.js';
import { checkEntryConsistency } from './consistency.js';
import type { EntryProblem } from './entry-problem.js';
import { checkEntryQuotes, type Article } from './quotes.js';
import { REFERENCES_OF, type EntityKind, type Reference } from './references.js';
import { formatPath } from './seed-issue.js';

/** What an id names, as the reference check needs it. */
export interface KnownId {
  kind: EntityKind;
  /** A retracted entry keeps its id, but the graph no longer holds it: nothing may point at it. */
  retracted?: boolean;
  /** A former id of the entity that absorbed it: taken for good, and referred to by the current id. */
  mergedInto?: string;
}

/**
 * What one entry is checked against: the ids around it and the texts its quotes cite. The seed
 * fills it from the files; a mutation from the graph, inside its transaction.
 */
export interface ValidationContext {
  lookup(id: string): KnownId | undefined;
  /** True when an id of one of these kinds may be declared where it could not be read (a broken file). */
  isUnread?(allowed: readonly EntityKind[]): boolean;
  articleOf(source: string): Article | undefined;
}

/** An entry of a collection, as validated. */
export type EntryOf<C extends Collection> = Dataset[C][number];

/** The entry parsed by its collection's schema (defaults filled in), or the problems of each field. */
export function parseEntry<C extends Collection>(
  collection: C,
  raw: unknown,
): { value: EntryOf<C>; problems?: undefined } | { value?: undefined; problems: EntryProblem[] } {
  const result = DATA_FILES[collection].safeParse(raw);
  if (result.success) return { value: result.data as EntryOf<C> };
  return {
    problems: result.error.issues.map((problem) => ({
      field: formatPath(problem.path) || undefined,
      message: problem.message,
    })),
  };
}

/** Every reference the entry makes, evidence sources included, with the kinds each may point at. */
export function listReferences<C extends Collection>(collection: C, entry: EntryOf<C>): Reference[] {
  const referencesOf = REFERENCES_OF[collection] as (entry: unknown) => Reference[];
  const sources = findEvidence(entry).flatMap(({ prefix, evidence }) =>
    evidence.map((item, index) => ({
      field: `${prefix}evidence[${index}].source`,
      target: item.source,
      allowed: ['source'] as const,
    })),
  );
  return [...referencesOf(entry), ...sources];
}

/** "a state", "an issue", "an organisation or a person". */
export function withArticle(kind: string): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

/** Each reference must name an existing id of an allowed kind that is not retracted. */
export function checkEntryReferences<C extends Collection>(
  collection: C,
  entry: EntryOf<C>,
  context: ValidationContext,
): EntryProblem[] {
  const problems: EntryProblem[] = [];
  for (const reference of listReferences(collection, entry)) {
    const found = context.lookup(reference.target);
    const expected = reference.allowed.map(withArticle).join(' or ');
    const field = reference.field;
    if (!found) {
      // An id that may live in a file that could not be read is unknown, not wrong: one syntax error
      // must not bury its own report under hundreds of dangling references from the other files.
      if (context.isUnread?.(reference.allowed)) continue;
      problems.push({ field, message: `unknown id "${reference.target}" (expected ${expected})` });
    } else if (found.mergedInto !== undefined) {
      problems.push({
        field,
        message: `"${reference.target}" was merged into "${found.mergedInto}": refer to "${found.mergedInto}"`,
      });
    } else if (!reference.allowed.includes(found.kind)) {
      problems.push({ field, message: `"${reference.target}" is ${withArticle(found.kind)}, expected ${expected}` });
    } else if (found.retracted) {
      problems.push({ field, message: `"${reference.target}" was retracted: refer to a fact that stands` });
    }
  }
  return problems;
}

/**
 * Validates one entry by every rule the seed applies to it: its schema, its references, its
 * internal consistency and its quotes. The mutations call it; the seed runs the same rules over
 * every entry (`validate-dataset.ts`), phase by phase, so its report keeps its order.
 */
export function validateEntry<C extends Collection>(
  collection: C,
  raw: unknown,
  context: ValidationContext,
): { value?: EntryOf<C>; problems: EntryProblem[] } {
  const parsed = parseEntry(collection, raw);
  if (parsed.problems) return { problems: parsed.problems };
  const { value } = parsed;
  const problems = [
    ...checkEntryReferences(collection, value, context),
    ...checkEntryConsistency(collection, value),
    ...checkEntryQuotes(value, (source) => context.articleOf(source)),
  ];
  return { value, problems };
}
