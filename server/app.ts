import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { Executor, type ExecutorOptions } from './database/executor.js';
import { useOperationLimits } from './armor.js';
import { useRequestBodyLimit } from './request-body-limit.js';
import { useCompiledExecution } from './execution.js';
import { isClientBuild, useClientAssets } from './client-assets.js';
import { GRAPHIQL_OPTIONS } from './graphiql-defaults.js';
import { useLandingPage } from './landing-page.js';
import type { RequestContext } from './request-context.js';
import { createSchema } from './schema.js';
import { createDatasetGate } from './dataset-gate.js';
import { useHealth } from './health.js';
import { createRequestAuth } from './auth/request-auth.js';
import { DEFAULT_SESSION_SETTINGS, type SessionSettings } from './auth/session-settings.js';
import { useAuth } from './auth/use-auth.js';

export interface AppOptions {
  driver: Driver;
  database?: string;
  /** Observes every database round trip (tests count them). */
  onQuery?: ExecutorOptions['onQuery'];
  /** Log unexpected errors (masked in responses) on the server; on by default. */
  logErrors?: boolean;
  /** A production build of the web client to serve at `/`, in place of the landing page when it exists. */
  clientDir?: string;
  /** How sign-in sessions behave. */
  session?: SessionSettings;
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
  session = DEFAULT_SESSION_SETTINGS,
}: AppOptions): App {
  // The gate reads the dataset's state through the executor it guards, bypassing itself.
  const gate = { pass: async () => {} };
  const executor = new Executor({
    driver,
    ...(database && { database }),
    ...(onQuery && { onQuery }),
    beforeRead: () => gate.pass(),
  });
  gate.pass = createDatasetGate(executor);
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
    context: ({ request }) => ({ executor, request, session, auth: createRequestAuth(executor, request) }),
    plugins: [
      useRequestBodyLimit(),
      useOperationLimits(),
      useAuth(),
      ...useCompiledExecution(),
      clientDir && isClientBuild(clientDir) ? useClientAssets({ dir: clientDir }) : useLandingPage(),
      useHealth({ executor }),
    ],
  });
}
