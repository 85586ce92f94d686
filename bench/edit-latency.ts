/**
 * `npm run bench:edits [-- --scale 1 --seconds 10]`: the latency of an edit through the API (a
 * stance's summary corrected with `putStance`), p50/p99 at concurrency 1 and 8, beside the floor:
 * the same Cypher, statement for statement, replayed in one transaction through the bare driver.
 * Then reads at concurrency 32 alone, and again while 4 editors edit: the read p99 must stay
 * within 1.5× of the read-only run. Last, one merge of two people (`mergePreview`, then
 * `mergeEntities`), whose cost grows with the dataset: it looks for the entries that refer to the
 * merged id. The response cache is off, so every read reaches Neo4j.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { seedDatabase } from '../seed/seed-database.js';
import { createApp, type App } from '../server/app.js';
import { ensureAuthSchema } from '../server/auth/auth-schema.js';
import { CSRF_HEADER } from '../server/auth/use-auth.js';
import { addUser } from '../server/auth/users.js';
import { Executor } from '../server/database/executor.js';
import { ensureChangeSchema } from '../server/mutations/change-schema.js';
import { parseCli } from '../tools/cli.js';
import { generateDataset } from './data/generate-dataset.js';
import { openBenchDatabase } from './database.js';

const values = parseCli({
  command: 'npm run bench:edits --',
  summary: 'Edit latency against the floor at concurrency 1 and 8, and reads while editors edit.',
  options: {
    scale: { type: 'string', default: '1', value: 'N', description: 'the synthetic dataset scale' },
    seconds: { type: 'string', default: '10', value: 'S', description: 'seconds per measured run' },
    heap: { type: 'string', default: '1g', value: 'SIZE', description: "a local Neo4j's heap" },
  },
});
const SECONDS = Number(values.seconds);
const PASSWORD = 'bench editor password';
const READ = '{ stances(limit: 20) { items { id summary position actor { name } } } }';
const MERGE_PREVIEW = `query ($keep: ID!, $merge: ID!) {
  mergePreview(keep: $keep, merge: $merge) {
    keep { version } merge { version } rewritten { id } shifted conflicts { blocking } } }`;
const MERGE = `mutation ($keep: ID!, $merge: ID!, $keepVersion: String!, $mergeVersion: String!) {
  mergeEntities(keep: $keep, merge: $merge, keepVersion: $keepVersion, mergeVersion: $mergeVersion) {
    changes { id } } }`;
const PUT_STANCE = `mutation ($entry: StanceInput!, $version: String) {
  putStance(entry: $entry, version: $version) { entry { version body } } }`;

interface Stats {
  count: number;
  p50: number;
  p99: number;
}

function statsOf(latencies: number[]): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? NaN;
  return { count: sorted.length, p50: at(0.5), p99: at(0.99) };
}

/** Runs `workers` loops of `work` for `seconds`, timing each call (ms). */
async function runFor(workers: number, seconds: number, work: (worker: number) => Promise<void>): Promise<Stats> {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (performance.now() < until) {
        const started = performance.now();
        await work(worker);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return statsOf(latencies);
}

async function post(app: App, query: string, variables: object, cookie?: string): Promise<Record<string, unknown>> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', ...(cookie && { cookie }) },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (answer.errors) throw new Error(`request failed: ${JSON.stringify(answer.errors)}`);
  return answer.data!;
}

/** Records every statement the edits' write transactions run, to replay them through the bare driver. */
function recordStatements(driver: Driver, statements: { query: string; parameters: unknown }[]): Driver {
  const session = driver.session.bind(driver);
  const recording = (options: Parameters<Driver['session']>[0]): Session => {
    const inner = session(options);
    const executeWrite = inner.executeWrite.bind(inner);
    inner.executeWrite = ((work: (tx: ManagedTransaction) => Promise<unknown>) =>
      executeWrite((tx) => {
        statements.length = 0;
        const run = tx.run.bind(tx);
        return work(
          Object.assign(Object.create(tx) as ManagedTransaction, {
            run: (query: string, parameters?: Record<string, unknown>) => {
              statements.push({ query, parameters });
              return run(query, parameters);
            },
          }),
        );
      })) as Session['executeWrite'];
    return inner;
  };
  return Object.assign(Object.create(driver) as Driver, { session: recording });
}

/** An editor's loop: corrects its own stance, back and forth, sending the version it last read. */
function createEditor(app: App, cookie: string, stance: Record<string, unknown>, version: string) {
  let current = { body: stance, version };
  let turn = 0;
  return async () => {
    const summary = `${String(stance['summary'])}${turn++ % 2 === 0 ? ' (corrected)' : ''}`;
    const data = await post(app, PUT_STANCE, { entry: { ...current.body, summary }, version: current.version }, cookie);
    const { entry } = data['putStance'] as { entry: { version: string; body: Record<string, unknown> } };
    current = { body: entry.body, version: entry.version };
  };
}

interface MergePreview {
  keep: { version: string };
  merge: { version: string };
  rewritten: unknown[];
  shifted: number;
  conflicts: { blocking: boolean }[];
}

