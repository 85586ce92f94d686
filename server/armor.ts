import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from './errors.js';

/**
 * Limits on what one operation may ask, checked before it runs. Depth 12 fits the deepest
 * documented question (a meeting → delegations → heads → evidence → source) with room to spare;
 * the costliest documented question scores 136 on graphql-armor's scale (1.5× per level) and the
 * web client's richest panel query (a person with posts, seats, stances and evidence) just under
 * 1000, so 2000 leaves room while stopping one request from fanning out into thousands of projections.
 */
export const OPERATION_LIMITS = {
  maxDepth: 12,
  maxCost: 2000,
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
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, onReject },
    maxAliases: { n: OPERATION_LIMITS.maxAliases, onReject },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives, onReject },
    maxTokens: { n: OPERATION_LIMITS.maxTokens, onReject },
    // Suggestions ("Did you mean …?") would let anyone map the schema with introspection off.
    blockFieldSuggestion: { enabled: true },
  }) as Plugin;
}
