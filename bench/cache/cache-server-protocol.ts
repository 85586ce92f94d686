import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ResponseStoreStats } from '../../server/cache/response-store.js';

/** What the bench hands a cache server process, as JSON in its BENCH_CACHE_SERVER variable. */
export interface CacheServerConfig {
  uri: string;
  username: string;
  password: string;
  database?: string;
  /** The store's limit; 0 makes every query a miss that still pays for the revision read. */
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

/** Starts `serve-cached.ts` in a child Node process (with this process's loader flags) and waits until it listens. */
export function startCacheServer(config: CacheServerConfig): Promise<CacheServer> {
  const entry = fileURLToPath(new URL('./serve-cached.ts', import.meta.url));
  const child = spawn(process.execPath, [...process.execArgv, entry], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, BENCH_CACHE_SERVER: JSON.stringify(config) },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const stop = async () => {
    child.stdin?.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    void exited.then((code) => reject(new Error(`the cache server exited (code ${code}) before it was ready`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith(CACHE_SERVER_READY)) return;
      const port = Number(line.slice(CACHE_SERVER_READY.length));
      const readStats = async () =>
        (await (await fetch(`http://127.0.0.1:${port}${STATS_PATH}`)).json()) as CacheServerStats;
      resolve({ port, readStats, stop });
    });
  });
}
