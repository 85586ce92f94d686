/**
 * The contenders' process: our server, the floor and the peer, each on its own free port of
 * 127.0.0.1. It runs apart from the load generator so that the two never share an event loop.
 * Configured by the BENCH_CONTENDERS environment variable (JSON), stopped when stdin closes.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { DRIVER_CONFIG } from '../../neo4j/connect.js';
import { createApp } from '../../server/app.js';
import { createFloorHandler, type CapturedQuery } from './floor.js';
import { createPeerYoga } from './peer.js';
import { READY_PREFIX, type ContendersConfig } from './protocol.js';

function listen(handler: RequestListener): Promise<Server> {
  const server = createServer(handler);
  // Keep-alive longer than any run, so autocannon's connections are never dropped mid-run.
  server.keepAliveTimeout = 120_000;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main(): Promise<void> {
  const config = JSON.parse(process.env.BENCH_CONTENDERS ?? '') as ContendersConfig;
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    ...DRIVER_CONFIG,
    maxConnectionPoolSize: 200,
  });
  const captured = new Map<string, CapturedQuery[]>();
  let capturing: CapturedQuery[] | undefined;
  const app = createApp({
    driver,
    ...(config.database && { database: config.database }),
    onQuery: (query, parameters) => capturing?.push({ query, parameters }),
    // The query path itself is measured here; the cache has its own contenders (bench/cache/).
    responseCache: false,
  });
  // Ask each question once to capture the Cypher (and parameters) our server sends for it.
  for (const operation of config.operations) {
    capturing = [];
    const response = await app.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(operation.ours),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`${operation.name}: ${JSON.stringify(body.errors)}`);
    captured.set(operation.name, capturing);
  }
  capturing = undefined;

  const servers = {
    ours: await listen(app),
    floor: await listen(createFloorHandler(driver, config.database, captured)),
    peer: await listen(await createPeerYoga(driver, config.database)),
  };
  const ports = Object.fromEntries(
    Object.entries(servers).map(([name, server]) => [name, (server.address() as AddressInfo).port]),
  );
  process.stdout.write(`${READY_PREFIX}${JSON.stringify({ ports, captured: Object.fromEntries(captured) })}\n`);

  process.stdin.resume();
  process.stdin.on('end', () => {
    for (const server of Object.values(servers)) server.closeAllConnections();
    void Promise.all(Object.values(servers).map((server) => new Promise((resolve) => server.close(resolve))))
      .then(() => driver.close())
      .then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(`bench contenders: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
