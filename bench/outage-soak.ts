/**
 * `npm run bench:outage`: the outage drill. A supervised local Neo4j with the curated dataset, the
 * API on a loopback port, and `--connections` clients sending the web client's drawing query for
 * `--duration` seconds; at `--kill-at` seconds the JVM is killed (SIGKILL). Reports how fast
 * requests failed during the outage, how long until the first answer after the kill, and the
 * error rate once the API answered again.
 */
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { NEIGHBOURHOOD } from '../client/src/api/queries.js';
import { DRIVER_CONFIG } from '../neo4j/connect.js';
import { superviseLocalNeo4j } from '../neo4j/supervise.js';
import { DEFAULT_DATA_DIR } from '../seed/data-dir.js';
import { seedDatabase } from '../seed/seed-database.js';
import { createApp } from '../server/app.js';
import { parseCli } from '../tools/cli.js';

const values = parseCli({
  command: 'npm run bench:outage --',
  summary: 'Kills the local Neo4j under load and measures failing fast, recovery and errors after it.',
  options: {
    connections: { type: 'string', default: '50', value: 'N', description: 'concurrent clients' },
    duration: { type: 'string', default: '60', value: 'S', description: 'seconds of load' },
    'kill-at': { type: 'string', default: '20', value: 'S', description: 'second at which the JVM is killed' },
  },
});
const connections = Number(values.connections);
const durationMs = Number(values.duration) * 1000;
const killAtMs = Number(values['kill-at']) * 1000;

interface Sample {
  at: number;
  ms: number;
  outcome: string;
}

const started = performance.now();
const log = (line: string) =>
  console.log(`[outage ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'outage-soak-'));
const database = await superviseLocalNeo4j({
  boltPort: 0,
  dataDir: path.join(dir, 'data'),
  passwordFile: path.join(dir, 'password'),
  heap: '1g',
  onProgress: log,
});
const driver = neo4j.driver(database.uri, neo4j.auth.basic(database.username, database.password), DRIVER_CONFIG);
try {
  await seedDatabase({ driver, data: DEFAULT_DATA_DIR });
  const server = createServer(createApp({ driver, logErrors: false }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const body = JSON.stringify({ query: NEIGHBOURHOOD.text, variables: { id: 'russia', depth: 2 } });
  // The drill measures an outage, not a cold start: the clock starts once the query has been answered
  // (a fresh JVM on a busy machine can take longer than the kill time to answer its first query).
  const warming = performance.now();
  let lastRefusal = '';
  for (;;) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const answer = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    if (!answer.errors) break;
    const refusal = `${answer.errors[0]?.extensions?.code ?? 'NO_CODE'}: ${answer.errors[0]?.message ?? ''}`;
    // Say why the wait goes on, once per reason, rather than spinning in silence.
    if (refusal !== lastRefusal) log(`waiting for the drawing query: ${(lastRefusal = refusal)}`);
    if (performance.now() - warming > 600_000)
      throw new Error(`the API did not answer the drawing query within 10 minutes (${refusal})`);
  }
  log(
    `the drawing query answered after ${((performance.now() - warming) / 1000).toFixed(1)} s of warm-up; load starts`,
  );
  const samples: Sample[] = [];
  const loadStarted = performance.now();
  let killedAt: number | undefined;
  const killer = setTimeout(() => {
    killedAt = performance.now() - loadStarted;
    log(`killing the JVM (pid ${database.current().pid})`);
    process.kill(database.current().pid!, 'SIGKILL');
  }, killAtMs);

  const client = async () => {
    while (performance.now() - loadStarted < durationMs) {
      const sent = performance.now();
      let outcome: string;
      try {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const answer = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        outcome = answer.errors ? (answer.errors[0]?.extensions?.code ?? 'NO_CODE') : 'ok';
      } catch (error) {
        outcome = `transport: ${(error as Error).message}`;
      }
      samples.push({ at: sent - loadStarted, ms: performance.now() - sent, outcome });
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  clearTimeout(killer);
  server.closeAllConnections();
  server.close();

  const kill = killedAt ?? Infinity;
  const before = samples.filter((sample) => sample.at < kill);
  const firstOkAfter = samples
    .filter((sample) => sample.at >= kill && sample.outcome === 'ok')
    .sort((a, b) => a.at - b.at)[0];
  const recoveredAt = firstOkAfter ? firstOkAfter.at : Infinity;
  const outage = samples.filter((sample) => sample.at >= kill && sample.at < recoveredAt);
  const after = samples.filter((sample) => sample.at >= recoveredAt);
  const count = (list: Sample[]) =>
    Object.fromEntries(
      [...new Set(list.map((sample) => sample.outcome))].map((outcome) => [
        outcome,
        list.filter((sample) => sample.outcome === outcome).length,
      ]),
    );
  const summary = {
    connections,
    durationS: durationMs / 1000,
    killedAtS: kill / 1000,
    requests: samples.length,
    beforeKill: {
      requests: before.length,
      outcomes: count(before),
      p50Ms: percentile(
        before.map((s) => s.ms),
        50,
      ),
    },
    outage: {
      requests: outage.length,
      outcomes: count(outage),
      p50Ms: percentile(
        outage.map((s) => s.ms),
        50,
      ),
      p99Ms: percentile(
        outage.map((s) => s.ms),
        99,
      ),
      maxMs: Math.max(0, ...outage.map((s) => s.ms)),
    },
    recoveredAfterKillS: firstOkAfter ? (recoveredAt - kill) / 1000 : null,
    afterRecovery: {
      requests: after.length,
      outcomes: count(after),
      errorRate: after.length ? after.filter((s) => s.outcome !== 'ok').length / after.length : null,
    },
    restarts: database.restarts(),
    load1: os.loadavg()[0],
  };
  console.log(JSON.stringify(summary, null, 2));
} finally {
  await driver.close();
  await database.stop();
  await rm(dir, { recursive: true, force: true });
}
