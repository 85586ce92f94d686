import { Kind, parse, type DefinitionNode, type DocumentNode } from 'graphql';
import * as queries from '../../client/src/api/queries.js';
import type { Operation } from '../../client/src/api/request.js';

const isOperation = (value: unknown): value is Operation<unknown, unknown> =>
  typeof value === 'object' && value !== null && 'text' in value && 'name' in value;

/** Every named operation the client sends: the exports of its queries module, and those of its tables. */
export function listClientOperations(): Operation<unknown, unknown>[] {
  return Object.values(queries).flatMap((value: unknown) =>
    isOperation(value) ? [value] : Object.values(value as Record<string, unknown>).filter(isOperation),
  );
}

/**
 * The client's operations as one document for the code generator: each operation carries the
 * fragments it spreads, so a fragment shared by several appears once.
 */
export function toClientDocument(operations: Operation<unknown, unknown>[]): DocumentNode {
  const definitions = new Map<string, DefinitionNode>();
  for (const operation of operations) {
    for (const definition of parse(operation.text).definitions) {
      const name = 'name' in definition && definition.name ? definition.name.value : operation.name;
      const key = `${definition.kind === Kind.FRAGMENT_DEFINITION ? 'fragment' : 'operation'} ${name}`;
      if (!definitions.has(key)) definitions.set(key, definition);
    }
  }
  return { kind: Kind.DOCUMENT, definitions: [...definitions.values()] };
}
