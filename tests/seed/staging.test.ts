import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { readGraphSummary, type GraphSummary } from '../../seed/graph/graph-summary.js';
import { SeedWriteError } from '../../seed/graph/seed-write-error.js';
import { markSwap, STAGE_LABEL } from '../../seed/graph/staging.js';
import { countNodes, stageGraphRows } from '../../seed/graph/write-graph.js';
import {
  prepareSeed,
  readSeededVersion,
  recoverInterruptedSeed,
  seedDatabase,
  type PreparedSeed,
} from '../../seed/seed-database.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

const MINIMAL = 'tests/fixtures/minimal';
const CURATED = 'seed/data';

// A seed writes in small transactions into a staging area and swaps it in after a commit point;
// these tests interrupt it on either side of that point, as a killed process would. Each stages the
// whole curated dataset (one transaction per kind of node and relationship) and seeds twice: on a
// busy shared machine that takes over the suite's default 30 s, hence a longer limit.
describe('an interrupted seed', { timeout: 180_000 }, () => {
  let driver: Driver;
  let minimal: GraphSummary;
  let curated: PreparedSeed;
  const openSession = () => driver.session(testDatabase());
  const countStaged = async () => {
    const { records } = await driver.executeQuery(
      `MATCH (n:${STAGE_LABEL}) RETURN count(n) AS count`,
      {},
      testDatabase(),
    );
    return Number(records[0]?.get('count'));
  };

  beforeAll(async () => {
    driver = connectTestDriver();
    curated = await prepareSeed(CURATED);
  });
  beforeEach(async () => {
    minimal = (await seedDatabase({ driver, ...testDatabase(), data: MINIMAL, reset: true })).summary;
  });
  afterAll(() => driver.close());

  test('before its commit point is invisible to the API and discarded by the next start', async () => {
    await stageGraphRows(openSession, curated.rows);
    expect(await countStaged()).toBeGreaterThan(200);
    // Staged nodes wear no label the API matches: the live graph still reads as the minimal one.
    const live = await readGraphSummary(driver, testDatabase().database);
    expect(live.nodes).toEqual(minimal.nodes);
    expect(live.relationships).toEqual(minimal.relationships);

    await recoverInterruptedSeed(driver, testDatabase().database, () => {});
    expect(await countStaged()).toBe(0);
    expect(await readGraphSummary(driver, testDatabase().database)).toEqual(minimal);
  });

  test('after its commit point is finished by the next start', async () => {
    await stageGraphRows(openSession, curated.rows);
    const session = openSession();
    await markSwap(session, {
      stagedNodes: countNodes(curated.rows),
      version: curated.version,
      facts: curated.facts.facts,
      quotes: curated.facts.quotes,
      reset: false,
    });
    await session.close();

    const messages: string[] = [];
    await recoverInterruptedSeed(driver, testDatabase().database, (message) => messages.push(message));
    expect(messages[0]).toBe(`finishing the interrupted swap to dataset ${curated.version}`);
    expect(await countStaged()).toBe(0);
    expect(await readSeededVersion(driver, testDatabase().database)).toBe(curated.version);
    // The minimal graph is gone and the curated one is whole: the same as a seed that ran through.
    const recovered = await readGraphSummary(driver, testDatabase().database);
    const fresh = await seedDatabase({ driver, ...testDatabase(), data: curated, reset: true });
    expect(recovered).toEqual(fresh.summary);
    expect(fresh.summary.nodes['Person']).toBe(curated.rows.nodes.Person.length);
  });

  test('a seed discards what an earlier failed one staged before writing its own', async () => {
    await stageGraphRows(openSession, curated.rows);
    const result = await seedDatabase({ driver, ...testDatabase(), data: MINIMAL });
    expect(await countStaged()).toBe(0);
    expect(result.summary).toEqual(minimal);
  });

  test('no swap starts when the staging area changed under the seed', async () => {
    await stageGraphRows(openSession, curated.rows);
    // As a server start would, taking the staging area for an abandoned one.
    await driver.executeQuery(`MATCH (n:${STAGE_LABEL}) WITH n LIMIT 1 DETACH DELETE n`, {}, testDatabase());
    const session = openSession();
    const details = {
      version: curated.version,
      facts: curated.facts.facts,
      quotes: curated.facts.quotes,
      reset: false,
    };
    await expect(markSwap(session, { stagedNodes: countNodes(curated.rows), ...details })).rejects.toThrow(
      SeedWriteError,
    );
    await session.close();
    await recoverInterruptedSeed(driver, testDatabase().database, () => {});
    expect(await readGraphSummary(driver, testDatabase().database)).toEqual(minimal);
  });
});
