import neo4j, { type Driver } from 'neo4j-driver';
import type { CapturedQuery } from './contenders/floor.js';
import { toCypherValues } from '../server/database/executor.js';

/** What Neo4j did for one operation's Cypher: database hits and rows, summed over its plan. */
export interface QueryProfile {
  operation: string;
  dbHits: number;
  rows: number;
  /** Operators that did the most work, to point at the cause of a slow query. */
  topOperators: { operator: string; dbHits: number }[];
}

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

function flatten(plan: PlanNode): PlanNode[] {
  return [plan, ...plan.children.flatMap(flatten)];
}

/** Runs each captured query once under PROFILE (a read; the data is not changed) and sums its plan. */
export async function profileQueries(
  driver: Driver,
  database: string | undefined,
  captured: Record<string, CapturedQuery[]>,
): Promise<QueryProfile[]> {
  const profiles: QueryProfile[] = [];
  for (const [operation, queries] of Object.entries(captured)) {
    const operators: PlanNode[] = [];
    for (const { query, parameters } of queries) {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ, ...(database && { database }) });
      try {
        const converted = toCypherValues(parameters);
        const result = await session.executeRead((tx) => tx.run(`PROFILE ${query}`, converted));
        const plan = result.summary.profile;
        if (plan) operators.push(...flatten(plan as unknown as PlanNode));
      } finally {
        await session.close();
      }
    }
    profiles.push({
      operation,
      dbHits: operators.reduce((sum, node) => sum + node.dbHits, 0),
      rows: operators.reduce((sum, node) => sum + node.rows, 0),
      topOperators: [...operators]
        .sort((a, b) => b.dbHits - a.dbHits)
        .slice(0, 3)
        .map((node) => ({ operator: node.operatorType, dbHits: node.dbHits })),
    });
  }
  return profiles;
}
