import os from 'node:os';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { Executor } from '../../server/database/executor.js';
import { advanceRevision } from '../../seed/graph/dataset-info.js';
import { readRevision } from '../../server/database/graph-revision.js';
import type { RunningContenders } from '../contenders/start-contenders.js';
import { runLoad, type RunStats } from '../load-generator.js';
import type { Operation } from '../operations.js';
import type { CacheServer } from './cache-server-protocol.js';

/** Who answers: the floor, our server without a cache (as before it), with a cache that keeps nothing, and with a warm cache. */
export const CACHE_CONTENDERS = ['floor', 'uncached', 'cold', 'warm'] as const;
export type CacheContender = (typeof CACHE_CONTENDERS)[number];

export interface CacheLatencyRow extends RunStats {
  scale: number;
  operation: string;
  concurrency: number;
  contender: CacheContender;
  load1: number;
}

/** Percentiles of the revision read alone, in microseconds, through the project's executor. */
export interface RevisionReadCost {
  scale: number;
  p50Us: number;
  p99Us: number;
}

export interface CacheServers {
  /** The default store: answers kept, so repeated requests are hits. */
  warm: CacheServer;
  /**
   * A store of 0 bytes, which remembers no key: every query is a first ask, answered as without a
   * cache. A repeat after a write costs one revision read more (measured on its own below).
   */
  cold: CacheServer;
}

const post = (port: number, path: string, body: string) => ({ url: `http://127.0.0.1:${port}${path}`, body });

function requestOf(
  contender: CacheContender,
  operation: Operation,
  ports: RunningContenders['ports'],
  servers: CacheServers,
) {
  if (contender === 'floor') return post(ports.floor, '/floor', JSON.stringify({ operation: operation.name }));
  const port = contender === 'uncached' ? ports.ours : servers[contender].port;
  return post(port, '/graphql', JSON.stringify(operation.ours));
}

export interface MeasureCacheOptions {
  scale: number;
  operations: readonly Operation[];
  contenders: RunningContenders;
  servers: CacheServers;
  concurrencies: readonly number[];
  durationS: number;
  warmupS: number;
  log: (line: string) => void;
}

/** Every operation at every concurrency on the four contenders, interleaved per (operation, concurrency). */
export async function measureCacheLatencies(options: MeasureCacheOptions): Promise<CacheLatencyRow[]> {
  // The cache servers start fresh for this run: warm their JIT and pools on every operation, as the
  // other contenders were, or the first operation measured on them pays for the process's start.
  for (const operation of options.operations) {
    for (const contender of ['cold', 'warm'] as const) {
      const { url, body } = requestOf(contender, operation, options.contenders.ports, options.servers);
      await runLoad({ url, body, connections: 8, durationS: options.warmupS * 2 });
    }
  }
  const rows: CacheLatencyRow[] = [];
  for (const operation of options.operations) {
    for (const concurrency of options.concurrencies) {
      for (const contender of CACHE_CONTENDERS) {
        const { url, body } = requestOf(contender, operation, options.contenders.ports, options.servers);
        const stats = await runLoad({
          url,
          body,
          connections: concurrency,
          durationS: options.durationS,
          warmupS: options.warmupS,
        });
        options.log(
          `cache: ${operation.name} ×${concurrency} ${contender}: p50 ${stats.p50.toFixed(2)} p99 ${stats.p99.toFixed(2)} ms, ${stats.errors} errors`,
        );
        rows.push({
          scale: options.scale,
          operation: operation.name,
          concurrency,
          contender,
          ...stats,
          load1: os.loadavg()[0]!,
        });
      }
    }
  }
  return rows;
}

/** The cost the cache adds to every query: one revision read, timed alone at concurrency 1. */
export async function measureRevisionRead(
  driver: Driver,
  database: string | undefined,
  scale: number,
  reads = 2_000,
): Promise<RevisionReadCost> {
  const executor = new Executor({ driver, ...(database && { database }) });
  const times: number[] = [];
  for (let index = 0; index < reads; index++) {
    const started = performance.now();
    await readRevision(executor);
    times.push((performance.now() - started) * 1000);
  }
  times.sort((a, b) => a - b);
  return { scale, p50Us: times[Math.floor(times.length / 2)]!, p99Us: times[Math.floor(times.length * 0.99)]! };
}

export interface FloodResult {
  scale: number;
  requests: number;
  seconds: number;
  errors: number;
  limitMb: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  cacheMb: number;
  entries: number;
}

const mb = (bytes: number) => bytes / 2 ** 20;

