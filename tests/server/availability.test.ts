import net, { type AddressInfo, type Socket } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DRIVER_CONFIG } from '../../neo4j/connect.js';
import { createApp } from '../../server/app.js';
import { HEALTH_TIMEOUT_MS } from '../../server/health.js';

/**
 * A database that accepts connections and never answers (a hung server, a dropped packet): the
 * worst case for probes, which must still get an answer in bounded time.
 */
describe('when Neo4j hangs or is gone', () => {
  let blackhole: net.Server;
  const sockets: Socket[] = [];
  let hungDriver: Driver;
  let goneDriver: Driver;

  beforeAll(async () => {
    blackhole = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => blackhole.listen(0, '127.0.0.1', resolve));
    const { port } = blackhole.address() as AddressInfo;
    hungDriver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'unused'), DRIVER_CONFIG);
    // Port 9 (discard) on loopback has no Bolt server: connections are refused.
    goneDriver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'unused'), DRIVER_CONFIG);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await Promise.all([hungDriver.close(), goneDriver.close()]);
    await new Promise((resolve) => blackhole.close(resolve));
  });

  test('/health/live answers at once; /health/ready and /health answer 503 within their bound', async () => {
    const app = createApp({ driver: hungDriver, logErrors: false });
    expect((await app.fetch('http://localhost/health/live')).status).toBe(200);
    for (const path of ['/health/ready', '/health']) {
      const started = performance.now();
      const response = await app.fetch(`http://localhost${path}`);
      // The driver alone would wait its connection timeout (seconds) before giving up.
      expect(performance.now() - started).toBeLessThan(DRIVER_CONFIG.connectionTimeout!);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ neo4j: 'down' });
    }
    expect(HEALTH_TIMEOUT_MS).toBeLessThanOrEqual(1_000);
  });

  test('once Neo4j is known to be down, requests fail with DATABASE_UNAVAILABLE without trying it', async () => {
    let roundTrips = 0;
    const app = createApp({
      driver: goneDriver,
      logErrors: false,
      onQuery: () => (roundTrips += 1),
      retryAfterMs: 60_000,
    });
    const ask = async () => {
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ person(id: "rustem-umerov") { name } }' }),
      });
      return ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors;
    };
    expect((await ask())[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    // At most one round trip finds Neo4j gone (the dataset check before a read may be the one).
    const tried = roundTrips;
    expect(tried).toBeLessThanOrEqual(1);
    for (let index = 0; index < 5; index++) expect((await ask())[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(roundTrips).toBe(tried);
    const health = await app.fetch('http://localhost/health');
    expect(health.status).toBe(503);
  });
});
