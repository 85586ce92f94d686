/**
 * `npm run bench [-- --scales 1,100,1000 --duration 5 --quick --client-only]`: generates synthetic datasets,
 * loads each through the real seed, measures our API against the floor and the peer, then the web
 * client drawing 500 to 20,000 elements in headless Chromium (alone with --client-only), and
 * writes docs/benchmarks.md, docs/benchmarks/results.json and docs/benchmarks/latency.svg.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../neo4j/config.js';
import { parseCli } from '../tools/cli.js';
import { createCacheResults, runCacheBench } from './cache/cache-bench.js';
import { measureClientAtScale } from './client-at-scale.js';
import { runClientOnly } from './client-only.js';
import { startContenders } from './contenders/start-contenders.js';
import { openBenchDatabase } from './database.js';
import { loadScale } from './load.js';
import { measureLatencies } from './measure.js';
import { createDrawingOperation, createOperations, pickTargets } from './operations.js';
import { profileQueries } from './profile-queries.js';
import { checkTargets, type BenchResults } from './results.js';
import { runSoak } from './soak.js';
import { writeResults } from './write-results.js';

const values = parseCli({
  command: 'npm run bench --',
  summary: 'Generates datasets, loads them, measures the API against the floor and the peer, and the web client.',
  options: {
    scales: {
      type: 'string',
      default: '1,100,1000',
      value: 'LIST',
      description: 'dataset sizes, in copies of the curated one',
    },
    concurrency: { type: 'string', default: '1,32', value: 'LIST', description: 'connections per latency run' },
    duration: { type: 'string', default: '5', value: 'S', description: 'seconds per latency run' },
    warmup: { type: 'string', default: '1', value: 'S', description: 'seconds of warm-up before each run' },
    soak: { type: 'string', default: '60', value: 'S', description: 'seconds of the soak' },
    heap: { type: 'string', default: '1g', value: 'SIZE', description: "the bench Neo4j's heap" },
    'page-cache': { type: 'string', default: '1g', value: 'SIZE', description: "the bench Neo4j's page cache" },
    quick: { type: 'boolean', default: false, description: 'a one-minute smoke run of the whole pipeline' },
    'client-only': { type: 'boolean', default: false, description: 'measure the web client alone (no Neo4j)' },
    'client-elements': { type: 'string', default: '500,5000,20000', value: 'LIST', description: 'elements drawn' },
    'client-repeats': { type: 'string', default: '3', value: 'N', description: 'drawings per size' },
    out: { type: 'string', default: path.join(repoRoot, 'docs'), value: 'DIR', description: 'where results go' },
  },
});
const numbers = (text: string) =>
  text
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
/** The command as the report shows it: without `--out`, a path on the machine that ran it, not part of the method. */
function describeCommand(args: string[]): string {
  const kept = args.filter((arg, index) => !arg.startsWith('--out') && args[index - 1] !== '--out');
  return `npm run bench -- ${kept.join(' ')}`.trim().replace(/ --$/, '');
}
// --quick: a smoke run of the whole pipeline in about a minute.
const scales = numbers(values.quick ? '1' : values.scales).sort((a, b) => a - b);
const concurrencies = numbers(values.concurrency);
const durationS = values.quick ? 1 : Number(values.duration);
const warmupS = values.quick ? 0.5 : Number(values.warmup);
const soakS = values.quick ? 3 : Number(values.soak);
const client = {
  elements: numbers(values['client-elements']),
  repeats: values.quick ? 1 : Number(values['client-repeats']),
};
const started = performance.now();
const log = (line: string) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

