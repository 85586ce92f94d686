import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { ResponseStore } from './cache/response-store.js';
import { ensureClientBuild } from './ensure-client-build.js';
import { ensureSeeded } from './ensure-seeded.js';
import { createLogger, type Logger } from './observability/logger.js';
import { createMetrics } from './observability/metrics.js';
import { closeGracefully } from './shutdown.js';
import { parseCli } from '../tools/cli.js';
import { leaveSignalsToApp } from '../neo4j/process-guard.js';
import { ensureAuthSchema } from './auth/auth-schema.js';
import { ensureChangeSchema } from './mutations/change-schema.js';
import { Executor } from './database/executor.js';
import { MANIFEST_FILE, readManifest } from './operation-manifest.js';

/**
 * `npm start` and `npm run serve`: the database (local and supervised, or NEO4J_URI), seeded when
 * empty, and the API on HOST:PORT; on SIGTERM or SIGINT, a graceful stop.
 */
async function main(): Promise<void> {
  parseCli({
    command: 'npm start --',
    summary:
      'Serves the graph: Neo4j (local, or NEO4J_URI), seeded when empty, and the API. Settings: README, Settings.',
    options: {},
  });
  // Imported here: a bad setting then ends in the one-line message below, naming the variable.
  const { readConfig } = await import('./config.js');
  const config = readConfig();
  const logger = createLogger(config.server.log);
  const { openNeo4j } = await import('../neo4j/connect.js');
  const neo4j = await openNeo4j({ supervise: true, onProgress: (line) => logger.info(line) });
  const log = (message: string) => logger.info(message);
  // The client's build also holds the manifest of its operations, which a trusted-documents server needs.
  const { serveClient, arbitraryOperations } = config.server;
  const clientBuild = serveClient || !arbitraryOperations ? await ensureClientBuild({ log }) : undefined;
  const manifest = clientBuild ? readManifest(clientBuild) : {};
  if (!arbitraryOperations && Object.keys(manifest).length === 0) {
    throw new Error(
      `ARBITRARY_OPERATIONS=false, but the client's build has no ${MANIFEST_FILE} to take operations from: run \`npm run build\``,
    );
  }
  const clientDir = serveClient ? clientBuild : undefined;
  const app = createApp({
    driver: neo4j.driver,
    ...(neo4j.database && { database: neo4j.database }),
    ...(clientDir && { clientDir }),
    maxCost: config.server.maxCost,
    graphiql: config.server.graphiql,
    introspection: config.server.introspection,
    corsOrigins: config.server.corsOrigins,
    logger,
    metrics: createMetrics({ processMetrics: true }),
    responseCache: config.server.responseCacheBytes > 0 && {
      store: new ResponseStore({ maxBytes: config.server.responseCacheBytes }),
    },
    session: config.server.session,
    trustedDocuments: { manifest, allowArbitrary: arbitraryOperations },
  });
  const server = createServer(app);
  handleShutdown({ server, logger, timeoutMs: config.server.shutdownTimeoutMs, closeDatabase: neo4j.close });

  await ensureSeeded(neo4j.driver, neo4j.database, log);
  const schemaExecutor = new Executor({ driver: neo4j.driver, ...(neo4j.database && { database: neo4j.database }) });
  await ensureAuthSchema(schemaExecutor);
  await ensureChangeSchema(schemaExecutor);
  server.once('error', async (error: NodeJS.ErrnoException) => {
    logger.fatal(
      error.code === 'EADDRINUSE'
        ? `port ${config.server.port} is taken; set PORT to another port`
        : `server: ${error.message}`,
    );
    await neo4j.close();
    process.exit(1);
  });
  const { host, port } = config.server;
  server.listen(port, host, () => {
    const bound = (server.address() as AddressInfo).port;
    const shown = host.includes(':') ? `[${host}]` : host;
    logger.info(
      {
        host,
        port: bound,
        graphiql: config.server.graphiql,
        introspection: config.server.introspection,
        arbitraryOperations,
      },
      `the graph is served at http://${shown}:${bound}/graphql`,
    );
  });
}

/** On SIGTERM or SIGINT: stop accepting, let requests in flight finish, close the driver, stop the local Neo4j. */
function handleShutdown({
  server,
  logger,
  timeoutMs,
  closeDatabase,
}: {
  server: ReturnType<typeof createServer>;
  logger: Logger;
  timeoutMs: number;
  closeDatabase: () => Promise<void>;
}): void {
  // The local Neo4j must outlive the requests in flight: it stops last, below.
  leaveSignalsToApp();
  let closing = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (closing) {
      logger.warn(`${signal} again: stopping at once`);
      process.exit(1);
    }
    closing = true;
    logger.info(`${signal}: no new requests; finishing those in flight (up to ${timeoutMs / 1000} s)`);
    const outcome = await closeGracefully(server, { timeoutMs });
    if (outcome === 'cut') logger.warn('requests still in flight were cut off');
    await closeDatabase();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void shutdown(signal));
  process.on('SIGTERM', (signal) => void shutdown(signal));
}

main().catch((error: unknown) => {
  console.error(
    `server: failed to start: ${error instanceof Error ? error.message.split('\n').join('; ') : String(error)}`,
  );
  process.exit(1);
});
