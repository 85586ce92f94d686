/**
 * `npm run bench:cpu [-- --scale 1 --requests 200 --rounds 5 --only ours]`: Node CPU time per
 * request of our server against the floor, for each benchmarked operation, in this one process.
 * Wall-clock latency on a shared machine is noisy; CPU time of sequential requests much less, and
 * it is what separates us from the floor (both make the same single database round trip).
 * "layer" is our server on a driver that replays recorded results: our own CPU alone, the
 * steadiest of the three figures. With NEO4J_URI set, that database is emptied and reused.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createApp } from '../server/app.js';
import { parseCli } from '../tools/cli.js';
import { createFloorHandler, type CapturedQuery } from './contenders/floor.js';
import { openBenchDatabase } from './database.js';
import { createReplayDriver } from './replay-driver.js';
import { loadScale } from './load.js';
import { createOperations, pickTargets, type Operation } from './operations.js';

const values = parseCli({
  command: 'npm run bench:cpu --',
  summary: 'Measures Node CPU per request of the API, the floor and the GraphQL layer alone.',
  options: {
    scale: { type: 'string', default: '1', value: 'N', description: 'dataset size, in copies of the curated one' },
    requests: { type: 'string', default: '200', value: 'N', description: 'sequential requests per round' },
    rounds: { type: 'string', default: '5', value: 'N', description: 'rounds per contender' },
    // With `node --cpu-prof`, profile one contender alone.
    only: { type: 'string', value: 'NAME', description: 'one contender alone: ours, floor or layer' },
  },
});
const scale = Number(values.scale);
const requests = Number(values.requests);
const rounds = Number(values.rounds);
const log = (line: string) => process.stderr.write(`${line}\n`);

type Contender = 'ours' | 'floor' | 'layer';
/** Sends one request and waits for the whole answer; throws when the answer is an error. */
type Send = (operation: Operation) => Promise<void>;

/** Microseconds of Node CPU (user + system) per request over `requests` sequential requests. */
async function cpuPerRequest(send: Send, operation: Operation): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < requests; i++) await send(operation);
  const { user, system } = process.cpuUsage(start);
  return (user + system) / requests;
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const db = await openBenchDatabase({ heap: '1g', pageCache: '256m', onProgress: () => {} });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-cpu-'));
  try {
    await loadScale(db, scale, dataDir, log);
    const operations = createOperations(await pickTargets(db.driver, db.database, scale));

    const captured = new Map<string, CapturedQuery[]>();
    let capturing: CapturedQuery[] | undefined;
    const app = createApp({
      driver: db.driver,
      ...(db.database && { database: db.database }),
      logErrors: false,
      onQuery: (query, parameters) => capturing?.push({ query, parameters }),
      // CPU per request of the query path; a cached answer would skip it.
      responseCache: false,
    });
    // Ours: yoga's fetch handler, as node:http would call it, minus the socket.
    const sendTo =
      (server: typeof app): Send =>
      async (operation) => {
        const response = await server.fetch('http://bench/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(operation.ours),
        });
        const text = await response.text();
        if (!response.ok || text.includes('"errors"')) throw new Error(`${operation.name}: ${text.slice(0, 500)}`);
      };
    const sendOurs = sendTo(app);
    const sendLayer = sendTo(
      createApp({ driver: createReplayDriver(db.driver, db.database), logErrors: false, responseCache: false }),
    );
    for (const operation of operations) {
      capturing = [];
      await sendOurs(operation);
      captured.set(operation.name, capturing);
    }
    capturing = undefined;

    // The floor: the bench's own handler, fed a request stream and a response that only keeps the status.
    const floor = createFloorHandler(db.driver, db.database, captured);
    const sendFloor: Send = async (operation) => {
      let status = 0;
      const response = {
        writeHead(code: number) {
          status = code;
          return this;
        },
        end() {},
      } as unknown as ServerResponse;
      await floor(Readable.from([Buffer.from(JSON.stringify({ operation: operation.name }))]) as never, response);
      if (status !== 200) throw new Error(`floor ${operation.name}: status ${status}`);
    };

    const send: Record<Contender, Send> = { ours: sendOurs, floor: sendFloor, layer: sendLayer };
    const contenders = (values.only ? [values.only] : ['ours', 'floor', 'layer']) as Contender[];
    // Warm up every path (JIT, caches, connection pool) before measuring.
    for (const operation of operations)
      for (const contender of contenders) await cpuPerRequest(send[contender], operation);

    const samples = new Map<string, number[]>();
    for (let round = 0; round < rounds; round++) {
      for (const operation of operations) {
        // Interleaved, and in alternating order, so drift in the machine's load hits both alike.
        const order = round % 2 === 0 ? contenders : [...contenders].reverse();
        for (const contender of order) {
          const key = `${operation.name}/${contender}`;
          samples.set(key, [...(samples.get(key) ?? []), await cpuPerRequest(send[contender], operation)]);
        }
      }
      log(`round ${round + 1}/${rounds} done`);
    }

    const ms = (key: string) => median(samples.get(key) ?? []) / 1000;
    console.log(`\nNode CPU per request at ${scale}× (median of ${rounds} rounds of ${requests} requests), ms\n`);
    console.log('| operation | ours | floor | ours ÷ floor | our layer alone |\n|---|---:|---:|---:|---:|');
    for (const { name } of operations) {
      const [ours, floorMs, layer] = (['ours', 'floor', 'layer'] as const).map((contender) =>
        ms(`${name}/${contender}`),
      );
      console.log(
        `| ${name} | ${ours!.toFixed(2)} | ${floorMs!.toFixed(2)} | ${(ours! / floorMs!).toFixed(2)}× | ${layer!.toFixed(2)} |`,
      );
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
