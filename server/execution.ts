import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  GraphQLError,
  Kind,
  getOperationAST,
  getVariableValues,
  type DocumentNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { readByResponseKey } from './schema.js';

/**
 * True when a field below an operation's root fields has an alias (`a: name`). Root fields have
 * resolvers, so their aliases are fine; a named fragment counts as nested wherever it is spread.
 */
export function hasNestedAliases(document: DocumentNode): boolean {
  const aliased = (selectionSet: SelectionSetNode | undefined): boolean =>
    selectionSet?.selections.some((selection) =>
      selection.kind === Kind.FIELD
        ? selection.alias !== undefined || aliased(selection.selectionSet)
        : selection.kind === Kind.INLINE_FRAGMENT && aliased(selection.selectionSet),
    ) ?? false;
  const aliasedBelowRoot = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.some((selection) =>
      selection.kind === Kind.FIELD
        ? aliased(selection.selectionSet)
        : selection.kind === Kind.INLINE_FRAGMENT && aliasedBelowRoot(selection.selectionSet),
    );
  return document.definitions.some(
    (definition) =>
      (definition.kind === Kind.FRAGMENT_DEFINITION && aliased(definition.selectionSet)) ||
      (definition.kind === Kind.OPERATION_DEFINITION && aliasedBelowRoot(definition.selectionSet)),
  );
}

const documentsWithNestedAliases = new WeakMap<DocumentNode, boolean>();

/** Memoised per parsed document: yoga hands the same DocumentNode for the same query text. */
function isCompilable(document: DocumentNode): boolean {
  let nested = documentsWithNestedAliases.get(document);
  if (nested === undefined) {
    nested = hasNestedAliases(document);
    documentsWithNestedAliases.set(document, nested);
  }
  return !nested;
}

/**
 * Executes each operation through graphql-jit, compiled once per document: below the root
 * resolvers every field is a plain property of the projected answer, read inline. graphql-jit
 * reads a field by its name, while projections are keyed by response key, so a document that
 * aliases a field below the root runs on graphql-js with `readByResponseKey` as default resolver.
 */
export function useCompiledExecution(): Plugin[] {
  return [
    useGraphQlJit(
      {},
      {
        enableIf: (args) => isCompilable(args.document),
      },
    ) as Plugin,
    // After the JIT plugin, so that `executeFn` is whichever executor it chose.
    {
      onExecute({ executeFn, setExecuteFn }) {
        setExecuteFn(async (args) => {
          // graphql-jit words a bad variable value its own way, without the scalar's message
          // ("not a date …"); graphql-js coerces first, so the client reads the rule it broke.
          const operation = getOperationAST(args.document, args.operationName);
          const coerced = getVariableValues(
            args.schema,
            operation?.variableDefinitions ?? [],
            args.variableValues ?? {},
          );
          if (coerced.errors) return { errors: coerced.errors };
          const result = await executeFn({ ...args, fieldResolver: readByResponseKey });
          if (!('errors' in result) || !result.errors) return result;
          return {
            ...result,
            errors: result.errors.map((error: GraphQLError) => withSourcePositions(error, args.document)),
          };
        });
      },
    },
  ];
}

/**
 * graphql-jit's errors carry `locations` but no AST nodes, and yoga rebuilds every error it sends
 * from nodes or source positions, which would drop them: give them positions in the document.
 */
function withSourcePositions(error: GraphQLError, document: DocumentNode): GraphQLError {
  const source = document.loc?.source;
  if (error.nodes || error.positions || !error.locations?.length || !source) return error;
  const lineBreak = /\r\n|[\n\r]/g;
  const positions = error.locations.map(({ line, column }) => {
    lineBreak.lastIndex = 0;
    for (let current = 1; current < line && lineBreak.exec(source.body); current++);
    return lineBreak.lastIndex + column - 1;
  });
  return new GraphQLError(error.message, {
    source,
    positions,
    ...(error.path && { path: error.path }),
    ...(error.originalError && { originalError: error.originalError }),
    extensions: error.extensions,
  });
}
