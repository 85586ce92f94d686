/** One thing wrong with the dataset, located by file, entry and field. */
export interface SeedIssue {
  /** The data file, as shown to the user (relative to the working directory). */
  file: string;
  /** The collection and index of the entry, e.g. `people[12]`; absent for file-level problems. */
  entry?: string;
  /** The entry's id, when it has a readable one. */
  entryId?: string;
  /** The field inside the entry, e.g. `posts[0].from`. */
  field?: string;
  message: string;
}

/** Renders `seed/data/people.yaml: people[12] (rustem-umerov) posts[0].from: not a date: "2025-13-01"`. */
export function formatSeedIssue(issue: SeedIssue): string {
  const where = [issue.entry, issue.entryId && `(${issue.entryId})`, issue.field].filter(Boolean).join(' ');
  return where ? `${issue.file}: ${where}: ${issue.message}` : `${issue.file}: ${issue.message}`;
}

/** Turns a path such as ['posts', 0, 'from'] into `posts[0].from`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** How many problems a report prints; the rest are counted, so a broken file cannot flood a terminal. */
export const REPORTED_ISSUES = 50;

/** The report's lines: the first REPORTED_ISSUES problems, then how many more there are. */
export function formatSeedIssues(issues: readonly SeedIssue[]): string[] {
  const shown = issues.slice(0, REPORTED_ISSUES).map(formatSeedIssue);
  const rest = issues.length - shown.length;
  return rest > 0 ? [...shown, `... and ${rest} more problem${rest === 1 ? '' : 's'}`] : shown;
}

/** Thrown when the dataset is invalid; carries every issue found, never just the first. */
export class SeedValidationError extends Error {
  readonly code = 'SEED_INVALID';
  constructor(readonly issues: readonly SeedIssue[]) {
    super(
      `${issues.length} problem${issues.length === 1 ? '' : 's'} in the seed data:\n${formatSeedIssues(issues).join('\n')}`,
    );
    this.name = 'SeedValidationError';
  }
}
