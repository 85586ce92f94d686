import type { CacheBenchResults } from './cache/cache-bench.js';
import { checkCacheTargets } from './cache/cache-report.js';
import type { ClientAtScaleResults } from './client-at-scale.js';
import { checkClientTargets } from './client-report.js';
import type { LoadResult } from './load.js';
import type { LatencyRow } from './measure.js';
import type { OperationTargets } from './operations.js';
import type { QueryProfile } from './profile-queries.js';
import type { SoakResult } from './soak.js';

/** Everything one `npm run bench` measured, as written to `docs/benchmarks/results.json`. */
export interface BenchResults {
  command: string;
  startedAt: string;
  totalS: number;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    platform: string;
    loadAtStart: number[];
    loadAtEnd: number[];
  };
  database: { target: 'local' | 'remote'; heap: string; pageCache: string };
  options: { scales: number[]; concurrencies: number[]; durationS: number; warmupS: number; soakS: number };
  loads: (LoadResult & { load1: number })[];
  targets: Record<string, OperationTargets>;
  /** Database round trips our server made per operation (the floor replays the same ones). */
  roundTrips: Record<string, Record<string, number>>;
  /** PROFILE of our server's Cypher per scale and operation. */
  profiles: Record<string, QueryProfile[]>;
  latencies: LatencyRow[];
  soak: SoakResult | null;
  /** The web client drawing and panning synthetic graphs in headless Chromium (bench/client-at-scale.ts). */
  clientAtScale: ClientAtScaleResults | null;
  /** The response cache (bench/cache/); absent from runs made before it. */
  cache?: CacheBenchResults | null;
  checks: TargetCheck[];
}

/** One target of the benchmark and whether this run met it. */
export interface TargetCheck {
  target: string;
  value: string;
  met: boolean;
}

/** The row of one contender, or undefined when it failed or was not run. */
export function findRow(
  rows: readonly LatencyRow[],
  scale: number,
  operation: string,
  concurrency: number,
  contender: string,
): LatencyRow | undefined {
  const row = rows.find(
    (r) => r.scale === scale && r.operation === operation && r.concurrency === concurrency && r.contender === contender,
  );
  return row?.p50 === undefined ? undefined : row;
}

/** Whether `contender` was asked `operation` at all: the peer is not where its schema cannot express it. */
export function wasMeasured(rows: readonly LatencyRow[], operation: string, contender: string): boolean {
  return rows.some((r) => r.operation === operation && r.contender === contender);
}

const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? a / b : Number.NaN);
const fmt = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');

/** Evaluates the targets against the measurements. */
export function checkTargets(results: Omit<BenchResults, 'checks'>): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const largest = results.loads.at(-1);
  if (largest) {
    checks.push({
      target: `seeding at ${largest.scale}× ≥ 20,000 facts/s (write phase)`,
      value: `${Math.round(largest.writeFactsPerS)} facts/s`,
      met: largest.writeFactsPerS >= 20_000,
    });
    checks.push({
      target: `seeding at ${largest.scale}× ≥ 20,000 facts/s (validation + write)`,
      value: `${Math.round(largest.endToEndFactsPerS)} facts/s`,
      met: largest.endToEndFactsPerS >= 20_000,
    });
  }
  const operations = [...new Set(results.latencies.map((row) => row.operation))];
  for (const scale of results.options.scales) {
    for (const operation of operations) {
      for (const concurrency of results.options.concurrencies) {
        const ours = findRow(results.latencies, scale, operation, concurrency, 'ours');
        const floor = findRow(results.latencies, scale, operation, concurrency, 'floor');
        const p50 = ratio(ours?.p50, floor?.p50);
        const p99 = ratio(ours?.p99, floor?.p99);
        checks.push({
          target: `${operation} ${scale}× c${concurrency}: p50 ≤ 1.25× floor, p99 ≤ 1.5× floor`,
          value: `${fmt(p50)}×, ${fmt(p99)}×`,
          met: p50 <= 1.25 && p99 <= 1.5,
        });
      }
      if (!wasMeasured(results.latencies, operation, 'peer')) continue;
      const ours = findRow(results.latencies, scale, operation, 32, 'ours');
      const peer = findRow(results.latencies, scale, operation, 32, 'peer');
      const vsPeer = ratio(ours?.p50, peer?.p50);
      checks.push({
        target: `${operation} ${scale}× c32: faster than @neo4j/graphql (p50)`,
        value: `${fmt(vsPeer)}× the peer's p50`,
        met: vsPeer < 1,
      });
    }
  }
  const [smallest, biggest] = [results.options.scales[0], results.options.scales.at(-1)];
  if (smallest !== undefined && biggest !== undefined && biggest > smallest) {
    for (const operation of ['meeting', 'person', 'neighbourhood']) {
      const growth = ratio(
        findRow(results.latencies, biggest, operation, 1, 'ours')?.p50,
        findRow(results.latencies, smallest, operation, 1, 'ours')?.p50,
      );
      checks.push({
        target: `${operation}: p50 grows ≤ 2× from ${smallest}× to ${biggest}× (c1)`,
        value: `${fmt(growth)}×`,
        met: growth <= 2,
      });
    }
  }
  if (results.soak) {
    const { soak } = results;
    checks.push({
      target: `soak: ${soak.connections} connections, ${soak.durationS} s, ${soak.operation} at ${soak.scale}×: no errors, p99 < 400 ms`,
      value: `${soak.errors} errors, p99 ${soak.p99.toFixed(0)} ms`,
      met: soak.errors === 0 && soak.p99 < 400,
    });
  }
  checks.push(...checkClientTargets(results.clientAtScale));
  checks.push(...checkCacheTargets(results.cache));
  return checks;
}
