import { getOperationAST, type ExecutionResult } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import type { GraphRevision } from '../../seed/graph/dataset-info.js';
import { formatRevision } from '../database/graph-revision.js';
import { ANONYMOUS_ROLE, matchesEntityTag, toCacheKey, toEntityTag } from './cache-key.js';
import type { ResponseStore } from './response-store.js';

export interface ResponseCacheOptions {
  store: ResponseStore;
  /** Reads the graph's current revision from the database; null when the graph has none. */
  readRevision: () => Promise<GraphRevision | null>;
  /** The caller's role, from the request's context (anonymous when nobody is signed in); null: never cache. */
  roleOf?: (context: YogaInitialContext) => string | null;
}

/** How browsers may reuse an answer: keep it, but ask again each time (a 304 costs no body). */
export const CACHE_CONTROL = 'no-cache';

/** A result whose serialisation is already known: yoga sends what `stringify` returns. */
type SerialisedResult = ExecutionResult & { stringify: () => string };

function toSerialisedResult(body: string): SerialisedResult {
  return { stringify: () => body };
}

/** The role a context carries once sign-in sets one; anonymous until then. */
function readContextRole(context: YogaInitialContext): string {
  const role = (context as { role?: unknown }).role;
  return typeof role === 'string' ? role : ANONYMOUS_ROLE;
}

/**
 * Answers a query from memory when the graph has not changed since the same operation, variables
 * and role were last answered, and never otherwise: every cached query reads the graph's revision
 * from Neo4j before it is answered (one read shared by the requests that arrive together), so a
 * read that starts after a write committed, in this process or another, never gets an older answer.
 * A query is cached from its second ask: the first runs as without a cache, with no revision read.
 * Runs after validation and the operation limits, so a refused operation reads nothing.
 *
 * GET requests asked before get a weak ETag of the key and revision and `Cache-Control: no-cache`,
 * and `If-None-Match` with the current tag gets 304.
 */
export function useResponseCache({ store, readRevision, roleOf = readContextRole }: ResponseCacheOptions): Plugin {
  const tags = new WeakMap<Request, { tag: string; notModified: boolean }>();
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return undefined;
      const context = args.contextValue as YogaInitialContext;
      const { request, params } = context;
      const role = roleOf(context);
      if (role === null) return undefined;
      const key = toCacheKey({
        query: params.query ?? '',
        operationName: args.operationName ?? params.operationName,
        variables: params.variables,
        role,
      });
      const revalidating = request.headers.has('if-none-match');
      // A first ask runs as if there were no cache; a client revalidating has asked before.
      if (!store.admit(key) && !revalidating) return undefined;
      let graphRevision: GraphRevision | null;
      try {
        graphRevision = await readRevision();
      } catch {
        // Neo4j did not answer: the query itself will say so, uncached.
        return undefined;
      }
      // Mid-swap, or a graph seeded before revisions: nothing to key on, so nothing is cached.
      if (!graphRevision) return undefined;
      const revision = formatRevision(graphRevision);
      const isGet = request.method === 'GET';
      const tag = isGet ? toEntityTag(key, revision) : undefined;
      if (tag) {
        const notModified = matchesEntityTag(request.headers.get('if-none-match'), tag);
        tags.set(request, { tag, notModified });
        // The client holds an answer of this revision (from any process): nothing to send.
        if (notModified) return setResultAndStopExecution(toSerialisedResult(''));
      }
      const stored = store.get(key, revision);
      if (stored) return setResultAndStopExecution(toSerialisedResult(stored.body));
      return {
        onExecuteDone({ result, setResult }) {
          if (!('data' in result) || result.errors?.length) {
            if (tag) tags.delete(request);
            return;
          }
          const stringify = (result as Partial<SerialisedResult>).stringify ?? JSON.stringify;
          const body = stringify(result);
          // The revision was read before the query ran, so the answer is at least that recent.
          store.set(key, { revision, body });
          setResult(toSerialisedResult(body));
        },
      };
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      const tagged = tags.get(request);
      if (!tagged || response.status !== 200) return;
      if (tagged.notModified) {
        const headers = { etag: tagged.tag, 'cache-control': CACHE_CONTROL };
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      response.headers.set('etag', tagged.tag);
      response.headers.set('cache-control', CACHE_CONTROL);
    },
  };
}
