import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from './errors.js';

/**
 * Refuses an operation whose type (`query`, `mutation`, `subscription`) the schema does not define,
 * as a validation error (HTTP 400), instead of letting execution fail on it as an internal error.
 * The schema decides: once it has mutations, mutations pass.
 */
export const supportedOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    if (schema.getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(`This API has no ${node.operation} operations; send a query`, {
        nodes: node,
        extensions: { code: ErrorCode.OperationNotSupported },
      }),
    );
  },
});

/** The rule as a yoga plugin. */
export function useSupportedOperationTypes(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(supportedOperationTypesRule);
    },
  };
}
