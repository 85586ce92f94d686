import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedDatabase } from '../../seed/seed-database.js';
import { Executor } from '../../server/database/executor.js';
import { readRevision } from '../../server/database/graph-revision.js';
import { writeWithRevision } from '../support/revised-write.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

const touch = () => ({ query: 'RETURN 1' });

describe("the graph's revision", () => {
  let driver: Driver;
  let executor: Executor;

  beforeAll(async () => {
    driver = connectTestDriver();
    executor = new Executor({ driver, ...testDatabase() });
    await seedDatabase({ driver, ...testDatabase(), data: 'tests/fixtures/minimal', reset: true });
  });
  afterAll(() => driver.close());

  test('a seed gives the graph a revision, and each write advances it by one', async () => {
    const seeded = await readRevision(executor);
    const written = await writeWithRevision(driver, touch);

    expect(seeded?.revision).toBeGreaterThanOrEqual(1);
    expect(written).toEqual({ epoch: seeded?.epoch, revision: seeded!.revision + 1 });
    expect(await readRevision(executor)).toEqual(written);
  });

  test('concurrent writers never share a revision', async () => {
    const before = await readRevision(executor);
    const writers = 4;
    const writesEach = 10;
    const revisions = (
      await Promise.all(
        Array.from({ length: writers }, async () => {
          const mine: number[] = [];
          for (let index = 0; index < writesEach; index++) mine.push((await writeWithRevision(driver, touch)).revision);
          return mine;
        }),
      )
    ).flat();

    expect(new Set(revisions).size).toBe(writers * writesEach);
    expect((await readRevision(executor))?.revision).toBe(before!.revision + writers * writesEach);
  });

  test('a seed that rewrites the graph advances the revision, so no revision is ever reused', async () => {
    const before = await readRevision(executor);
    await seedDatabase({ driver, ...testDatabase(), data: 'tests/fixtures/minimal', reset: true });
    const after = await readRevision(executor);

    expect(after).not.toEqual(before);
    if (after?.epoch === before?.epoch) expect(after!.revision).toBeGreaterThan(before!.revision);
  });

  test('a graph without revision reads as none', async () => {
    await driver.executeQuery('MATCH (info:DatasetInfo) REMOVE info.revision, info.revisionEpoch', {}, testDatabase());

    expect(await readRevision(executor)).toBeNull();
  });
});
