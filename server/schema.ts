import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { JSONObjectResolver } from 'graphql-scalars';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { PartialDateScalar } from './resolvers/partial-date-scalar.js';
import { entityResolvers } from './resolvers/query-resolvers.js';
import { graphResolvers } from './resolvers/graph-resolvers.js';
import { positionResolvers } from './resolvers/position-resolvers.js';
import { authMutationResolvers, authQueryResolvers } from './auth/auth-resolvers.js';
import { citationResolvers } from './resolvers/citation-resolvers.js';
import { claimResolvers } from './resolvers/claim-resolvers.js';
import { editMutationResolvers, editQueryResolvers } from './mutations/mutation-resolvers.js';

/** The contract: `schema.graphql` at the repository root, read once. */
export const SCHEMA_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'schema.graphql');

/**
 * Projections are keyed by response key (an alias, or the field name) so `a: name, b: name` and
 * the same field asked with different sub-selections each get their own value. It is the default
 * resolver of every non-root field (passed to execution, not stored on the fields, so that a
 * compiled executor can read plain properties inline; see `server/execution.ts`).
 */
export const readByResponseKey: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
  if (typeof source === 'object' && source !== null && info.path.key in source) {
    return (source as Record<string, unknown>)[info.path.key as string];
  }
  return defaultFieldResolver(source, args, context, info);
};

function resolveTypeName(value: { __typename?: string }): string | undefined {
  return value.__typename;
}

/** Builds the executable schema from the contract file and the resolver map. */
export function createSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: readFileSync(SCHEMA_PATH, 'utf8'),
    resolvers: {
      PartialDate: PartialDateScalar,
      JSONObject: JSONObjectResolver,
      Query: {
        ...entityResolvers,
        ...graphResolvers,
        ...positionResolvers,
        ...claimResolvers,
        ...citationResolvers,
        ...authQueryResolvers,
        ...editQueryResolvers,
      },
      Mutation: { ...authMutationResolvers, ...editMutationResolvers },
      Node: { __resolveType: resolveTypeName },
      Actor: { __resolveType: resolveTypeName },
      Evidenced: { __resolveType: resolveTypeName },
      TimelineEvent: { __resolveType: resolveTypeName },
    },
  });
}
