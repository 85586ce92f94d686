import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SEEDED_LABEL } from '../../seed/graph/elements.js';
import { RETIRED_LABEL, STAGE_LABEL } from '../../seed/graph/staging.js';
import { countRows } from '../../seed/graph/write-graph.js';
import { prepareSeed } from '../../seed/seed-database.js';
import { createApp, type App } from '../../server/app.js';
import { postGraphQL } from '../support/graphql.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';
import { spawnSeed } from '../support/seed-child.js';

// Two datasets of different sizes: every count a reader sees must belong to one of them.
const SMALL = 'tests/fixtures/minimal';
const LARGE = 'seed/data';
// Small transactions make a first load and the staged path take many of them, so readers poll between them; the
// short lease lets /health call a killed seed interrupted within seconds.
const STAGED = ['--transaction-rows', '50', '--lease-seconds', '2'];
const ONE_TRANSACTION = ['--transaction-rows', '100000', '--lease-seconds', '2'];

interface Counts {
  meetings: number;
  stances: number;
  actors: number;
}

interface Observation {
  before: { version: string; revision: number } | 'not loaded';
  counts: Counts | 'not loaded';
  after: { version: string; revision: number } | 'not loaded';
}

const DATASET = '{ dataset { version revision } }';
const COUNTS = '{ meetings(limit: 1) { total } stances(limit: 1) { total } actors(limit: 1) { total } }';

/** One poll: the dataset, the counts, the dataset again, each its own request as a client makes them. */
async function observe(app: App): Promise<Observation> {
  const readDataset = async () => {
    const response = await postGraphQL<{ dataset: { version: string; revision: number } }>(app, DATASET);
    if (response.errors?.[0]?.extensions?.code === 'DATASET_NOT_LOADED') return 'not loaded' as const;
    if (!response.data) throw new Error(`dataset: ${JSON.stringify(response.errors)}`);
    return response.data.dataset;
  };
  const before = await readDataset();
  const response = await postGraphQL<Record<keyof Counts, { total: number }>>(app, COUNTS);
  let counts: Observation['counts'];
  if (response.errors?.every((error) => error.extensions?.code === 'DATASET_NOT_LOADED')) counts = 'not loaded';
  else if (!response.data || response.errors) throw new Error(`counts: ${JSON.stringify(response.errors)}`);
  else
    counts = {
      meetings: response.data.meetings.total,
      stances: response.data.stances.total,
      actors: response.data.actors.total,
    };
  return { before, counts, after: await readDataset() };
}