async function main(): Promise<void> {
  // The client phase serves its own synthetic graphs: no Neo4j, no scales.
  if (values['client-only']) {
    const results = await runClientOnly({ docsDir: values.out, ...client, log });
    for (const check of results.checks.filter((c) => c.target.startsWith('client:')))
      log(`${check.target}: ${check.value}`);
    return;
  }
  const partial: Omit<BenchResults, 'checks' | 'totalS'> = {
    command: describeCommand(process.argv.slice(2)),
    startedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: os.totalmem() / 2 ** 30,
      node: process.version,
      platform: `${os.type()} ${os.release()}`,
      loadAtStart: os.loadavg(),
      loadAtEnd: [],
    },
    database: { target: 'local', heap: values.heap, pageCache: values['page-cache'] },
    options: { scales, concurrencies, durationS, warmupS, soakS },
    loads: [],
    targets: {},
    roundTrips: {},
    profiles: {},
    latencies: [],
    soak: null,
    clientAtScale: null,
    cache: createCacheResults(),
  };
  const dataRoot = await mkdtemp(path.join(os.tmpdir(), 'bench-data-'));
  try {
    for (const scale of scales) {
      log(`scale ${scale}×: starting Neo4j`);
      const db = await openBenchDatabase({ heap: values.heap, pageCache: values['page-cache'], onProgress: log });
      partial.database.target = db.target;
      try {
        const load = await loadScale(db, scale, path.join(dataRoot, String(scale)), log);
        partial.loads.push({ ...load, load1: os.loadavg()[0]! });
        log(
          `loaded ${load.facts} facts: write ${load.writeS.toFixed(1)} s (${Math.round(load.writeFactsPerS)} facts/s), JVM peak ${load.jvmRssMb?.toFixed(0)} MB`,
        );
        await rm(path.join(dataRoot, String(scale)), { recursive: true, force: true });
        const targets = await pickTargets(db.driver, db.database, scale);
        partial.targets[scale] = targets;
        const operations = createOperations(targets);
        const contenders = await startContenders({
          uri: db.uri,
          username: db.username,
          password: db.password,
          ...(db.database && { database: db.database }),
          operations,
        });
        partial.roundTrips[scale] = Object.fromEntries(
          Object.entries(contenders.captured).map(([name, queries]) => [name, queries.length]),
        );
        // Before the load, so plans are those of a warm but idle database.
        partial.profiles[scale] = await profileQueries(db.driver, db.database, contenders.captured);
        try {
          partial.latencies.push(
            ...(await measureLatencies({ scale, operations, contenders, concurrencies, durationS, warmupS, log })),
          );
          const cacheOptions = { scale, isLargest: scale === scales.at(-1), db, operations, contenders };
          await runCacheBench(
            { ...cacheOptions, concurrencies, durationS, warmupS, floodRequests: values.quick ? 5_000 : 100_000, log },
            partial.cache!,
          );
          if (scale === scales.at(-1) && soakS > 0) {
            const neighbourhood = createDrawingOperation(targets);
            log(`soak: 50 connections for ${soakS} s on ${neighbourhood.name}`);
            partial.soak = await runSoak({
              port: contenders.ports.ours,
              scale,
              operation: neighbourhood,
              connections: 50,
              durationS: soakS,
            });
            log(`soak: p99 ${partial.soak.p99.toFixed(1)} ms, ${partial.soak.errors} errors`);
          }
        } finally {
          await contenders.stop();
        }
      } finally {
        await db.close();
      }
    }
  } finally {
    await rm(dataRoot, { recursive: true, force: true });
  }
  try {
    log(`client at scale: ${client.elements.join(', ')} elements in headless Chromium, ${client.repeats} runs each`);
    partial.clientAtScale = await measureClientAtScale({ ...client, log });
  } catch (error) {
    log(`client at scale: failed, left out: ${error instanceof Error ? error.message : String(error)}`);
  }
  partial.machine.loadAtEnd = os.loadavg();
  const complete = { ...partial, totalS: (performance.now() - started) / 1000 };
  const results: BenchResults = { ...complete, checks: checkTargets(complete) };
  await writeResults(results, values.out);
  for (const check of results.checks.filter((c) => !c.met)) log(`target missed: ${check.target}: ${check.value}`);
  log(
    `done in ${(results.totalS / 60).toFixed(1)} min; ${results.checks.filter((c) => c.met).length}/${results.checks.length} targets met`,
  );
}

main().catch((error: unknown) => {
  console.error(`bench: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
