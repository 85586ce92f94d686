import { badUserInputError, notFoundError } from '../errors.js';
import type { QueryResolvers } from '../generated/resolver-types.js';
import { readNeighbourhood } from '../queries/neighbourhood.js';
import { searchEntities, toLuceneQuery } from '../queries/search.js';
import { readShortestPath } from '../queries/shortest-path.js';
import { checkDepth, checkRange, checkSearchText, toLabels } from './arguments.js';

/** Search, neighbourhoods and paths: the graph queries. */
export const graphResolvers: QueryResolvers = {
  search: (_, { text, types, limit }, { executor }, info) => {
    if (!Number.isInteger(limit) || limit < 1 || limit > 50)
      throw badUserInputError(`'limit' must be 1–50, got ${limit}`);
    return searchEntities(executor, info, { text: checkSearchText(text), labels: toLabels(types), limit });
  },

  neighbourhood: async (_, args, { executor }, info) => {
    if ((args.id == null) === (args.name == null)) throw badUserInputError("give exactly one of 'id' and 'name'");
    checkRange(args.from, args.to);
    const nameQuery = args.name == null ? null : toLuceneQuery(checkSearchText(args.name));
    if (nameQuery === undefined) throw badUserInputError("'name' holds no word to look for");
    const graph = await readNeighbourhood(executor, info, {
      ...args,
      nameQuery,
      depth: checkDepth(args.depth),
      labels: toLabels(args.types),
    });
    if (!graph) throw args.id != null ? notFoundError('Entity', args.id) : notFoundError('Entity named', args.name!);
    return graph;
  },

  shortestPath: async (_, { from, to }, { executor }, info) => {
    if (from === to) throw badUserInputError(`'from' and 'to' must be different entities, got "${from}" twice`);
    const result = await readShortestPath(executor, info, from, to);
    if (!result.fromFound) throw notFoundError('Entity', from);
    if (!result.toFound) throw notFoundError('Entity', to);
    return result.graph;
  },
};
