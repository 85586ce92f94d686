import type { QueryResolvers } from '../generated/resolver-types.js';
import { readCitations, readSourceUses } from '../queries/citations.js';
import { found } from './arguments.js';

/** Which facts quote which article, and where: the sources view of the web client reads these. */
export const citationResolvers: QueryResolvers = {
  citations: (_, { source }, { executor }) => found(readCitations(executor, source), 'Source', source),
  sourceUses: (_, __, { executor }) => readSourceUses(executor),
};
