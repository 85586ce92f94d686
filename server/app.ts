import { createYoga, type YogaServerInstance } from 'graphql-yoga';
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
import { useEventsExport } from './events-export.js';
import type { RequestContext } from './request-context.js';
import { useArgumentRules } from './argument-rules.js';
import { DEFAULT_SERVER_CONFIG } from './config.js';
import { useCostLimit } from './operation-cost.js';
import { useSupportedOperationTypes } from './operation-types.js';
import { useSafeErrors } from './safe-errors.js';
import { useHealthChecks } from './health.js';
import { useNoIntrospection } from './introspection.js';
import { silentLogger, type Logger } from './observability/logger.js';
import { createMetrics, type Metrics } from './observability/metrics.js';
import { useMetricsEndpoint } from './observability/metrics-endpoint.js';
import { useRequestLog } from './observability/request-log.js';
import { createSchema } from './schema.js';
import { createDatasetGate } from './dataset-gate.js';
import { createRequestAuth, readCredentials } from './auth/request-auth.js';
import { ANONYMOUS_ROLE } from './cache/cache-key.js';
import { DEFAULT_SESSION_SETTINGS, type SessionSettings } from './auth/session-settings.js';
import { useAuth } from './auth/use-auth.js';
import { useTrustedDocuments, type TrustedDocumentsOptions } from './trusted-documents.js';
import { readManifest } from './operation-manifest.js';

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
  /** The most an operation may cost (`server/operation-cost.ts`); the configured default otherwise. */
  maxCost?: number;
  /** Serve GraphiQL to browsers at `/graphql` (the configured default otherwise). */
  graphiql?: boolean;
  /** Answer introspection queries (the configured default otherwise). */
  introspection?: boolean;
  /** Origins whose pages may call the API from a browser; none means same-origin only. */
  corsOrigins?: readonly string[];
  /** Where request lines and unexpected errors are logged; silent by default. */
  logger?: Logger;
  /** The metrics served at `/metrics`; a fresh set by default. */
  metrics?: Metrics;
  /** After Neo4j could not be reached, how long queries fail at once before one is tried again. */
  retryAfterMs?: number;
  /** How sign-in sessions behave. */
  session?: SessionSettings;
  /** Operations known by id, and whether text is accepted too; by default, those of `clientDir`'s build, and text. */
  trustedDocuments?: TrustedDocumentsOptions;
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
  maxCost = DEFAULT_SERVER_CONFIG.maxCost,
  graphiql = DEFAULT_SERVER_CONFIG.graphiql,
  introspection = DEFAULT_SERVER_CONFIG.introspection,
  corsOrigins = DEFAULT_SERVER_CONFIG.corsOrigins,
  logger = silentLogger,
  metrics = createMetrics(),
  retryAfterMs,
  responseCache = { store: new ResponseStore({ maxBytes: DEFAULT_RESPONSE_CACHE_MB * 2 ** 20 }) },
  session = DEFAULT_SESSION_SETTINGS,
  trustedDocuments = {
    manifest: clientDir ? readManifest(clientDir) : {},
    allowArbitrary: DEFAULT_SERVER_CONFIG.arbitraryOperations,
  },
}: AppOptions): App {
  // The gate reads the dataset's state through the executor it guards, bypassing itself.
  const gate = { pass: async () => {} };
  const executor = new Executor({
    driver,
    ...(database && { database }),
    ...(onQuery && { onQuery }),
    ...(retryAfterMs !== undefined && { retryAfterMs }),
    onQueryDone: (seconds, outcome) => metrics.queryDuration.observe({ outcome }, seconds),
    onSessions: (change) => metrics.sessionsInUse.inc(change),
    beforeRead: () => gate.pass(),
  });
  gate.pass = createDatasetGate(executor);
  // Apart from `executor` so that tests counting the resolvers' queries do not count revision reads.
  const revisions = new Executor({
    driver,
    ...(database && { database }),
    ...(retryAfterMs !== undefined && { retryAfterMs }),
  });
  return createYoga<Record<string, never>, RequestContext>({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    // Yoga's own liveness endpoint stays for existing probes; /health/* answer for the database too.
    healthCheckEndpoint: '/alive',
    landingPage: false,
    // Replaced by useRequestBodyLimit, which costs nothing for a body that declares its length.
    maxRequestBodySize: false,
    graphiql: graphiql && GRAPHIQL_OPTIONS,
    // Same-origin only unless origins are listed; credentials only ever for a listed origin.
    cors: (request) => {
      const origin = request.headers.get('origin');
      return origin !== null && corsOrigins.includes(origin)
        ? { origin: [origin], credentials: true, methods: ['GET', 'POST'] }
        : false;
    },
    logging: logErrors ? logger : false,
    context: ({ request }) => ({ executor, request, session, auth: createRequestAuth(executor, request) }),
    plugins: [
      useRequestLog({ logger, metrics }),
      useMetricsEndpoint({ metrics }),
      useHealthChecks({ executor, metrics }),
      useRequestBodyLimit(),
      useTrustedDocuments(trustedDocuments),
      useSafeErrors(),
      useOperationLimits(),
      useSupportedOperationTypes(),
      ...(introspection ? [] : [useNoIntrospection()]),
      // Before execution: both price and check the request with its variables, and stop it early.
      useArgumentRules(),
      useCostLimit({ maxCost }),
      useAuth(),
      // Before the executors, so that a cached answer stops execution before it starts.
      responseCache &&
        useResponseCache({
          // Requests that carry credentials may ask who they are: their answers are never shared.
          roleOf: ({ request }) => (readCredentials(request) ? null : ANONYMOUS_ROLE),
          ...responseCache,
          readRevision: shareRead(() => readRevision(revisions)),
        }),
      ...useCompiledExecution(),
      useEventsExport({ executor }),
      clientDir && isClientBuild(clientDir) ? useClientAssets({ dir: clientDir }) : useLandingPage(),
    ],
  });
}
