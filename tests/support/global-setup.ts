import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { neo4jConfig } from '../../neo4j/config.js';
import { startLocalNeo4j } from '../../neo4j/local-server.js';

/** Where the suite's Neo4j listens; tests read it with `inject('neo4j')`. */
export interface TestNeo4j {
  uri: string;
  username: string;
  password: string | undefined;
  database: string | undefined;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/**
 * Starts a throwaway local Neo4j (free port, temporary data directory) for the whole suite, or uses
 * NEO4J_URI when set. (The browser the client's tests drive is checked by those tests alone.)
 * The tests reset the database they are given: never point them at real data.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (neo4jConfig.uri) {
    project.provide('neo4j', {
      uri: neo4jConfig.uri,
      username: neo4jConfig.username,
      password: neo4jConfig.password,
      database: neo4jConfig.database,
    });
    return undefined;
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'peace-talks-test-neo4j-'));
  const server = await startLocalNeo4j({
    ...neo4jConfig.local,
    boltPort: 0,
    dataDir: path.join(dataDir, 'data'),
    passwordFile: path.join(dataDir, 'password'),
    heap: '768m',
    onProgress: (line) => console.log(line),
  });
  project.provide('neo4j', {
    uri: server.uri,
    username: server.username,
    password: server.password,
    database: undefined,
  });
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
