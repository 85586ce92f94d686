import { ENTRY_KIND } from '../../seed/graph/entries.js';
import type { Executor } from '../database/executor.js';
import { CHANGE_LABEL } from './changes.js';

const STATEMENTS = [
  `CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:${CHANGE_LABEL}) REQUIRE c.id IS UNIQUE`,
  // Two retries racing with one key: the second commit fails here, and its retry replays the first.
  `CREATE CONSTRAINT change_idempotency_key IF NOT EXISTS FOR (c:${CHANGE_LABEL}) REQUIRE c.idempotencyKey IS UNIQUE`,
  `CREATE INDEX change_entry IF NOT EXISTS FOR (c:${CHANGE_LABEL}) ON (c.entryId)`,
  `CREATE INDEX change_exported IF NOT EXISTS FOR (c:${CHANGE_LABEL}) ON (c.exported)`,
  // A new entry goes at the end of its file: the last position is one index seek, at any size.
  `CREATE INDEX entry_position IF NOT EXISTS FOR (e:${ENTRY_KIND}) ON (e.collection, e.position)`,
];

/** Creates the constraints and indexes the edits rely on; idempotent. */
export async function ensureChangeSchema(executor: Executor): Promise<void> {
  // Schema changes cannot share a transaction with each other's data, so one per statement.
  for (const statement of STATEMENTS) await executor.write((run) => run(statement));
}
