/**
 * `npx tsx bench/cache/stock-plugin.ts`: why the server has its own cache plugin rather than
 * `@graphql-yoga/plugin-response-cache`. On the 1× generated graph, in-process (`fetch` on the yoga
 * handler, no sockets) at concurrency 1, each variant asked in turn so that machine load touches
 * all alike: our server without a cache, our cache cold (a store of 0 bytes) and warm, and the
 * stock plugin in the same stack cold (a distinct variable per request) and warm. Prints p50s.
 * Loads the 1× generated dataset into NEO4J_URI when set (emptying it), else into a throwaway local Neo4j.
 */
import { useResponseCache as useStockResponseCache } from '@graphql-yoga/plugin-response-cache';
import { createYoga } from 'graphql-yoga';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { useOperationLimits } from '../../server/armor.js';
import { createApp } from '../../server/app.js';
import { ResponseStore } from '../../server/cache/response-store.js';
import { Executor } from '../../server/database/executor.js';
import { useCompiledExecution } from '../../server/execution.js';
import { createSchema } from '../../server/schema.js';
import { openBenchDatabase } from '../database.js';
import { loadScale } from '../load.js';
import { createOperations, pickTargets } from '../operations.js';

const REPEATS = Number(process.argv[2] ?? 200);

const db = await openBenchDatabase({ heap: '1g', pageCache: '512m', onProgress: () => {} });
try {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-stock-plugin-'));
  await loadScale(db, 1, dataDir, () => {});
  await rm(dataDir, { recursive: true, force: true });
  const database = db.database && { database: db.database };
  const operations = createOperations(await pickTargets(db.driver, db.database, 1)).filter((operation) =>
    ['meeting', 'person', 'neighbourhood'].includes(operation.name),
  );
  const executor = new Executor({ driver: db.driver, ...database });
  // The project's stack (limits, graphql-jit) with the stock plugin where ours would be.
  const stock = createYoga({
    schema: createSchema(),
    logging: false,
    context: () => ({ executor }),
    plugins: [
      useOperationLimits(),
      useStockResponseCache({ session: () => null, ttl: Infinity, invalidateViaMutation: false }),
      ...useCompiledExecution(),
    ],
  });
  const handlers = {
    uncached: createApp({ driver: db.driver, ...database, logErrors: false, responseCache: false }),
    'ours cold': createApp({
      driver: db.driver,
      ...database,
      logErrors: false,
      responseCache: { store: new ResponseStore({ maxBytes: 0 }) },
    }),
    'ours warm': createApp({ driver: db.driver, ...database, logErrors: false }),
    'stock cold': stock,
    'stock warm': stock,
  };
  for (const operation of operations) {
    const times = Object.fromEntries(Object.keys(handlers).map((name) => [name, [] as number[]]));
    for (let index = -20; index < REPEATS; index++) {
      for (const [name, handler] of Object.entries(handlers)) {
        // A variable the operation ignores makes each request a distinct key: a miss.
        const variables = name.endsWith('cold') ? { ...operation.ours.variables, n: index } : operation.ours.variables;
        const started = performance.now();
        const response = await handler.fetch('http://bench/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: operation.ours.query, variables }),
        });
        const body = (await response.json()) as { errors?: unknown };
        if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
        if (index >= 0) times[name]!.push(performance.now() - started);
      }
    }
    const p50 = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
    console.log(
      `${operation.name}: ${Object.entries(times)
        .map(([name, list]) => `${name} ${p50(list).toFixed(2)} ms`)
        .join(', ')}`,
    );
  }
} finally {
  await db.close();
}
