import type { GraphQLResolveInfo } from 'graphql';
import type { Executor, QueryParameters } from '../database/executor.js';
import { mergeSelectionSets } from '../projection/collect-fields.js';
import { ProjectionCompiler } from '../projection/compile-projection.js';

export interface ProjectedQuery {
  /** The GraphQL type of each result (object or abstract). */
  typeName: string;
  /** Cypher that binds `this` to each result, with `$parameters` only. */
  match: string;
  parameters?: QueryParameters;
  /** Cypher ordering over `this`, for lists. */
  orderBy?: string;
}

/**
 * Runs one query that matches the root elements and projects the whole selection set under them:
 * one database round trip per root field, however deep the request.
 */
export async function readProjected(executor: Executor, info: GraphQLResolveInfo, query: ProjectedQuery): Promise<unknown[]> {
  const compiler = new ProjectionCompiler({
    schema: info.schema,
    fragments: info.fragments,
    variableValues: info.variableValues,
  });
  const projection = compiler.project(query.typeName, 'this', mergeSelectionSets(info.fieldNodes));
  const ordering = query.orderBy ? ` ORDER BY ${query.orderBy}` : '';
  const cypher = `${query.match} WITH this${ordering} RETURN ${projection} AS result`;
  const records = await executor.read<{ result: unknown }>(cypher, query.parameters ?? {});
  return records.map((record) => record.result);
}
