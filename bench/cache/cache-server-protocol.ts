import { fileURLToPath } from 'node:url';
import type { ResponseStoreStats } from '../../server/cache/response-store.js';
import { startChildServer } from '../child-server.js';

/** What the bench hands a cache server process, as JSON in its BENCH_CACHE_SERVER variable. */
export interface CacheServerConfig {
  uri: string;
  username: string;
  password: string;
  database?: string;
  /** The store's limit; 0 keeps and remembers nothing, so every query is a first ask. */
  maxBytes: number;
}

/** The line a cache server prints once it listens, followed by its port. */
export const CACHE_SERVER_READY = 'BENCH_CACHE_SERVER_READY ';
/** Where a cache server reports its counters and memory. */
export const STATS_PATH = '/bench/stats';

export interface CacheServerStats extends ResponseStoreStats {
  rssBytes: number;
}

/** A running cache server: its port, its counters, and how to stop it. */
export interface CacheServer {
  port: number;
  readStats(): Promise<CacheServerStats>;
  stop(): Promise<void>;
}

/** Starts `serve-cached.ts` in a child Node process and waits until it listens. */
export async function startCacheServer(config: CacheServerConfig): Promise<CacheServer> {
  const { ready, stop } = await startChildServer({
    entry: fileURLToPath(new URL('./serve-cached.ts', import.meta.url)),
    configVariable: 'BENCH_CACHE_SERVER',
    config,
    readyPrefix: CACHE_SERVER_READY,
    name: 'the cache server',
  });
  const port = Number(ready);
  const readStats = async () =>
    (await (await fetch(`http://127.0.0.1:${port}${STATS_PATH}`)).json()) as CacheServerStats;
  return { port, readStats, stop };
}
