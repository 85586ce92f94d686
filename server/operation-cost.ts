import {
  GraphQLError,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isLeafType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from './errors.js';
import { memoByDocument } from './memo-by-document.js';

/**
 * The cost model. An operation costs about what it makes the server do: one unit per value it
 * returns, and ROOT_FIELD_COST more per root field, which is one Neo4j query. A list multiplies
 * the cost of its items by how many it holds: the `limit` a paged field is given, the measured
 * size of a neighbourhood of the requested depth, or an estimate for lists inside an entity.
 */
export const ROOT_FIELD_COST = 10;

/** Items a list holds when nothing in the request says: a person's posts, a meeting's delegations. */
export const DEFAULT_LIST_SIZE = 3;

/**
 * Nodes and edges of a neighbourhood by depth, as measured on the curated dataset (each is one
 * list of the Graph; the busiest entity, Russia, has about this many of each).
 */
export const NEIGHBOURHOOD_SIZES: Readonly<Record<1 | 2 | 3, number>> = { 1: 60, 2: 150, 3: 300 };

type Arguments = ComplexityEstimatorArgs['args'];

/**
 * How many items a field multiplies its selection by, keyed `Type.field`: fields whose arguments
 * say how many items they return, and lists known to be larger than DEFAULT_LIST_SIZE.
 * A test checks every key against the schema.
 */
export const FIELD_SIZES: Readonly<Record<string, (args: Arguments) => number>> = {
  'Query.meetings': ({ limit }) => limit,
  'Query.actors': ({ limit }) => limit,
  'Query.issues': ({ limit }) => limit,
  'Query.stances': ({ limit }) => limit,
  'Query.timeline': ({ limit }) => limit,
  'Query.search': ({ limit }) => limit,
  // The Graph's nodes and edges lists carry the size, set by the depth asked for.
  'Query.neighbourhood': ({ depth }) => NEIGHBOURHOOD_SIZES[depth as 1 | 2 | 3] ?? NEIGHBOURHOOD_SIZES[3],
  'Query.shortestPath': () => 8,
  // One row per issue compared, one cell per actor in each: the cells below are sized for five
  // actors, and every five more count the comparison again.
  'Query.comparePositions': ({ actors }) => Math.max(1, Math.ceil((actors?.length ?? 1) / 5)),
  'PositionComparison.issues': () => 30,
  'ComparedIssue.positions': () => 5,
  'Query.agreementNetwork': () => 40,
  'Query.stickingPoints': () => 20,
  'Query.sources': () => 100,
  'Query.sourceUses': () => 100,
  // The quotes of one article: the longest of the curated articles is cited about 40 times.
  'Query.citations': () => 50,
  // A paged field's size is on the field; its items list adds no factor of its own.
  'MeetingPage.items': () => 1,
  'ActorPage.items': () => 1,
  'IssuePage.items': () => 1,
  'StancePage.items': () => 1,
  'TimelinePage.items': () => 1,
  'Graph.nodes': () => 1,
  'Graph.edges': () => 1,
  'AgreementNetwork.actors': () => 1,
  'AgreementNetwork.links': () => 1,
  'Issue.stances': () => 30,
  'Actor.stances': () => 20,
  'Person.stances': () => 20,
  'State.stances': () => 20,
  'Organisation.stances': () => 20,
};

/** The one estimator: a field's own unit (or a query's) plus its children times its size. */
export const estimateFieldCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const key = `${type.name}.${field.name}`;
  const own = type.name === 'Query' ? ROOT_FIELD_COST : 1;
  const size = FIELD_SIZES[key]?.(args);
  if (size !== undefined) return own + size * childComplexity;
  const isList = isListType(getNullableType(field.type));
  if (isLeafType(getNamedType(field.type))) return own * (isList ? DEFAULT_LIST_SIZE : 1);
  return own + (isList ? DEFAULT_LIST_SIZE : 1) * childComplexity;
};

/** What an operation costs under the model; variables are the request's (defaults apply). */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables: Record<string, unknown> = {},
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    ...(operationName && { operationName }),
    estimators: [estimateFieldCost],
  });
}

/** The operation costs more than the server allows: the client should ask for less. */
function costLimitError(cost: number, maxCost: number): GraphQLError {
  return new GraphQLError(
    `Operation cost limit of ${maxCost} exceeded: this operation costs ${cost}; ask for fewer or smaller lists, a smaller depth, or fewer aliases`,
    { extensions: { code: ErrorCode.BadUserInput, cost, maxCost, http: { status: 400 } } },
  );
}

/**
 * Refuses an operation whose estimated cost exceeds `maxCost`, before it runs. It prices the request
 * with its variables, so `neighbourhood(depth: $depth)` costs what the depth asked makes it cost.
 */
export function useCostLimit({ maxCost }: { maxCost: number }): Plugin {
  let costOf: ReturnType<typeof memoByDocument<number | undefined>> | undefined;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      // Visiting the document is a sixth of our layer's CPU per request: a repeat is remembered.
      costOf ??= memoByDocument((document, operationName, variables) => {
        // Variables that cannot be coerced are left to execution, which names the rule they break.
        const operation = getOperationAST(document, operationName);
        const coerced = getVariableValues(args.schema, operation?.variableDefinitions ?? [], variables);
        return coerced.errors ? undefined : estimateCost(args.schema, document, operationName, coerced.coerced);
      });
      const cost = costOf(args.document, args.operationName, args.variableValues ?? {});
      if (cost !== undefined && cost > maxCost) setResultAndStopExecution({ errors: [costLimitError(cost, maxCost)] });
    },
  };
}
