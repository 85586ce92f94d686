import type { Session } from 'neo4j-driver';
import { LOAD_SCHEMA, SCHEMA_STATEMENTS, SEED_SCHEMA } from './schema-statements.js';

/** Which constraints and indexes: those a seed finds nodes by, or every one the API reads with too. */
export type SchemaScope = 'seed' | 'all';

/** The kind and name of what a schema statement creates; undefined for one that creates nothing (a DROP). */
function createdBy(statement: string): { kind: 'CONSTRAINT' | 'INDEX'; name: string } | undefined {
  const match = /^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) (\w+)/.exec(statement.trim());
  return match ? { kind: match[1] === 'CONSTRAINT' ? 'CONSTRAINT' : 'INDEX', name: match[2]! } : undefined;
}

/** The name of what a schema statement drops; undefined for one that creates. */
function droppedBy(statement: string): string | undefined {
  return /^DROP (?:CONSTRAINT|INDEX) (\w+)/.exec(statement.trim())?.[1];
}

/** Whether a statement would change this schema: it creates what is missing, or drops what is there. */
function changes(statement: string, existing: ReadonlySet<string>): boolean {
  const created = createdBy(statement)?.name;
  if (created !== undefined) return !existing.has(created);
  const dropped = droppedBy(statement);
  return dropped === undefined || existing.has(dropped);
}

function inScope(statement: string, scope: SchemaScope): boolean {
  if (scope === 'all') return true;
  const name = createdBy(statement)?.name;
  return name !== undefined && SEED_SCHEMA.has(name);
}

async function readSchemaNames(session: Session): Promise<Set<string>> {
  return session.executeRead(async (tx) => {
    const constraints = await tx.run('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    const indexes = await tx.run('SHOW INDEXES YIELD name RETURN collect(name) AS names');
    return new Set([constraints, indexes].flatMap((result) => result.records[0]?.get('names') as string[]));
  });
}

/** What `ensureSchema` changed: constraints and indexes created, and retired ones dropped. */
export interface SchemaChanges {
  created: number;
  dropped: number;
}

/**
 * The transactions to run schema statements in: the indexes in one, then the constraints in
 * another, the order of the list kept within each. Neo4j fills every index a transaction creates
 * with one scan of the store: one transaction per constraint scanned it once per constraint. An
 * index fills in the background, a constraint within its transaction, so the indexes (the
 * full-text ones most of the work) fill beside the constraints. At the end of a 1000x first load,
 * alternating runs: 7.5-8.9 s against 10.2-10.9 s with a transaction per statement (docs/writes.md).
 */
export function schemaTransactions(statements: readonly string[]): string[][] {
  const isConstraint = (statement: string) => createdBy(statement)?.kind === 'CONSTRAINT';
  const indexes = statements.filter((statement) => !isConstraint(statement));
  const constraints = statements.filter(isConstraint);
  return [indexes, constraints].filter((group) => group.length > 0);
}

/**
 * Creates the constraints and indexes of `scope` that are missing, drops the retired ones still
 * there, and waits until the new ones are online. Schema operations cannot share a transaction
 * with data writes: on a database that has them all, one read of their names replaces the writes,
 * which a one-fact change notices.
 */
export async function ensureSchema(session: Session, scope: SchemaScope = 'all'): Promise<SchemaChanges> {
  const existing = await readSchemaNames(session);
  const needed = SCHEMA_STATEMENTS.filter((statement) => inScope(statement, scope) && changes(statement, existing));
  if (needed.length === 0) return { created: 0, dropped: 0 };
  for (const group of schemaTransactions(needed)) {
    await session.executeWrite(async (tx) => {
      for (const statement of group) await tx.run(statement);
    });
  }
  await session.executeWrite((tx) => tx.run('CALL db.awaitIndexes(300)'));
  const created = needed.filter((statement) => createdBy(statement) !== undefined).length;
  return { created, dropped: needed.length - created };
}

/**
 * Drops the constraints and indexes a first load finds nothing by (all but LOAD_SCHEMA): built once
 * over the whole graph after its data, they cost less than updated row by row. A load killed before
 * they are built again leaves them missing, and the next seed builds them.
 */
export async function dropSchemaUntilLoaded(session: Session): Promise<void> {
  const existing = await readSchemaNames(session);
  for (const statement of SCHEMA_STATEMENTS) {
    const item = createdBy(statement);
    if (!item || LOAD_SCHEMA.has(item.name) || !existing.has(item.name)) continue;
    await session.executeWrite((tx) => tx.run(`DROP ${item.kind} ${item.name} IF EXISTS`));
  }
}
