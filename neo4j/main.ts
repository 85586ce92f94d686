/**
 * `npm run neo4j`: runs the project's local Neo4j in the foreground until Ctrl-C,
 * e.g. to explore it with a Neo4j client while working on the seed or the server.
 */
import path from 'node:path';
import { parseCli } from '../tools/cli.js';
import { Neo4jRuntimeError } from './errors.js';
import { startLocalNeo4j } from './local-server.js';

parseCli({
  command: 'npm run neo4j --',
  summary: 'Runs the local Neo4j in the foreground until Ctrl-C (settings: NEO4J_* variables, see the README).',
  options: {},
});

try {
  // Imported here so that a bad environment variable ends in the one-line message below.
  const { neo4jConfig, repoRoot } = await import('./config.js');
  const { local } = neo4jConfig;
  if (neo4jConfig.uri) {
    console.error(`[neo4j] note: NEO4J_URI is set, so the project uses ${neo4jConfig.uri}, not this server.`);
  }
  const server = await startLocalNeo4j(local);
  const shown = (file: string) => (file.startsWith(repoRoot) ? path.relative(repoRoot, file) : file);
  console.log(`Neo4j is running.
  bolt URI:      ${server.uri}
  username:      ${server.username}
  password file: ${shown(local.passwordFile)}
  data dir:      ${shown(local.dataDir)}
Press Ctrl-C to stop.`);

  let stopping: Promise<void> | undefined;
  const shutdown = () => {
    if (stopping) return;
    console.log('\n[neo4j] stopping…');
    stopping = server.stop();
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  const code = await server.exited;
  if (stopping) {
    await stopping;
    process.exit(0);
  }
  console.error(`[neo4j] the local Neo4j exited unexpectedly (code ${code}).`);
  process.exit(1);
} catch (error) {
  // Known failures are one clear line (plus the JVM's output where it helps); others get a stack.
  console.error(error instanceof Neo4jRuntimeError ? `[neo4j] ${error.message}` : error);
  process.exit(1);
}
