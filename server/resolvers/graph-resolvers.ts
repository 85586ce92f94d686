import type { GraphQLResolveInfo } from 'graphql';
import { badUserInputError, notFoundError } from '../errors.js';
import { readNeighbourhood } from '../queries/neighbourhood.js';
import { searchEntities } from '../queries/search.js';
import { readShortestPath } from '../queries/shortest-path.js';
import type { RequestContext } from '../request-context.js';
import { checkDepth, checkRange, checkSearchText, toLabels } from './arguments.js';

type Resolver<A> = (parent: unknown, args: A, context: RequestContext, info: GraphQLResolveInfo) => unknown;

/** Search, neighbourhoods and paths: the graph queries. */
export const graphResolvers: Record<string, Resolver<never>> = {
  search: ((_, { text, types, limit }, { executor }, info) => {
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw badUserInputError(`'limit' must be 1–50, got ${limit}`);
    return searchEntities(executor, info, { text: checkSearchText(text), labels: toLabels(types), limit });
  }) as Resolver<{ text: string; types?: string[] | null; limit: number }>,

  neighbourhood: (async (_, args, { executor }, info) => {
    checkRange(args.from, args.to);
    const graph = await readNeighbourhood(executor, info, { ...args, depth: checkDepth(args.depth), labels: toLabels(args.types) });
    if (!graph) throw notFoundError('Entity', args.id);
    return graph;
  }) as Resolver<{ id: string; depth: number; types?: string[] | null; from?: string | null; to?: string | null }>,

  shortestPath: (async (_, { from, to }, { executor }, info) => {
    if (from === to) throw badUserInputError(`'from' and 'to' must be different entities, got "${from}" twice`);
    const result = await readShortestPath(executor, info, from, to);
    if (!result.fromFound) throw notFoundError('Entity', from);
    if (!result.toFound) throw notFoundError('Entity', to);
    return result.graph;
  }) as Resolver<{ from: string; to: string }>,
};
