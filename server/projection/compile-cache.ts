import { Kind, type ASTNode, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo } from 'graphql';
import { ProjectionCompiler } from './compile-projection.js';

/** A compiled projection: Cypher text over `this`, and the parameters it references. */
export interface CompiledProjection {
  cypher: string;
  parameters: Readonly<Record<string, unknown>>;
}

interface Slot {
  fieldNodes: readonly FieldNode[];
  /** The variables used below the root field (arguments, @skip/@include): all the compile reads of them. */
  variables: readonly string[];
  compiled: Map<string, CompiledProjection>;
}

/** Past this many variants of one selection (nested variables that keep changing), start over. */
const MAX_VARIANTS = 64;

/** Keyed by the root field's first node: a parsed document lives in yoga's cache for as long as it is asked. */
const slots = new WeakMap<FieldNode, Slot[]>();

/**
 * Compiles a root field's selection once per document and values of the variables used below the
 * root field: the same question about another id (a root argument) reuses the Cypher. `site` names
 * what `compile` does with the selection (e.g. `Meeting`, or `items of Meeting` for a page): the
 * same string for the same compile. `compile` gets a compiler for this request's fragments and variables.
 */
export function compileOnce(
  info: GraphQLResolveInfo,
  site: string,
  compile: (compiler: ProjectionCompiler) => string,
): CompiledProjection {
  const slot = findSlot(info);
  const key = `${site}\u0000${JSON.stringify(slot.variables.map((name) => info.variableValues[name]))}`;
  let compiled = slot.compiled.get(key);
  if (!compiled) {
    const compiler = new ProjectionCompiler({
      schema: info.schema,
      fragments: info.fragments,
      variableValues: info.variableValues,
    });
    compiled = { cypher: compile(compiler), parameters: compiler.parameters };
    if (slot.compiled.size >= MAX_VARIANTS) slot.compiled.clear();
    slot.compiled.set(key, compiled);
  }
  return compiled;
}

function findSlot(info: GraphQLResolveInfo): Slot {
  const [first] = info.fieldNodes;
  if (!first) throw new Error(`compileOnce: no field nodes for ${info.fieldName}`);
  const candidates = slots.get(first) ?? [];
  // The same root field may be merged with others of its response key, depending on @skip/@include.
  let slot = candidates.find(
    (candidate) =>
      candidate.fieldNodes.length === info.fieldNodes.length &&
      candidate.fieldNodes.every((node, index) => node === info.fieldNodes[index]),
  );
  if (!slot) {
    const below = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    slot = {
      fieldNodes: [...info.fieldNodes],
      variables: [...variablesIn(below, info.fragments)],
      compiled: new Map(),
    };
    slots.set(first, [...candidates, slot]);
  }
  return slot;
}

/** Names of the variables referenced in nodes, following fragment spreads (each fragment once). */
function variablesIn(
  nodes: readonly ASTNode[],
  fragments: Record<string, FragmentDefinitionNode>,
  names = new Set<string>(),
  visited = new Set<string>(),
): Set<string> {
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null || !('kind' in node)) return;
    const ast = node as ASTNode;
    if (ast.kind === Kind.VARIABLE) names.add(ast.name.value);
    if (ast.kind === Kind.FRAGMENT_SPREAD && !visited.has(ast.name.value)) {
      visited.add(ast.name.value);
      walk(fragments[ast.name.value]);
    }
    for (const [key, value] of Object.entries(ast)) if (key !== 'loc') walk(value);
  };
  walk(nodes);
  return names;
}
