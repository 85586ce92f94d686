import { GraphQLError } from 'graphql';
import type { EntryProblem } from '../../seed/validate/entry-problem.js';
import { ErrorCode } from '../errors.js';
import type { MergeConflict } from './fold-entity.js';

/** The entry as it stands, for a client whose edit was refused as stale. */
export interface CurrentEntry {
  version: string;
  entry: Record<string, unknown>;
}

/**
 * The entry broke the seed's rules: BAD_USER_INPUT naming the first field in `extensions.field`,
 * every problem in `extensions.problems`, and the first few in the message.
 */
export function invalidEntryError(collection: string, problems: readonly EntryProblem[]): GraphQLError {
  const lines = problems.map((problem) => (problem.field ? `${problem.field}: ${problem.message}` : problem.message));
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return new GraphQLError(`The ${collection} entry breaks ${count}: ${lines.join('; ')}`, {
    extensions: {
      code: ErrorCode.BadUserInput,
      ...(problems[0]?.field && { field: problems[0].field }),
      problems: problems.map(({ field, message }) => ({ ...(field && { field }), message })),
    },
  });
}

/** One argument of the mutation broke a rule; `field` names it. */
export function badArgumentError(field: string, message: string): GraphQLError {
  return new GraphQLError(`'${field}' ${message}`, { extensions: { code: ErrorCode.BadUserInput, field } });
}

/** The edit was made against another version than the current one: never a silent overwrite. */
export function conflictError(message: string, current: CurrentEntry | null): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Conflict, current } });
}

/** A seed holds the database: an edit now could be overwritten by it. */
export function seedInProgressError(): GraphQLError {
  return new GraphQLError('A seed is changing the graph; try the edit again once it has finished', {
    extensions: { code: ErrorCode.SeedInProgress },
  });
}

/** The conflicts that stop a merge, as one BAD_USER_INPUT listing each. */
export function mergeBlockedError(conflicts: readonly MergeConflict[]): GraphQLError {
  const lines = conflicts.map(({ entryId, field, message }) => `${entryId}${field ? ` ${field}` : ''}: ${message}`);
  return new GraphQLError(`The merge cannot be made: ${lines.join('; ')}`, {
    extensions: {
      code: ErrorCode.BadUserInput,
      field: 'merge',
      problems: conflicts.map(({ entryId, field, message }) => ({ entryId, ...(field && { field }), message })),
    },
  });
}