describe('readers during a seed', () => {
  let driver: Driver;
  let app: App;
  const expected = new Map<string, Counts>();
  let everLoaded = false;

  beforeAll(async () => {
    driver = connectTestDriver();
    for (const dir of [SMALL, LARGE]) {
      const { version, rows } = await prepareSeed(dir);
      expected.set(version, {
        meetings: rows.nodes.Meeting.length,
        // `stances` answers with actors' own positions; claims about others hang off their holder apart.
        stances: rows.relationships.TAKES.length,
        actors:
          rows.nodes.State.length + rows.nodes.Organisation.length + rows.nodes.Person.length + rows.nodes.Group.length,
      });
    }
    // A fresh database: no dataset at all.
    const session = driver.session(testDatabase());
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS').finally(() => session.close());
    app = createApp({ driver, ...testDatabase(), logErrors: false });
  });
  afterAll(() => driver.close());

  /** Every observation is of one whole dataset; returns the versions seen. */
  function checkObservation(observation: Observation): void {
    const { before, counts, after } = observation;
    if (before === 'not loaded' || counts === 'not loaded' || after === 'not loaded') {
      // Only a database that never held a dataset may say so; once loaded, a dataset is replaced whole.
      expect(everLoaded, `no dataset after one was loaded: ${JSON.stringify(observation)}`).toBe(false);
      if (after !== 'not loaded') everLoaded = true;
      return;
    }
    everLoaded = true;
    const known = [...expected.values()];
    for (const name of ['meetings', 'stances', 'actors'] as const) {
      expect(
        known.map((each) => each[name]),
        `${name} of no dataset: ${JSON.stringify(observation)}`,
      ).toContain(counts[name]);
    }
    // No change committed between the two reads of the dataset: the counts are that dataset's.
    if (before.revision === after.revision) {
      expect(counts, JSON.stringify(observation)).toEqual(expected.get(before.version));
    }
  }

  /** Polls the API while `run` goes on, checking every answer; returns how many polls were made. */
  async function pollDuring(run: Promise<unknown>): Promise<number> {
    let done = false;
    void run.finally(() => (done = true));
    let polls = 0;
    while (!done) {
      checkObservation(await observe(app));
      polls++;
    }
    checkObservation(await observe(app));
    return polls + 1;
  }

  async function readHealth(): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await app.fetch('http://localhost/health');
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async function waitForHealth(condition: (body: Record<string, unknown>) => boolean): Promise<void> {
    for (;;) {
      if (condition((await readHealth()).body)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function countLeftovers(): Promise<number> {
    const { records } = await driver.executeQuery(
      `MATCH (n) WHERE n:${STAGE_LABEL} OR n:${RETIRED_LABEL} RETURN count(n) AS count`,
      {},
      testDatabase(),
    );
    return Number(records[0]?.get('count'));
  }

  async function countSeededNodes(): Promise<number> {
    const { records } = await driver.executeQuery(
      `MATCH (n:${SEEDED_LABEL}) RETURN count(n) AS count`,
      {},
      testDatabase(),
    );
    return Number(records[0]?.get('count'));
  }

  test('a first seed killed while writing leaves no dataset, and /health says so', async () => {
    expect((await observe(app)).counts).toBe('not loaded');
    const child = spawnSeed(['--data', LARGE, ...STAGED], { killAt: /wrote \d+\// });
    await pollDuring(child.exited);
    expect((await child.exited).signal).toBe('SIGKILL');
    await waitForHealth((body) => body['seed'] === 'interrupted');
    const health = await readHealth();
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'no-dataset', dataset: null, seed: 'interrupted' });
    // What it wrote stays, out of every reader's sight.
    expect(await countSeededNodes()).toBeGreaterThan(0);
  }, 120_000);

  test('the next first seed writes only what the killed one had not, then publishes the whole dataset at once', async () => {
    const child = spawnSeed(['--data', LARGE, ...STAGED]);
    const polls = await pollDuring(child.exited);
    expect((await child.exited).code).toBe(0);
    expect(polls).toBeGreaterThan(1);
    const difference = child.lines.map((line) => /difference: (\d+) rows/.exec(line)).find(Boolean);
    expect(Number(difference?.[1])).toBeLessThan(countRows((await prepareSeed(LARGE)).rows));
    expect(await countLeftovers()).toBe(0);
    const health = await readHealth();
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', seed: 'idle' });
    expect(expected.get((health.body['dataset'] as { version: string }).version)).toBeDefined();
  }, 120_000);

  test.each([
    ['while staging', /staged \d+\//],
    ['as it publishes', /publishing the staged graph/],
    ['once published, while removing the retired graph', /published dataset/],
  ])(
    'a seed killed %s leaves a whole graph, then the next seed finishes the change',
    async (_, killAt) => {
      const child = spawnSeed(['--data', SMALL, ...STAGED], { killAt });
      await pollDuring(child.exited);
      // Interrupted, unless the kill came after the seed had finished its last step.
      await waitForHealth((body) => body['seed'] !== 'running');
      expect((await readHealth()).status).toBe(200);
      // The next seed takes over: it clears what the killed one left and loads the other dataset.
      const next = spawnSeed(['--data', LARGE, ...STAGED]);
      await pollDuring(next.exited);
      expect((await next.exited).code).toBe(0);
      expect(await countLeftovers()).toBe(0);
      expect((await readHealth()).body).toMatchObject({ status: 'ok', seed: 'idle' });
    },
    120_000,
  );

  test('a difference applied in one transaction and killed as it applies leaves a whole graph', async () => {
    const child = spawnSeed(['--data', SMALL, ...ONE_TRANSACTION], { killAt: /applying the difference/ });
    await pollDuring(child.exited);
    await waitForHealth((body) => body['seed'] === 'interrupted');
    const next = spawnSeed(['--data', SMALL, ...ONE_TRANSACTION]);
    await pollDuring(next.exited);
    expect((await next.exited).code).toBe(0);
    expect(next.lines.join('\n')).toMatch(/one transaction|nothing to write/);
    const { body } = await readHealth();
    expect(expected.get((body['dataset'] as { version: string }).version)?.meetings).toBe(
      (await prepareSeed(SMALL)).rows.nodes.Meeting.length,
    );
  }, 120_000);
});
