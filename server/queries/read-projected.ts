import {
  Kind,
  getNamedType,
  isObjectType,
  type GraphQLResolveInfo,
  type GraphQLOutputType,
  type SelectionSetNode,
} from 'graphql';
import type { Executor, QueryParameters } from '../database/executor.js';
import { compileOnce } from '../projection/compile-cache.js';
import { collectFields, mergeSelectionSets } from '../projection/collect-fields.js';
import { ProjectionCompiler } from '../projection/compile-projection.js';

/** A compiler for one resolver's request: its fragments and variables. */
export function createCompiler(info: GraphQLResolveInfo): ProjectionCompiler {
  return new ProjectionCompiler({
    schema: info.schema,
    fragments: info.fragments,
    variableValues: info.variableValues,
  });
}

/**
 * The selection under the root field at a path of field names (`['items']`, `['edges', 'evidence']`),
 * merged over aliases, for wrapper types whose parts are projected separately.
 */
export function selectionAt(info: GraphQLResolveInfo, path: readonly string[]): SelectionSetNode | undefined {
  let selection = mergeSelectionSets(info.fieldNodes);
  let type: GraphQLOutputType = info.returnType;
  for (const name of path) {
    const named = getNamedType(type);
    if (!selection || !isObjectType(named)) return undefined;
    const context = { schema: info.schema, fragments: info.fragments, variableValues: info.variableValues };
    const nodes = [...collectFields(named, selection, context).values()]
      .flat()
      .filter((node) => node.name.value === name);
    const field = named.getFields()[name];
    if (nodes.length === 0 || !field) return undefined;
    selection = mergeSelectionSets(nodes);
    type = field.type;
  }
  return selection;
}

/** The selections at several paths merged into one: one projection serves every place a type appears. */
export function selectionAtAny(
  info: GraphQLResolveInfo,
  paths: readonly (readonly string[])[],
): SelectionSetNode | undefined {
  const selections = paths.flatMap((path) => selectionAt(info, path)?.selections ?? []);
  return selections.length > 0 ? { kind: Kind.SELECTION_SET, selections } : undefined;
}

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
 * one database round trip per root field, however deep the request. The projection is compiled
 * once per document (see compileOnce).
 */
export async function readProjected(
  executor: Executor,
  info: GraphQLResolveInfo,
  query: ProjectedQuery,
): Promise<unknown[]> {
  const projection = compileOnce(info, query.typeName, (compiler) =>
    compiler.project(query.typeName, 'this', mergeSelectionSets(info.fieldNodes)),
  );
  const ordering = query.orderBy ? ` ORDER BY ${query.orderBy}` : '';
  const cypher = `${query.match} WITH *${ordering} RETURN ${projection.cypher} AS result`;
  const records = await executor.read<{ result: unknown }>(cypher, { ...query.parameters, ...projection.parameters });
  return records.map((record) => record.result);
}

export interface Page {
  items: unknown[];
  total: number;
}

export interface PageQuery extends ProjectedQuery {
  limit: number;
  offset: number;
  /**
   * The same rows as `match`, found in `orderBy`'s order by an index: the page then reads its
   * first rows only, and the total counts `match` apart, instead of every row being sorted.
   */
  orderedMatch?: string;
}

/** Like readProjected for a `{ items, total }` page: the total and one page of projected items, in one query. */
export async function readPage(executor: Executor, info: GraphQLResolveInfo, query: PageQuery): Promise<Page> {
  const projection = compileOnce(info, `items of ${query.typeName}`, (compiler) =>
    compiler.project(query.typeName, 'this', selectionAt(info, ['items'])),
  );
  const ordering = query.orderBy ? ` ORDER BY ${query.orderBy}` : '';
  const cypher = query.orderedMatch
    ? `CALL () { ${query.match} RETURN count(*) AS total }
       CALL () { ${query.orderedMatch} WITH *${ordering} SKIP $offset LIMIT $limit
         RETURN collect(${projection.cypher}) AS items }
       RETURN total, items`
    : `${query.match} WITH *${ordering} WITH collect(this) AS matched
       RETURN size(matched) AS total, [this IN matched[$offset..($offset + $limit)] | ${projection.cypher}] AS items`;
  const parameters = { ...query.parameters, ...projection.parameters, offset: query.offset, limit: query.limit };
  const [record] = await executor.read<{ total: number; items: unknown[] }>(cypher, parameters);
  return { total: record?.total ?? 0, items: record?.items ?? [] };
}
