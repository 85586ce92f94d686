import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { computeDatasetVersion } from '../../seed/model/dataset-version.js';
import { seedDatabase } from '../../seed/seed-database.js';
import { createApp } from '../../server/app.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

describe('the HTTP endpoints beside GraphQL', () => {
  let driver: Driver;
  let deadDriver: Driver;

  beforeAll(async () => {
    driver = connectTestDriver();
    await seedDatabase({ driver, ...testDatabase(), data: 'tests/fixtures/minimal' });
    // Port 9 (discard) on loopback has no Bolt server: a database that does not answer.
    deadDriver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'unused'), {
      connectionTimeout: 1000,
      maxTransactionRetryTime: 0,
    });
  });
  afterAll(async () => {
    await driver.close();
    await deadDriver.close();
  });

  test('GET /health says the database is up and names the dataset it serves', async () => {
    const response = await createApp({ driver, ...testDatabase() }).fetch('http://localhost/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      neo4j: 'up',
      dataset: {
        version: await computeDatasetVersion('tests/fixtures/minimal'),
        revision: expect.any(Number),
        facts: 14,
      },
      seed: 'idle',
      seedPhase: null,
    });
  });

  test('GET /health answers 503 when the database does not', async () => {
    const response = await createApp({ driver: deadDriver, logErrors: false }).fetch('http://localhost/health');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'degraded', neo4j: 'down' });
  });

  test('GET / links to GraphiQL', async () => {
    const response = await createApp({ driver }).fetch('http://localhost/');
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('<a href="/graphql">GraphiQL</a>');
  });

  test('GET /graphql in a browser serves GraphiQL', async () => {
    const response = await createApp({ driver }).fetch('http://localhost/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('GraphiQL');
  });

  test('a query while the database is down fails with DATABASE_UNAVAILABLE', async () => {
    const app = createApp({ driver: deadDriver, logErrors: false });
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ person(id: "rustem-umerov") { name } }' }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });
});
