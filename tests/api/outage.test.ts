import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DRIVER_CONFIG } from '../../neo4j/connect.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-server.js';
import { seedDatabase } from '../../seed/seed-database.js';
import { createApp, type App } from '../../server/app.js';
import { postGraphQL } from '../support/graphql.js';

/**
 * The API outlives its database: this suite runs its own Neo4j so it can stop and restart it
 * under a running app, without disturbing the shared one.
 */
describe('when Neo4j goes away and comes back', () => {
  let dir: string;
  let server: LocalNeo4j;
  let port: number;
  let driver: Driver;
  let app: App;
  const options = () => ({
    boltPort: port,
    dataDir: path.join(dir, 'data'),
    passwordFile: path.join(dir, 'password'),
    heap: '512m',
    onProgress: () => {},
  });

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'outage-neo4j-'));
    port = 0;
    server = await startLocalNeo4j(options());
    port = Number(new URL(server.uri).port);
    driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password), DRIVER_CONFIG);
    await seedDatabase({ driver, data: 'tests/fixtures/minimal' });
    app = createApp({ driver, logErrors: false });
  });
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

  test('requests fail fast with DATABASE_UNAVAILABLE, and succeed again once it is back, with no restart', async () => {
    expect((await askPerson()).data).toEqual({ person: { name: 'Rudolf Rassendyll' } });

    await server.stop();
    const started = Date.now();
    const down = await askPerson();
    const waited = Date.now() - started;
    expect(down.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'DATABASE_UNAVAILABLE' }) }),
    ]);
    // The driver's own default would retry for 30 s; the API gives up within its retry budget.
    expect(waited).toBeLessThan(15_000);
    const health = await app.fetch('http://localhost/health');
    expect(health.status).toBe(503);

    server = await startLocalNeo4j(options());
    const back = await askPerson();
    expect(back.errors).toBeUndefined();
    expect(back.data).toEqual({ person: { name: 'Rudolf Rassendyll' } });
    expect((await app.fetch('http://localhost/health')).status).toBe(200);
  });
});
