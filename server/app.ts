import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { Executor, type ExecutorOptions } from './database/executor.js';
import { readRevision } from './database/graph-revision.js';
import { useResponseCache, type ResponseCacheOptions } from './cache/response-cache.js';
import { DEFAULT_RESPONSE_CACHE_MB, ResponseStore } from './cache/response-store.js';
import { shareRead } from './cache/shared-read.js';
import { useOperationLimits } from './armor.js';
import { useRequestBodyLimit } from './request-body-limit.js';
import { useCompiledExecution } from './execution.js';
import { isClientBuild, useClientAssets } from './client-assets.js';
import { GRAPHIQL_OPTIONS } from './graphiql-defaults.js';
import { useLandingPage } from './landing-page.js';
import type { RequestContext } from './request-context.js';
import { createSchema } from './schema.js';

export interface AppOptions {
  driver: Driver;
  database?: string;
  /** Observes every database round trip of the resolvers (tests count them), not the cache's revision reads. */
  onQuery?: ExecutorOptions['onQuery'];
  /** The response cache: its store (64 MB by default) and how to read a caller's role; false for none. */
  responseCache?: Pick<ResponseCacheOptions, 'store' | 'roleOf'> | false;
  /** Log unexpected errors (masked in responses) on the server; on by default. */
  logErrors?: boolean;
  /** A production build of the web client to serve at `/`, in place of the landing page when it exists. */
  clientDir?: string;
}

export type App = YogaServerInstance<Record<string, never>, RequestContext>;

/**
 * The composition root: builds the GraphQL server from a driver. It listens on nothing; `main.ts`
 * does, and tests call `app.fetch(...)` in-process.
 */
export function createApp({
  driver,
  database,
  onQuery,
  logErrors = true,
  clientDir,
  responseCache = { store: new ResponseStore({ maxBytes: DEFAULT_RESPONSE_CACHE_MB * 2 ** 20 }) },
}: AppOptions): App {
  const executor = new Executor({ driver, ...(database && { database }), ...(onQuery && { onQuery }) });
  const revisions = new Executor({ driver, ...(database && { database }) });
  return createYoga<Record<string, never>, RequestContext>({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    // Liveness stays at yoga's own endpoint; /health answers for the database too.
    healthCheckEndpoint: '/alive',
    landingPage: false,
    // Replaced by useRequestBodyLimit, which costs nothing for a body that declares its length.
    maxRequestBodySize: false,
    graphiql: GRAPHIQL_OPTIONS,
    logging: logErrors ? 'warn' : false,
    context: () => ({ executor }),
    plugins: [
      useRequestBodyLimit(),
      useOperationLimits(),
      // Before the executors, so that a cached answer stops execution before it starts.
      responseCache && useResponseCache({ ...responseCache, readRevision: shareRead(() => readRevision(revisions)) }),
      ...useCompiledExecution(),
      clientDir && isClientBuild(clientDir) ? useClientAssets({ dir: clientDir }) : useLandingPage(),
      useReadinessCheck({
        endpoint: '/health',
        check: async ({ fetchAPI }) => {
          const neo4j = (await executor.isAvailable()) ? 'up' : 'down';
          return fetchAPI.Response.json(
            { status: neo4j === 'up' ? 'ok' : 'degraded', neo4j },
            { status: neo4j === 'up' ? 200 : 503 },
          );
        },
      }),
    ],
  });
}
