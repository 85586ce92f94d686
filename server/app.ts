import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { Executor, type ExecutorOptions } from './database/executor.js';
import { useOperationLimits } from './armor.js';
import { useRequestBodyLimit } from './request-body-limit.js';
import { useCompiledExecution } from './execution.js';
import { isClientBuild, useClientAssets } from './client-assets.js';
import { GRAPHIQL_OPTIONS } from './graphiql-defaults.js';
import { useLandingPage } from './landing-page.js';
import { useEventsExport } from './events-export.js';
import type { RequestContext } from './request-context.js';
import { createSchema } from './schema.js';

export interface AppOptions {
  driver: Driver;
  database?: string;
  /** Observes every database round trip (tests count them). */
  onQuery?: ExecutorOptions['onQuery'];
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
export function createApp({ driver, database, onQuery, logErrors = true, clientDir }: AppOptions): App {
  const executor = new Executor({ driver, ...(database && { database }), ...(onQuery && { onQuery }) });
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
      ...useCompiledExecution(),
      useEventsExport({ executor }),
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
