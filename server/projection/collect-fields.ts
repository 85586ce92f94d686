import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  isAbstractType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** What the compiler needs from a request to read its selection sets. */
export interface SelectionContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

/**
 * Flattens a selection set for one concrete type into response key → field nodes, following
 * fragments whose type condition applies and honouring @skip/@include, as graphql-js does.
 */
export function collectFields(
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  context: SelectionContext,
  fields = new Map<string, FieldNode[]>(),
  visitedFragments = new Set<string>(),
): Map<string, FieldNode[]> {
  for (const selection of selectionSet.selections) {
    if (!isIncluded(selection, context)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      fields.set(key, [...(fields.get(key) ?? []), selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition?.name.value;
      if (condition === undefined || appliesTo(condition, type, context.schema)) {
        collectFields(type, selection.selectionSet, context, fields, visitedFragments);
      }
    } else {
      const name = selection.name.value;
      const fragment = context.fragments[name];
      if (visitedFragments.has(name) || !fragment) continue;
      visitedFragments.add(name);
      if (appliesTo(fragment.typeCondition.name.value, type, context.schema)) {
        collectFields(type, fragment.selectionSet, context, fields, visitedFragments);
      }
    }
  }
  return fields;
}

function appliesTo(condition: string, type: GraphQLObjectType, schema: GraphQLSchema): boolean {
  if (condition === type.name) return true;
  const conditionType = schema.getType(condition);
  return conditionType !== undefined && isAbstractType(conditionType) && schema.isSubType(conditionType, type);
}

function isIncluded(
  node: { directives?: readonly import('graphql').DirectiveNode[] },
  context: SelectionContext,
): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, context.variableValues);
  if (skip?.['if'] === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, context.variableValues);
  return include?.['if'] !== false;
}

/** Merges the sub-selections of every node of one response key (the same field asked twice). */
export function mergeSelectionSets(nodes: readonly FieldNode[]): SelectionSetNode | undefined {
  const selections = nodes.flatMap((node) => node.selectionSet?.selections ?? []);
  return selections.length > 0 ? { kind: Kind.SELECTION_SET, selections } : undefined;
}
