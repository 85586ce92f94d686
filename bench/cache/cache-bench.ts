import type { RunningContenders } from '../contenders/start-contenders.js';
import type { BenchDatabase } from '../database.js';
import type { Operation } from '../operations.js';
import { DEFAULT_RESPONSE_CACHE_MB } from '../../server/cache/response-store.js';
import { startCacheServer } from './cache-server-protocol.js';
import {
  floodDistinctQueries,
  measureCacheLatencies,
  measureRevisionRead,
  runMixedLoad,
  type CacheLatencyRow,
  type FloodResult,
  type MixedLoadResult,
  type RevisionReadCost,
} from './measure-cache.js';

/** What the cache benchmark measured over every scale, as kept in `results.json`. */
export interface CacheBenchResults {
  limitMb: number;
  latencies: CacheLatencyRow[];
  revisionReads: RevisionReadCost[];
  /** Share of the warm server's lookups answered from its store, over the latency runs of each scale. */
  hitRates: { scale: number; hitRate: number }[];
  /** At the largest scale only. */
  flood: FloodResult | null;
  mixed: MixedLoadResult | null;
}

export interface CacheBenchOptions {
  scale: number;
  /** The flood and the mixed load run at the largest scale only. */
  isLargest: boolean;
  db: BenchDatabase;
  operations: readonly Operation[];
  contenders: RunningContenders;
  concurrencies: readonly number[];
  durationS: number;
  warmupS: number;
  floodRequests: number;
  log: (line: string) => void;
}

/** An empty record, filled scale by scale. */
export function createCacheResults(): CacheBenchResults {
  return {
    limitMb: DEFAULT_RESPONSE_CACHE_MB,
    latencies: [],
    revisionReads: [],
    hitRates: [],
    flood: null,
    mixed: null,
  };
}

/**
 * The cache at one scale: latency of the six operations cold and warm beside the floor and our
 * uncached server, the revision read alone, and at the largest scale the distinct-query flood and
 * a mixed load of readers and writers. Each cache server is a process of its own.
 */
export async function runCacheBench(options: CacheBenchOptions, results: CacheBenchResults): Promise<void> {
  const { db, scale, log } = options;
  const connection = {
    uri: db.uri,
    username: db.username,
    password: db.password,
    ...(db.database && { database: db.database }),
  };
  const limitBytes = DEFAULT_RESPONSE_CACHE_MB * 2 ** 20;
  const warm = await startCacheServer({ ...connection, maxBytes: limitBytes });
  const cold = await startCacheServer({ ...connection, maxBytes: 0 });
  try {
    results.revisionReads.push(await measureRevisionRead(db.driver, db.database, scale));
    log(`cache: revision read p50 ${results.revisionReads.at(-1)!.p50Us.toFixed(0)} µs`);
    const before = await warm.readStats();
    results.latencies.push(...(await measureCacheLatencies({ ...options, servers: { warm, cold } })));
    const after = await warm.readStats();
    const lookups = after.hits + after.misses - before.hits - before.misses;
    results.hitRates.push({ scale, hitRate: lookups > 0 ? (after.hits - before.hits) / lookups : 0 });
    if (!options.isLargest) return;
    const person = options.operations.find((operation) => operation.name === 'person')!;
    log(`cache: flood of ${options.floodRequests} distinct queries`);
    results.flood = await floodDistinctQueries(warm, person, options.floodRequests, limitBytes, scale);
    log(
      `cache: flood peak RSS ${results.flood.rssPeakMb.toFixed(0)} MB (cache ${results.flood.cacheMb.toFixed(1)} MB)`,
    );
    results.mixed = await runMixedLoad({
      scale,
      driver: db.driver,
      database: db.database,
      operations: options.operations,
      ports: { warm: warm.port, uncached: options.contenders.ports.ours },
      warm,
      durationS: options.durationS * 2,
    });
    for (const run of results.mixed.runs)
      log(
        `cache: mixed load on ${run.server}: p50 ${run.p50.toFixed(1)} ms, ${run.writes} writes, hit rate ${run.hitRate ?? '—'}`,
      );
  } finally {
    await Promise.all([warm.stop(), cold.stop()]);
  }
}
