import type { Session } from 'neo4j-driver';
import { SCHEMA_STATEMENTS } from './schema-statements.js';

/**
 * Creates the constraints and indexes that are missing. Schema operations cannot share a
 * transaction with data writes, and each costs a transaction of its own: on a database that has
 * them all, one read of their names replaces a dozen writes, which a one-fact change notices.
 */
export async function ensureSchema(session: Session): Promise<void> {
  const existing = await session.executeRead(async (tx) => {
    const constraints = await tx.run('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    const indexes = await tx.run('SHOW INDEXES YIELD name RETURN collect(name) AS names');
    return new Set([constraints, indexes].flatMap((result) => result.records[0]?.get('names') as string[]));
  });
  const missing = SCHEMA_STATEMENTS.filter((statement) => {
    const name = /^CREATE (?:CONSTRAINT|INDEX|FULLTEXT INDEX) (\w+)/.exec(statement.trim())?.[1];
    return name === undefined || !existing.has(name);
  });
  if (missing.length === 0) return;
  for (const statement of missing) await session.executeWrite((tx) => tx.run(statement));
  await session.executeWrite((tx) => tx.run('CALL db.awaitIndexes(300)'));
}
