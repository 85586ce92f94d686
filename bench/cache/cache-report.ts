import type { TargetCheck } from '../results.js';
import type { CacheBenchResults } from './cache-bench.js';
import { CACHE_CONTENDERS, type CacheContender, type CacheLatencyRow } from './measure-cache.js';

/** Warm answers must take at most this share of the floor's p50 (the issue's target). */
const WARM_SHARE_OF_FLOOR = 0.2;
/** Cold answers may be this much slower than our server without a cache and still count as "within noise". */
const COLD_NOISE = 1.1;
/**
 * The stated limit for the API process under the flood, with the default cache: the cache's own
 * bytes are bounded exactly (tests/cache/response-store.test.ts); the rest is the server and the
 * garbage of requests in flight, which V8 collects when it sees fit.
 */
const FLOOD_RSS_LIMIT_MB = 512;

const ms = (value: number | undefined) =>
  value === undefined ? '—' : value < 10 ? value.toFixed(2) : value.toFixed(1);
const x = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? `${(a / b).toFixed(2)}×` : '—');
const percent = (share: number | undefined) => (share === undefined ? '—' : `${(share * 100).toFixed(1)}%`);
const int = (value: number) => Math.round(value).toLocaleString('en-GB');

function rowOf(
  cache: CacheBenchResults,
  scale: number,
  operation: string,
  concurrency: number,
  contender: CacheContender,
) {
  return cache.latencies.find(
    (row: CacheLatencyRow) =>
      row.scale === scale &&
      row.operation === operation &&
      row.concurrency === concurrency &&
      row.contender === contender,
  );
}

function latencyTable(cache: CacheBenchResults, scale: number): string[] {
  const rows = cache.latencies.filter((row) => row.scale === scale);
  const operations = [...new Set(rows.map((row) => row.operation))];
  const concurrencies = [...new Set(rows.map((row) => row.concurrency))];
  const lines = [
    `| operation | conc. | ${CACHE_CONTENDERS.map((c) => `${c} p50 / p99 (ms)`).join(' | ')} | warm ÷ floor p50 | cold ÷ uncached p50 | load |`,
    `|---|---:|${CACHE_CONTENDERS.map(() => '---:').join('|')}|---:|---:|---:|`,
  ];
  for (const operation of operations) {
    for (const concurrency of concurrencies) {
      const at = (contender: CacheContender) => rowOf(cache, scale, operation, concurrency, contender);
      const cells = CACHE_CONTENDERS.map(
        (c) => `${ms(at(c)?.p50)} / ${ms(at(c)?.p99)}${at(c)?.errors ? ` (${at(c)!.errors} errors)` : ''}`,
      );
      lines.push(
        `| ${operation} | ${concurrency} | ${cells.join(' | ')} | ${x(at('warm')?.p50, at('floor')?.p50)} | ${x(at('cold')?.p50, at('uncached')?.p50)} | ${at('warm')?.load1.toFixed(2) ?? '—'} |`,
      );
    }
  }
  return lines;
}

/** The cache's section of `docs/benchmarks.md`. */
export function renderCacheSection(cache: CacheBenchResults | null | undefined): string[] {
  if (!cache) return ['Not run.'];
  const { flood, mixed } = cache;
  const scales = [...new Set(cache.latencies.map((row) => row.scale))];
  return [
    '**floor**: the bare driver, as above; **uncached**: our server without its cache (the latency tables above); **cold**: with a cache that keeps and remembers nothing, so every query is a first ask, answered as without a cache (a query is cached from its second ask; a repeat after a write costs one revision read more, measured below); **warm**: with the default cache, the same request again (a hit after the first). Each a process of its own, measured in turn per operation and concurrency.',
    '',
    `Revision read alone (the cost every query pays, through the executor, at concurrency 1): ${cache.revisionReads.map((r) => `${r.scale}×: p50 ${int(r.p50Us)} µs, p99 ${int(r.p99Us)} µs`).join('; ')}. Hit rate of the warm server over its runs: ${cache.hitRates.map((h) => `${h.scale}×: ${percent(h.hitRate)}`).join(', ')}.`,
    '',
    ...scales.flatMap((scale) => [`#### ${scale}×`, '', ...latencyTable(cache, scale), '']),
    flood
      ? `**Flood** at ${flood.scale}×: ${int(flood.requests)} distinct queries (the person operation, each with a variable of its own) at concurrency 32 in ${flood.seconds.toFixed(0)} s, ${flood.errors} errors; the cache ended with ${int(flood.entries)} entries counted at ${flood.cacheMb.toFixed(1)} MB of its ${flood.limitMb} MB; the process's resident memory went from ${int(flood.rssBeforeMb)} MB to a peak of ${int(flood.rssPeakMb)} MB.`
      : '**Flood**: not run.',
    '',
    mixed
      ? [
          `**Mixed load** at ${mixed.scale}×: ${mixed.readers} readers cycling through the six operations for ${mixed.durationS} s while ${mixed.writers} writers commit one change after another, each advancing the revision.`,
          '',
          '| server | reads | reads/s | read p50 / p99 (ms) | writes | hit rate |',
          '|---|---:|---:|---:|---:|---:|',
          ...mixed.runs.map(
            (run) =>
              `| ${run.server} | ${int(run.reads)} | ${int(run.rps)} | ${ms(run.p50)} / ${ms(run.p99)} | ${int(run.writes)} | ${percent(run.hitRate)} |`,
          ),
        ].join('\n')
      : '**Mixed load**: not run.',
  ];
}

/** The issue's targets for the cache. */
export function checkCacheTargets(cache: CacheBenchResults | null | undefined): TargetCheck[] {
  if (!cache) return [];
  const checks: TargetCheck[] = [];
  const keys = [...new Set(cache.latencies.map((row) => `${row.scale}|${row.operation}|${row.concurrency}`))];
  for (const key of keys) {
    const [scale, operation, concurrency] = key.split('|') as [string, string, string];
    const at = (contender: CacheContender) => rowOf(cache, Number(scale), operation, Number(concurrency), contender);
    const warm = (at('warm')?.p50 ?? Number.NaN) / (at('floor')?.p50 ?? Number.NaN);
    checks.push({
      target: `cache: ${operation} ${scale}× c${concurrency}: warm p50 ≤ ${WARM_SHARE_OF_FLOOR}× floor`,
      value: `${warm.toFixed(2)}×`,
      met: warm <= WARM_SHARE_OF_FLOOR,
    });
    const cold = (at('cold')?.p50 ?? Number.NaN) / (at('uncached')?.p50 ?? Number.NaN);
    checks.push({
      target: `cache: ${operation} ${scale}× c${concurrency}: cold p50 ≤ ${COLD_NOISE}× uncached`,
      value: `${cold.toFixed(2)}×`,
      met: cold <= COLD_NOISE,
    });
  }
  if (cache.flood) {
    const { flood } = cache;
    checks.push({
      target: `cache: flood of ${int(flood.requests)} distinct queries: the API process stays ≤ ${FLOOD_RSS_LIMIT_MB} MB resident, the cache ≤ its ${flood.limitMb} MB`,
      value: `peak ${int(flood.rssPeakMb)} MB (from ${int(flood.rssBeforeMb)} MB), cache ${flood.cacheMb.toFixed(1)} MB`,
      met: flood.rssPeakMb <= FLOOD_RSS_LIMIT_MB && flood.cacheMb <= flood.limitMb,
    });
  }
  return checks;
}
