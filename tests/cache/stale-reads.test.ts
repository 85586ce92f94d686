import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedDatabase } from '../../seed/seed-database.js';
import { createApp, type App } from '../../server/app.js';
import { ResponseStore } from '../../server/cache/response-store.js';
import { postGraphQL } from '../support/graphql.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';
import { writeWithRevision } from '../support/revised-write.js';

const PERSON = 'rudolf-rassendyll';
const QUERY = 'query ($id: ID!) { person(id: $id) { name } }';
const WRITERS = 4;
const WRITES_EACH = 10;
const READERS = 8;

/** An API process: its own driver (its own connections) and its own cache. */
interface Instance {
  app: App;
  store: ResponseStore;
  driver: Driver;
}

function startInstance(): Instance {
  const driver = connectTestDriver();
  const store = new ResponseStore({ maxBytes: 2 ** 20 });
  return { app: createApp({ driver, ...testDatabase(), logErrors: false, responseCache: { store } }), store, driver };
}

/**
 * Writers rename a person to the revision their write commits, readers read the name: a read that
 * starts after a write was acknowledged must see that write's revision or a later one.
 */
async function runInterleaved(driver: Driver, instances: Instance[]) {
  let acknowledged = 0;
  let writing = true;
  let reads = 0;
  const stale: string[] = [];
  const writer = async () => {
    for (let index = 0; index < WRITES_EACH; index++) {
      const { revision } = await writeWithRevision(driver, ({ revision }) => ({
        query: 'MATCH (p:Person {id: $id}) SET p.name = $name',
        parameters: { id: PERSON, name: `revision ${revision}` },
      }));
      acknowledged = Math.max(acknowledged, revision);
      // Let the readers in between writes, so that some of their reads are answered from the cache.
      const readsNow = reads;
      while (reads < readsNow + READERS) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const reader = async (index: number) => {
    while (writing) {
      const instance = instances[(index + reads) % instances.length]!;
      const floor = acknowledged;
      const response = await postGraphQL<{ person: { name: string } }>(instance.app, QUERY, { id: PERSON });
      const seen = Number(response.data?.person.name.replace('revision ', '') ?? Number.NaN);
      reads += 1;
      if (!(seen >= floor)) stale.push(`saw ${response.data?.person.name ?? JSON.stringify(response)} after ${floor}`);
    }
  };
  const readers = Array.from({ length: READERS }, (_, index) => reader(index));
  await Promise.all(Array.from({ length: WRITERS }, writer));
  writing = false;
  await Promise.all(readers);
  return { reads, writes: WRITERS * WRITES_EACH, stale };
}

// Hundreds of requests and tens of commits: minutes on a busy two-core machine, not seconds.
describe('never stale: every read that starts after a write committed sees it', { timeout: 180_000 }, () => {
  let driver: Driver;
  const instances: Instance[] = [];

  beforeAll(async () => {
    driver = connectTestDriver();
    await seedDatabase({ driver, ...testDatabase(), data: 'tests/fixtures/minimal', reset: true });
    // The name readers compare needs a revision in it before the first read.
    await writeWithRevision(driver, ({ revision }) => ({
      query: 'MATCH (p:Person {id: $id}) SET p.name = $name',
      parameters: { id: PERSON, name: `revision ${revision}` },
    }));
    instances.push(startInstance(), startInstance());
  });
  afterAll(async () => {
    await Promise.all([driver, ...instances.map((instance) => instance.driver)].map((d) => d.close()));
  });

  test('in one API process, readers and writers interleaved', async () => {
    const [one] = instances;
    const before = one!.store.stats();
    const { reads, writes, stale } = await runInterleaved(driver, [one!]);
    const after = one!.store.stats();
    console.log(
      `one process: ${reads} reads, ${writes} writes, ${stale.length} stale, ${after.hits - before.hits} from the cache`,
    );

    expect(stale).toEqual([]);
    expect(writes).toBe(WRITERS * WRITES_EACH);
    // The cache was exercised: reads between two writes were answered from it.
    expect(after.hits - before.hits).toBeGreaterThan(0);
  });

  test('across two API processes over one Neo4j, readers and writers interleaved', async () => {
    const before = instances.map((instance) => instance.store.stats().hits);
    const { reads, writes, stale } = await runInterleaved(driver, instances);
    const hits = instances.map((instance, index) => instance.store.stats().hits - before[index]!);
    console.log(
      `two processes: ${reads} reads, ${writes} writes, ${stale.length} stale, ${hits.join(' + ')} from the caches`,
    );

    expect(stale).toEqual([]);
    expect(hits.every((count) => count > 0)).toBe(true);
  });

  test('an answer cached by one process is not served by it once another process wrote', async () => {
    const [one, two] = instances;
    await postGraphQL(one!.app, QUERY, { id: PERSON });
    await postGraphQL(one!.app, QUERY, { id: PERSON });
    const { revision } = await writeWithRevision(two!.driver, ({ revision }) => ({
      query: 'MATCH (p:Person {id: $id}) SET p.name = $name',
      parameters: { id: PERSON, name: `revision ${revision}` },
    }));

    const response = await postGraphQL<{ person: { name: string } }>(one!.app, QUERY, { id: PERSON });
    expect(response.data?.person.name).toBe(`revision ${revision}`);
  });
});
