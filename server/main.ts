import { createServer } from 'node:http';
import { createApp } from './app.js';
import { ensureClientBuild } from './ensure-client-build.js';
import { ensureSeeded } from './ensure-seeded.js';
import { ensureAuthSchema } from './auth/auth-schema.js';
import { Executor } from './database/executor.js';

/** `npm start`: the database (local or NEO4J_URI), seeded when empty, and the API on PORT. */
async function main(): Promise<void> {
  const log = (message: string) => console.log(`[server] ${message}`);
  // Imported here: a bad setting then ends in the one-line message below, not a stack trace.
  const { serverConfig } = await import('./config.js');
  const { openNeo4j } = await import('../neo4j/connect.js');
  const neo4j = await openNeo4j({ onProgress: (line) => console.log(line) });
  const clientDir = await ensureClientBuild({ log });
  const app = createApp({
    driver: neo4j.driver,
    ...(neo4j.database && { database: neo4j.database }),
    clientDir,
    session: serverConfig.session,
  });
  const server = createServer(app);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal}: shutting down`);
    server.close();
    server.closeAllConnections();
    await neo4j.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await ensureSeeded(neo4j.driver, neo4j.database, log);
  await ensureAuthSchema(new Executor({ driver: neo4j.driver, ...(neo4j.database && { database: neo4j.database }) }));
  server.once('error', async (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `server: port ${serverConfig.port} is taken; set PORT to another port`
        : `server: ${error.message}`,
    );
    await neo4j.close();
    process.exit(1);
  });
  server.listen(serverConfig.port, '127.0.0.1', () => {
    log(`the graph is served at http://localhost:${serverConfig.port}/graphql (GraphiQL in a browser)`);
  });
}

main().catch((error: unknown) => {
  console.error(`server: failed to start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exit(1);
});
