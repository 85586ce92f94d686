/**
 * A process serving our API with its response cache, for the cache benchmark: apart from the load
 * generator and from the other contenders, so its resident memory is the cache's and the server's
 * alone. Configured by BENCH_CACHE_SERVER (JSON); stopped when stdin closes. Besides the API it
 * answers `GET /bench/stats` with the store's counters and the process's memory.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { DRIVER_CONFIG } from '../../neo4j/connect.js';
import { createApp } from '../../server/app.js';
import { ResponseStore } from '../../server/cache/response-store.js';
import { CACHE_SERVER_READY, STATS_PATH, type CacheServerConfig } from './cache-server-protocol.js';

async function main(): Promise<void> {
  const config = JSON.parse(process.env.BENCH_CACHE_SERVER ?? '') as CacheServerConfig;
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    ...DRIVER_CONFIG,
    maxConnectionPoolSize: 200,
  });
  const store = new ResponseStore({ maxBytes: config.maxBytes });
  const app = createApp({
    driver,
    ...(config.database && { database: config.database }),
    logErrors: false,
    responseCache: { store },
  });
  const server = createServer((request, response) => {
    if (request.url !== STATS_PATH) return void app(request, response);
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ ...store.stats(), rssBytes: process.memoryUsage().rss }));
  });
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.stdout.write(`${CACHE_SERVER_READY}${(server.address() as AddressInfo).port}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    server.closeAllConnections();
    server.close(() => void driver.close().then(() => process.exit(0)));
  });
}

main().catch((error: unknown) => {
  console.error(`bench cache server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
