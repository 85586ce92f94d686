import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Executor } from '../../server/database/executor.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

describe('the executor, the one funnel to Neo4j', () => {
  let driver: Driver;
  let executor: Executor;

  beforeAll(() => {
    driver = connectTestDriver();
    executor = new Executor({ driver, ...testDatabase() });
  });
  afterAll(() => driver.close());

  test('runs parameterised reads and hands back plain records', async () => {
    const records = await executor.read<{ answer: number; echo: string }>('RETURN $n + 1 AS answer, $text AS echo', {
      n: 41,
      text: 'Istanbul',
    });
    expect(records).toEqual([{ answer: 42, echo: 'Istanbul' }]);
  });

  test('gives the process its stack traces back after a query, whether it succeeds or fails', async () => {
    const limit = Error.stackTraceLimit;
    await executor.read('RETURN 1 AS one');
    expect(Error.stackTraceLimit).toBe(limit);
    const failure = executor.read('RETURN nonsense(');
    await expect(failure).rejects.toThrow(/Invalid input/);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('probe').stack?.split('\n').length).toBeGreaterThan(1);
  });
});
