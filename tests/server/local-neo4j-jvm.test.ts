import { rm } from 'node:fs/promises';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DRIVER_CONFIG } from '../../neo4j/connect.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-server.js';
import { privateNeo4jFolder } from '../support/private-neo4j.js';

// The project's own Neo4j, started here rather than taken from the suite (which may be NEO4J_URI):
// what is checked is the JVM that `npm start` launches, asked through Neo4j itself.
describe("the local Neo4j's JVM", () => {
  let dir: string;
  let heap: string;
  let server: LocalNeo4j;

  beforeAll(async () => {
    const folder = await privateNeo4jFolder('peace-talks-jvm-');
    dir = folder.dir;
    heap = folder.options.heap;
    server = await startLocalNeo4j({ ...folder.options, pageCache: '64m' });
  });
  afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  test('inlines only small compiled methods, which made a first load a fifth cheaper', async () => {
    const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password), DRIVER_CONFIG);
    try {
      const { records } = await driver.executeQuery(
        "CALL dbms.queryJmx('java.lang:type=Runtime') YIELD attributes RETURN attributes.InputArguments.value AS arguments",
      );
      const jvmArguments = records[0]?.get('arguments') as string[];
      expect(jvmArguments).toContain('-XX:InlineSmallCode=1000');
      expect(jvmArguments).toContain(`-Xms${heap}`);
    } finally {
      await driver.close();
    }
  });
});
