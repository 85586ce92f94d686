import type { Executor } from '../database/executor.js';

/**
 * Users, sessions, API tokens and sign-in throttles live in Neo4j under labels no seed writes,
 * retires or deletes, so that several API processes share them and they survive restarts.
 */
export const AUTH_LABELS = {
  user: 'User',
  session: 'Session',
  apiToken: 'ApiToken',
  throttle: 'SignInThrottle',
} as const;

const STATEMENTS = [
  `CREATE CONSTRAINT user_name IF NOT EXISTS FOR (n:${AUTH_LABELS.user}) REQUIRE n.name IS UNIQUE`,
  `CREATE CONSTRAINT session_token IF NOT EXISTS FOR (n:${AUTH_LABELS.session}) REQUIRE n.tokenHash IS UNIQUE`,
  `CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (n:${AUTH_LABELS.apiToken}) REQUIRE n.tokenHash IS UNIQUE`,
  `CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:${AUTH_LABELS.apiToken}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT sign_in_throttle_name IF NOT EXISTS FOR (n:${AUTH_LABELS.throttle}) REQUIRE n.name IS UNIQUE`,
];

/** Creates the constraints the auth data relies on; idempotent. */
export async function ensureAuthSchema(executor: Executor): Promise<void> {
  // Schema changes cannot share a transaction with each other's data, so one per statement.
  for (const statement of STATEMENTS) await executor.write((run) => run(statement));
}
