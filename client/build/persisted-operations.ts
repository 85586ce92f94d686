import type { Plugin } from 'vite';
import { MANIFEST_FILE, type OperationManifest } from '../../server/operation-manifest.js';
import * as queries from '../src/api/queries.js';
import type { Operation } from '../src/api/request.js';

function isOperation(value: unknown): value is Operation<unknown, unknown> {
  return typeof value === 'object' && value !== null && 'text' in value && 'id' in value;
}

/** Every operation a module exports, alone or in a record of operations (such as ENTITY_DETAIL). */
export function listOperations(module: Record<string, unknown>): Operation<unknown, unknown>[] {
  return Object.values(module).flatMap((value) =>
    isOperation(value) ? [value] : Object.values(value as Record<string, unknown>).filter(isOperation),
  );
}

/** The client's operations, each text under the id the client sends for it. */
export function toManifest(operations: readonly Operation<unknown, unknown>[]): OperationManifest {
  return Object.fromEntries(operations.map((operation) => [operation.id, operation.text]));
}

/**
 * Writes the client's operations (`client/src/api/queries.ts`) beside the build's `index.html`: the
 * server that serves this build accepts them by id (and only them, when so configured).
 */
export function persistOperations(): Plugin {
  return {
    name: 'persisted-operations',
    apply: 'build',
    generateBundle() {
      const manifest = toManifest(listOperations(queries));
      this.emitFile({ type: 'asset', fileName: MANIFEST_FILE, source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}
