import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from './errors.js';
import type { OperationManifest } from './operation-manifest.js';

export interface TrustedDocumentsOptions {
  /** The operations known by id. */
  manifest: OperationManifest;
  /** Accept operations sent as text too (a public API); false: only the manifest's, by id. */
  allowArbitrary: boolean;
}

// GraphQL over HTTP answers a request it cannot run with 400; a code says which rule it broke.
const refused = (message: string, code: string) => ({ message, extensions: { code, http: { status: 400 } } });

/**
 * Trusted documents: an operation may be sent by its id (`extensions.persistedQuery.sha256Hash`, as
 * the web client does) when the manifest holds it, and by its text only where arbitrary operations
 * are allowed. Yoga's plugin swaps the id for the text before parsing, so limits, prices and the
 * response cache (keyed by the text) treat both forms alike.
 */
export function useTrustedDocuments({ manifest, allowArbitrary }: TrustedDocumentsOptions): Plugin {
  return usePersistedOperations({
    allowArbitraryOperations: allowArbitrary,
    getPersistedOperation: (id) => (Object.hasOwn(manifest, id) ? (manifest[id] ?? null) : null),
    customErrors: {
      notFound: refused(
        'Unknown operation id: this server knows only the operations of the web client it was built with',
        ErrorCode.OperationNotPersisted,
      ),
      persistedQueryOnly: refused(
        "This server runs only the web client's operations, sent by id (extensions.persistedQuery.sha256Hash)",
        ErrorCode.OperationNotTrusted,
      ),
      keyNotFound: refused('Must provide a query, or the id of a known operation', ErrorCode.BadRequest),
    },
  });
}
