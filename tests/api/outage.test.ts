import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { DRIVER_CONFIG } from '../../neo4j/connect.js';
import { START_TIMEOUT_MS } from '../../neo4j/local-server.js';
import { superviseLocalNeo4j, type SupervisedNeo4j } from '../../neo4j/supervise.js';
import { seedDatabase } from '../../seed/seed-database.js';
import { createApp, type App } from '../../server/app.js';
import { postGraphQL } from '../support/graphql.js';
import { privateNeo4jFolder } from '../support/private-neo4j.js';

/**
 * The API outlives its database: this suite runs its own supervised Neo4j so it can kill the JVM
 * under a running app, without disturbing the shared one, and watch it come back.
 */
describe('when the local Neo4j dies', () => {
  let dir: string;
  let server: SupervisedNeo4j;
  let driver: Driver;
  let app: App;
  const progress: string[] = [];

  beforeAll(async () => {
    const folder = await privateNeo4jFolder('outage-neo4j-');
    dir = folder.dir;
    server = await superviseLocalNeo4j({
      ...folder.options,
      // The restart waits out a request's retries and its last connection attempt, so that the
      // request below meets Neo4j down: restarted after 200 ms, a JVM could be back within them,
      // and once in a full run that request got an answer.
      initialBackoffMs: (DRIVER_CONFIG.maxTransactionRetryTime ?? 0) + (DRIVER_CONFIG.connectionTimeout ?? 0),
      onProgress: (line) => progress.push(line),
    });
    driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password), DRIVER_CONFIG);
    await seedDatabase({ driver, data: 'tests/fixtures/minimal' });
    app = createApp({ driver, logErrors: false });
  }, START_TIMEOUT_MS + 120_000);
  afterAll(async () => {
    await driver.close();
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  });

  test("its store files are its user's alone", async () => {
    const shared: string[] = [];
    for (const entry of await readdir(path.join(dir, 'data'), { recursive: true, withFileTypes: true })) {
      const file = path.join(entry.parentPath, entry.name);
      // A file another process has just removed (a rotated log) is nobody's to read.
      const mode = (await stat(file).catch(() => undefined))?.mode;
      if (mode !== undefined && (mode & 0o077) !== 0) shared.push(`${file} ${(mode & 0o777).toString(8)}`);
    }
    expect(shared).toEqual([]);
    expect((await stat(path.join(dir, 'data'))).mode & 0o777).toBe(0o700);
  });

  const askPerson = () =>
    postGraphQL<{ person: { name: string } }>(app, '{ person(id: "rudolf-rassendyll") { name } }');

  test(
    'requests fail with DATABASE_UNAVAILABLE, the JVM is restarted with a log line, and the API recovers with no restart',
    async () => {
      expect((await askPerson()).data).toEqual({ person: { name: 'Rudolf Rassendyll' } });

      const killed = server.current();
      process.kill(killed.pid!, 'SIGKILL');
      await killed.exited;
      const down = await askPerson();
      expect(down.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'DATABASE_UNAVAILABLE' }) }),
      ]);
      expect((await app.fetch('http://localhost/health/ready')).status).toBe(503);

      await vi.waitFor(
        async () => {
          const back = await askPerson();
          expect(back.data).toEqual({ person: { name: 'Rudolf Rassendyll' } });
        },
        { timeout: START_TIMEOUT_MS, interval: 250 },
      );
      // The driver may reach the new JVM a moment before its start resolves and is counted.
      await vi.waitFor(() => expect(server.restarts()).toBe(1), { timeout: 60_000, interval: 100 });
      expect(progress).toContainEqual(expect.stringMatching(/the local Neo4j exited .*; restarting in [\d.]+ s/));
      expect((await app.fetch('http://localhost/health/ready')).status).toBe(200);
    },
    START_TIMEOUT_MS + 60_000,
  );
});
