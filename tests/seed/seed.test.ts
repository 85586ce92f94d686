import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../seed/graph/elements.js';
import { COUNTS, COUNTS_QUERY, readGraphSummary, type GraphSummary } from '../../seed/graph/graph-summary.js';
import { prepareSeed, seedDatabase, type PreparedSeed } from '../../seed/seed-database.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

/** The counts the prepared rows imply: what a complete, duplicate-free load must leave. */
function expectedSummary(prepared: PreparedSeed): Pick<GraphSummary, 'nodes' | 'relationships'> {
  const nodes: Record<string, number> = { DatasetInfo: 1 };
  for (const [kind, labels] of Object.entries(NODE_LABELS)) {
    const count = prepared.rows.nodes[kind as keyof typeof NODE_LABELS].length;
    // The summary leaves zero counts out (the curated files merged no entity: no former ids).
    if (count === 0) continue;
    for (const label of labels) nodes[label] = (nodes[label] ?? 0) + count;
  }
  const relationships = Object.fromEntries(
    RELATIONSHIP_TYPES.map((type) => [type, prepared.rows.relationships[type].length]).filter(
      ([, count]) => count !== 0,
    ),
  );
  return { nodes, relationships };
}

describe('seeding the curated dataset', () => {
  let driver: Driver;
  let prepared: PreparedSeed;
  let first: GraphSummary;

  beforeAll(async () => {
    driver = connectTestDriver();
    prepared = await prepareSeed('seed/data');
    first = (await seedDatabase({ driver, ...testDatabase(), data: 'seed/data', reset: true })).summary;
  });
  afterAll(() => driver.close());

  test('writes every node and relationship the files describe, once', () => {
    expect({ nodes: first.nodes, relationships: first.relationships }).toEqual(expectedSummary(prepared));
  });

  test('counts the graph from the count store, without scanning a node or a relationship', async () => {
    const session = driver.session(testDatabase());
    try {
      const { summary } = await session.run(`PROFILE ${COUNTS_QUERY}`);
      type Operator = { operatorType: string; children: Operator[] };
      const flatten = (operator: Operator): string[] => [
        operator.operatorType.replace(/@.*/, ''),
        ...operator.children.flatMap(flatten),
      ];
      const operators = flatten(summary.profile as unknown as Operator);
      expect(operators.filter((operator) => /Scan|Expand|Seek/.test(operator))).toEqual([]);
      expect(operators.filter((operator) => operator.endsWith('FromCountStore'))).toHaveLength(COUNTS.length);
    } finally {
      await session.close();
    }
  });

  test('is idempotent: a second run leaves the same graph', async () => {
    const second = await seedDatabase({ driver, ...testDatabase(), data: 'seed/data' });
    expect(second.summary).toEqual(first);
    expect(second.version).toBe(prepared.version);
  });

  test('--reset removes what is not in the files', async () => {
    const session = driver.session(testDatabase());
    await session.run('CREATE (:Entity:Person {id: "stray-person", name: "Stray"})');
    await session.close();
    expect((await readGraphSummary(driver, testDatabase().database)).nodes['Person']).toBe(first.nodes['Person']! + 1);
    const reset = await seedDatabase({ driver, ...testDatabase(), data: 'seed/data', reset: true });
    expect(reset.summary).toEqual(first);
  });

  test('creates the id constraints and the full-text index over names and aliases', async () => {
    const session = driver.session(testDatabase());
    try {
      const result = await session.run(
        "CALL db.index.fulltext.queryNodes('entity_names_v2', 'Zelenskyy') YIELD node RETURN node.id AS id LIMIT 1",
      );
      expect(result.records[0]?.get('id')).toBe('volodymyr-zelensky');
      const constraints = await session.run('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
      expect(constraints.records[0]?.get('names')).toEqual(
        expect.arrayContaining(['entity_id', 'person_id', 'meeting_id']),
      );
    } finally {
      await session.close();
    }
  });
});
