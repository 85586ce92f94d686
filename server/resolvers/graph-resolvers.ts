import { badUserInputError, notFoundError } from '../errors.js';
import type { QueryResolvers } from '../generated/resolver-types.js';
import { isPresent, readFollowingMerges } from '../queries/former-ids.js';
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
    const depth = checkDepth(args.depth);
    const graph = await readFollowingMerges(
      executor,
      args.id == null ? [] : [args.id],
      (current) =>
        readNeighbourhood(executor, info, {
          ...args,
          id: args.id == null ? null : current(args.id),
          nameQuery,
          depth,
          labels: toLabels(args.types),
        }),
      isPresent,
    );
    if (!graph) throw args.id != null ? notFoundError('Entity', args.id) : notFoundError('Entity named', args.name!);
    return graph;
  },

  shortestPath: async (_, { from, to }, { executor }, info) => {
    if (from === to) throw badUserInputError(`'from' and 'to' must be different entities, got "${from}" twice`);
    const result = await readFollowingMerges(
      executor,
      [from, to],
      (current) => readShortestPath(executor, info, current(from), current(to)),
      (found) => found.fromFound && found.toFound,
    );
    if (!result.fromFound) throw notFoundError('Entity', from);
    if (!result.toFound) throw notFoundError('Entity', to);
    return result.graph;
  },
};
