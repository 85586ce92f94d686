import type { Driver } from 'neo4j-driver';
import { seedDatabase } from '../../seed/seed-database.js';
import { AUTH_LABELS, ensureAuthSchema } from '../../server/auth/auth-schema.js';
import { Executor } from '../../server/database/executor.js';
import { ensureChangeSchema } from '../../server/mutations/change-schema.js';
import { CHANGE_LABEL } from '../../server/mutations/changes.js';
import { testDatabase } from './neo4j.js';

/**
 * The test database as the edit tests start from it: `fixture` seeded afresh, and no user, token,
 * session or change left by another file, so each file signs in and audits from nothing.
 */
export async function openEditDatabase(driver: Driver, fixture: string): Promise<Executor> {
  await seedDatabase({ driver, ...testDatabase(), data: fixture, reset: true, discardEdits: true });
  const executor = new Executor({ driver, ...testDatabase() });
  await ensureAuthSchema(executor);
  await ensureChangeSchema(executor);
  await executor.write((run) =>
    run(`MATCH (n:${[...Object.values(AUTH_LABELS), CHANGE_LABEL].join('|')}) DETACH DELETE n`),
  );
  return executor;
}
