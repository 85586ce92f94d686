import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from './errors.js';

/**
 * Limits on the shape of one operation, checked before it runs. Depth 12 fits the deepest
 * documented question (a meeting → delegations → heads → evidence → source) with room to spare.
 * What an operation costs is priced by `operation-cost.ts`, which reads its arguments too.
 */
export const OPERATION_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3000,
} as const;

/** A rejected operation is the client's to fix: give the error the code clients branch on. */
const markAsBadInput: GraphQLArmorRejectCallback = (_context, error) => {
  Object.assign(error.extensions, { code: ErrorCode.BadUserInput });
};
const onReject = [markAsBadInput];

/** graphql-armor's protections with the project's limits, as a yoga plugin. */
export function useOperationLimits(): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: OPERATION_LIMITS.maxDepth, onReject },
    // Armor's cost limit weighs a field by its depth alone, blind to `limit` and `depth`
    // arguments; operation-cost.ts prices fields by what they return instead.
    costLimit: { enabled: false },
    maxAliases: { n: OPERATION_LIMITS.maxAliases, onReject },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives, onReject },
    maxTokens: { n: OPERATION_LIMITS.maxTokens, onReject },
    // Suggestions ("Did you mean …?") would let anyone map the schema with introspection off.
    blockFieldSuggestion: { enabled: true },
  }) as Plugin;
}