/**
 * `requests` distinct queries (the same operation, each with a variable of its own, which the
 * operation ignores but the key includes) at concurrency 32, sampling the server's memory each second.
 */
export async function floodDistinctQueries(
  server: CacheServer,
  operation: Operation,
  requests: number,
  limitBytes: number,
  scale: number,
): Promise<FloodResult> {
  const before = await server.readStats();
  let peak = before.rssBytes;
  const sampler = setInterval(
    () => void server.readStats().then((stats) => (peak = Math.max(peak, stats.rssBytes))),
    1_000,
  );
  let sent = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(
      {
        url: `http://127.0.0.1:${server.port}/graphql`,
        connections: 32,
        amount: requests,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => ({
              ...request,
              body: JSON.stringify({ ...operation.ours, variables: { ...operation.ours.variables, flood: sent++ } }),
            }),
          },
        ],
      },
      (error, output) => (error ? reject(error) : resolve(output)),
    ),
  );
  clearInterval(sampler);
  const after = await server.readStats();
  peak = Math.max(peak, after.rssBytes);
  return {
    scale,
    requests,
    seconds: (performance.now() - started) / 1000,
    errors: result.non2xx + result.errors + result.timeouts,
    limitMb: mb(limitBytes),
    rssBeforeMb: mb(before.rssBytes),
    rssPeakMb: mb(peak),
    cacheMb: mb(after.bytes),
    entries: after.entries,
  };
}

export interface MixedLoadRun {
  server: 'warm' | 'uncached';
  reads: number;
  p50: number;
  p99: number;
  rps: number;
  errors: number;
  writes: number;
  /** Share of reads answered from the cache (warm only). */
  hitRate?: number;
}

export interface MixedLoadResult {
  scale: number;
  readers: number;
  writers: number;
  durationS: number;
  runs: MixedLoadRun[];
}

/** Writers that each commit one small change after another, advancing the revision as a mutation does. */
async function runWriters(
  driver: Driver,
  database: string | undefined,
  writers: number,
  until: () => boolean,
): Promise<number> {
  let writes = 0;
  const writer = async () => {
    const session = driver.session({ ...(database && { database }) });
    try {
      while (!until()) {
        await session.executeWrite(async (tx) => {
          await tx.run(
            'MATCH (s:Stance) WITH s ORDER BY s.id LIMIT 1 SET s.benchWrites = coalesce(s.benchWrites, 0) + 1',
          );
          await advanceRevision(tx);
        });
        writes += 1;
      }
    } finally {
      await session.close();
    }
  };
  await Promise.all(Array.from({ length: writers }, writer));
  return writes;
}

/** `readers` connections cycling through the operations while `writers` commit changes back to back. */
export async function runMixedLoad(options: {
  scale: number;
  driver: Driver;
  database: string | undefined;
  operations: readonly Operation[];
  ports: { warm: number; uncached: number };
  warm: CacheServer;
  durationS: number;
  readers?: number;
  writers?: number;
}): Promise<MixedLoadResult> {
  const { readers = 32, writers = 4 } = options;
  const runs: MixedLoadRun[] = [];
  for (const server of ['warm', 'uncached'] as const) {
    const before = server === 'warm' ? await options.warm.readStats() : undefined;
    let done = false;
    const writing = runWriters(options.driver, options.database, writers, () => done);
    const latencies: number[] = [];
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: `http://127.0.0.1:${options.ports[server]}/graphql`,
          connections: readers,
          duration: options.durationS,
          timeout: 30,
          requests: options.operations.map((operation) => ({
            method: 'POST' as const,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(operation.ours),
          })),
        },
        (error, output) => (error ? reject(error) : resolve(output)),
      );
      instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
    });
    done = true;
    const writes = await writing;
    latencies.sort((a, b) => a - b);
    const after = server === 'warm' ? await options.warm.readStats() : undefined;
    const lookups = before && after ? after.hits + after.misses - before.hits - before.misses : 0;
    runs.push({
      server,
      reads: latencies.length,
      p50: latencies[Math.floor(latencies.length / 2)] ?? Number.NaN,
      p99: latencies[Math.floor(latencies.length * 0.99)] ?? Number.NaN,
      rps: latencies.length / options.durationS,
      errors: result.non2xx + result.errors + result.timeouts,
      writes,
      ...(before && after && lookups > 0 && { hitRate: (after.hits - before.hits) / lookups }),
    });
  }
  return { scale: options.scale, readers, writers, durationS: options.durationS, runs };
}