/** Times the preview and the merge of two busy people near the end of their file that no conflict keeps apart. */
async function timeMerge(app: App, executor: Executor, cookie: string): Promise<void> {
  const people = await executor.read<{ id: string }>(
    `MATCH (e:Entry {collection: 'people'}) WITH e ORDER BY e.position DESC LIMIT 40
     MATCH (p:Person {id: e.entryId}) RETURN p.id AS id ORDER BY COUNT { (p)--() } DESC LIMIT 12`,
  );
  for (let index = 1; index < people.length; index++) {
    const [keep, merge] = [people[0]!.id, people[index]!.id];
    let started = performance.now();
    const data = await post(app, MERGE_PREVIEW, { keep, merge }, cookie);
    const previewMs = performance.now() - started;
    const plan = data['mergePreview'] as MergePreview;
    if (plan.conflicts.some((conflict) => conflict.blocking)) continue;
    started = performance.now();
    const merged = await post(
      app,
      MERGE,
      { keep, merge, keepVersion: plan.keep.version, mergeVersion: plan.merge.version },
      cookie,
    );
    const mergeMs = performance.now() - started;
    const changes = (merged['mergeEntities'] as { changes: unknown[] }).changes.length;
    console.log(
      `merge of two people: preview ${previewMs.toFixed(0)} ms, merge ${mergeMs.toFixed(0)} ms ` +
        `(${plan.rewritten.length} entries rewritten, ${plan.shifted} shifted, ${changes} changes recorded)`,
    );
    return;
  }
  console.log('merge of two people: every pair tried has a blocking conflict');
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-edits-'));
  const db = await openBenchDatabase({ heap: values.heap, pageCache: '512m', onProgress: () => {} });
  try {
    await generateDataset({ dir, scale: Number(values.scale) });
    const database = db.database ? { database: db.database } : {};
    // The database is the bench's: edits a previous run left are discarded with the rest.
    await seedDatabase({ driver: db.driver, ...database, data: dir, reset: true, discardEdits: true });
    const executor = new Executor({ driver: db.driver, ...database });
    await ensureAuthSchema(executor);
    await ensureChangeSchema(executor);
    await executor.write((run) => run(`MATCH (u:User {name: 'bench-editor'}) DETACH DELETE u`));
    await addUser(executor, 'bench-editor', 'editor', PASSWORD);
    const statements: { query: string; parameters: unknown }[] = [];
    const driver = recordStatements(db.driver, statements);
    const app = createApp({ driver, ...database, logErrors: false, responseCache: false });
    const signIn = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
      body: JSON.stringify({
        query: 'mutation ($p: String!) { signIn(name: "bench-editor", password: $p) { name } }',
        variables: { p: PASSWORD },
      }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    // Read again after the floor's replays, which write an entry's recorded version back.
    const createEditors = async () => {
      const stances = await executor.read<{ body: string; version: string }>(
        `MATCH (e:Entry {collection: 'stances'}) RETURN e.body AS body, e.seedHash AS version ORDER BY e.position LIMIT 8`,
      );
      return stances.map(({ body, version }) =>
        createEditor(app, cookie, JSON.parse(body) as Record<string, unknown>, version),
      );
    };
    let editors = await createEditors();

    await runFor(1, 2, () => editors[0]!()); // warm-up, and the statements of one edit to replay
    const recorded = [...statements];
    const floor = async () => {
      const replay = recorded.map(({ query, parameters }) => {
        const change = (parameters as { change?: object } | undefined)?.change;
        // A change's id is unique: the replay writes a new one, as the edit would.
        const all = parameters as Record<string, unknown>;
        return { query, parameters: change ? { ...all, change: { ...change, id: randomUUID() } } : all };
      });
      const session = db.driver.session({ ...database });
      try {
        await session.executeWrite(async (tx) => {
          for (const { query, parameters } of replay) await tx.run(query, parameters);
        });
      } finally {
        await session.close();
      }
    };
    console.log(`one edit runs ${recorded.length} statements in one transaction`);
    for (const concurrency of [1, 8]) {
      editors = await createEditors();
      const edit = await runFor(concurrency, SECONDS, (worker) => editors[worker]!());
      const bare = await runFor(concurrency, SECONDS, floor);
      console.log(
        `edits at concurrency ${concurrency}: p50 ${edit.p50.toFixed(1)} ms, p99 ${edit.p99.toFixed(1)} ms (${edit.count} edits); ` +
          `floor p50 ${bare.p50.toFixed(1)} ms, p99 ${bare.p99.toFixed(1)} ms (${bare.count})`,
      );
    }
    editors = await createEditors();
    const read = () => post(app, READ, {}).then(() => {});
    await runFor(32, 2, read);
    const alone = await runFor(32, SECONDS, read);
    const [withWriters] = await Promise.all([
      runFor(32, SECONDS, read),
      runFor(4, SECONDS, (worker) => editors[worker]!()),
    ]);
    console.log(
      `reads at concurrency 32: alone p50 ${alone.p50.toFixed(1)} ms, p99 ${alone.p99.toFixed(1)} ms (${alone.count}); ` +
        `with 4 editors p50 ${withWriters.p50.toFixed(1)} ms, p99 ${withWriters.p99.toFixed(1)} ms (${withWriters.count}); ` +
        `p99 ratio ${(withWriters.p99 / alone.p99).toFixed(2)} (target ≤ 1.5)`,
    );
    await timeMerge(app, executor, cookie);
    // Edits left unexported would stop the next seed of this database: the bench's are of no use.
    await executor.write((run) => run(`MATCH (c:Change {by: 'bench-editor'}) DETACH DELETE c`));
  } finally {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
