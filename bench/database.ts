import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { neo4jConfig } from '../neo4j/config.js';
import { DRIVER_CONFIG } from '../neo4j/connect.js';
import { startLocalNeo4j } from '../neo4j/local-server.js';

/** A database to benchmark on: its driver, and how to give it back. */
export interface BenchDatabase {
  driver: Driver;
  database?: string;
  uri: string;
  username: string;
  password: string;
  /** Local: a throwaway Neo4j this process started (its JVM can be measured); remote: NEO4J_URI. */
  target: 'local' | 'remote';
  close(): Promise<void>;
}

export interface OpenBenchDatabaseOptions {
  /** Heap of a local Neo4j; the default is the project's own, which the batched seed fits in at every scale. */
  heap: string;
  pageCache: string;
  onProgress: (line: string) => void;
}

/**
 * NEO4J_URI when set (it is emptied by the seed's reset), else a fresh local Neo4j in a temporary
 * directory on a free port, deleted on close, so each scale starts from an empty store.
 */
export async function openBenchDatabase({
  heap,
  pageCache,
  onProgress,
}: OpenBenchDatabaseOptions): Promise<BenchDatabase> {
  if (neo4jConfig.uri) {
    const auth =
      neo4jConfig.password === undefined
        ? neo4j.auth.basic(neo4jConfig.username, '')
        : neo4j.auth.basic(neo4jConfig.username, neo4jConfig.password);
    const driver = neo4j.driver(neo4jConfig.uri, auth, { ...DRIVER_CONFIG, maxConnectionPoolSize: 200 });
    await driver.verifyConnectivity();
    return {
      driver,
      ...(neo4jConfig.database && { database: neo4jConfig.database }),
      uri: neo4jConfig.uri,
      username: neo4jConfig.username,
      password: neo4jConfig.password ?? '',
      target: 'remote',
      close: () => driver.close(),
    };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-neo4j-'));
  const local = await startLocalNeo4j({ boltPort: 0, dataDir, heap, pageCache, onProgress });
  // The pool must exceed the load generator's connections, or requests queue in the driver.
  const driver = neo4j.driver(local.uri, neo4j.auth.basic(local.username, local.password), {
    ...DRIVER_CONFIG,
    maxConnectionPoolSize: 200,
  });
  return {
    driver,
    uri: local.uri,
    username: local.username,
    password: local.password,
    target: 'local',
    close: async () => {
      await driver.close();
      await local.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
