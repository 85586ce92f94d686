import {
  GraphQLError,
  TypeInfo,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isInputObjectType,
  isListType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { badUserInputError } from './errors.js';
import { memoByDocument } from './memo-by-document.js';

/** The most values any list argument may hold (ids, types, positions): far above what a question needs. */
export const MAX_LIST_ITEMS = 50;
/** The longest id: ids are slugs of a few words (`rustem-umerov`). */
export const MAX_ID_LENGTH = 200;

/**
 * Checks one argument value against the rules every argument of its type follows: an ID is not
 * blank and not longer than any slug; a list holds at most MAX_LIST_ITEMS values. `name` is how
 * the message names it (`filter.actors`).
 */
function checkValue(name: string, type: GraphQLInputType, value: unknown): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = value as unknown[];
    if (items.length > MAX_LIST_ITEMS)
      throw badUserInputError(`'${name}' may list at most ${MAX_LIST_ITEMS} values, got ${items.length}`);
    for (const item of items) checkValue(name, nullable.ofType, item);
    return;
  }
  if (isInputObjectType(nullable)) {
    for (const field of Object.values(nullable.getFields())) {
      checkValue(`${name}.${field.name}`, field.type, (value as Record<string, unknown>)[field.name]);
    }
    return;
  }
  if (getNamedType(type).name === 'ID') {
    const id = String(value);
    if (id.trim() === '') throw badUserInputError(`'${name}' must not be empty`);
    if (id.length > MAX_ID_LENGTH)
      throw badUserInputError(`'${name}' must be at most ${MAX_ID_LENGTH} characters, got ${id.length}`);
  }
}

/**
 * Checks every argument of every field in a document, with variables substituted, before anything
 * runs; returns the first broken rule as BAD_USER_INPUT, or undefined.
 */
export function checkArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  rawVariables: Record<string, unknown> = {},
): GraphQLError | undefined {
  // Variables coerced as execution will coerce them (a lone value for a list becomes a list);
  // values that cannot be coerced are left to execution, which names the rule they break.
  const operation = getOperationAST(document, operationName);
  const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], rawVariables);
  if (coerced.errors) return undefined;
  const variables = coerced.coerced;
  const typeInfo = new TypeInfo(schema);
  let broken: GraphQLError | undefined;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (broken || !field || field.args.length === 0) return;
        try {
          const values = getArgumentValues(field, node, variables);
          for (const argument of field.args) checkValue(argument.name, argument.type, values[argument.name]);
        } catch (error) {
          broken = error instanceof GraphQLError ? error : badUserInputError(String(error));
        }
      },
    }),
  );
  return broken;
}

/**
 * Applies the argument rules to each operation before it executes, so that no blank id or
 * oversized list ever reaches a resolver or Neo4j, whichever field takes it.
 */
export function useArgumentRules(): Plugin {
  let check: ReturnType<typeof memoByDocument<GraphQLError | undefined>> | undefined;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      // Visiting the document costs as much as the cost model's visit: a repeat is remembered.
      check ??= memoByDocument((document, operationName, variables) =>
        checkArguments(args.schema, document, operationName, variables),
      );
      const broken = check(args.document, args.operationName, args.variableValues ?? {});
      if (broken) setResultAndStopExecution({ errors: [broken] });
    },
  };
}
