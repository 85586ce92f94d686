import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureSchema, schemaTransactions } from '../../seed/graph/ensure-schema.js';
import { RETIRED_FULLTEXT_INDEX, SCHEMA_STATEMENTS } from '../../seed/graph/schema-statements.js';
import { seedDatabase } from '../../seed/seed-database.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

// Every seed ensures the schema: on a database that has it all, that is one read and nothing run,
// where dropping the retired index "if it exists" every time cost two more round trips.
describe('ensuring the schema', () => {
  let driver: Driver;
  const indexNames = async () => {
    const { records } = await driver.executeQuery('SHOW INDEXES YIELD name RETURN name', {}, testDatabase());
    return records.map((record) => record.get('name') as string);
  };
  const ensure = async () => {
    const session = driver.session(testDatabase());
    try {
      return await ensureSchema(session);
    } finally {
      await session.close();
    }
  };

  beforeAll(async () => {
    driver = connectTestDriver();
    await seedDatabase({ driver, ...testDatabase(), data: 'tests/fixtures/minimal', reset: true });
  });
  afterAll(() => driver.close());

  test('drops the retired full-text index while it is there, and then runs nothing', async () => {
    await driver.executeQuery(
      `CREATE FULLTEXT INDEX ${RETIRED_FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Person) ON EACH [n.name]`,
      {},
      testDatabase(),
    );
    expect(await indexNames()).toContain(RETIRED_FULLTEXT_INDEX);

    expect(await ensure()).toEqual({ created: 0, dropped: 1 });
    expect(await indexNames()).not.toContain(RETIRED_FULLTEXT_INDEX);

    expect(await ensure()).toEqual({ created: 0, dropped: 0 });
  });
});

describe('the transactions of schema statements', () => {
  test('the indexes in one, filled in the background while the constraints fill in a second, each group with one scan', () => {
    const isConstraint = (statement: string) => statement.startsWith('CREATE CONSTRAINT');
    const [indexes, constraints, ...more] = schemaTransactions(SCHEMA_STATEMENTS);
    expect(more).toEqual([]);
    expect(indexes!.length).toBeGreaterThan(0);
    expect(indexes!.some(isConstraint)).toBe(false);
    expect(constraints).toEqual(SCHEMA_STATEMENTS.filter(isConstraint));
    expect([...indexes!, ...constraints!].sort()).toEqual([...SCHEMA_STATEMENTS].sort());
    // Within each group the list's order holds: the retired index goes before its successor comes.
    const retired = indexes!.findIndex((statement) => statement.startsWith(`DROP INDEX ${RETIRED_FULLTEXT_INDEX} `));
    const fullText = indexes!.findIndex((statement) => statement.startsWith('CREATE FULLTEXT INDEX'));
    expect(retired).toBeGreaterThanOrEqual(0);
    expect(retired).toBeLessThan(fullText);
  });

  test('no empty transaction when only constraints are missing', () => {
    const constraints = SCHEMA_STATEMENTS.filter((statement) => statement.startsWith('CREATE CONSTRAINT'));
    expect(schemaTransactions(constraints)).toEqual([constraints]);
  });
});
