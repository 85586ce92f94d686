import type { Executor } from '../database/executor.js';
import { rateLimitedError, unauthenticatedError } from '../errors.js';
import { AUTH_LABELS } from './auth-schema.js';
import { UNKNOWN_USER_HASH, verifyPassword } from './password-hash.js';
import { createSession, type Viewer } from './sessions.js';
import { readCredentials } from './users.js';

/** Failed sign-ins allowed per user name within the window; the count lives in Neo4j, shared by every process. */
export const SIGN_IN_LIMIT = { failures: 5, windowMinutes: 15 } as const;

const THROTTLE = AUTH_LABELS.throttle;

const READ_BLOCK = `MATCH (t:${THROTTLE} {name: $name})
  WHERE t.failures >= $failures AND t.since > datetime() - duration({minutes: $windowMinutes})
  RETURN toString(t.since + duration({minutes: $windowMinutes})) AS until`;

// A window that has run out starts again at this failure.
const RECORD_FAILURE = `MERGE (t:${THROTTLE} {name: $name})
  ON CREATE SET t.failures = 0, t.since = datetime()
  WITH t, t.since <= datetime() - duration({minutes: $windowMinutes}) AS expired
  SET t.failures = CASE WHEN expired THEN 1 ELSE t.failures + 1 END,
      t.since = CASE WHEN expired THEN datetime() ELSE t.since END`;

/**
 * Checks a name and password and starts a session: returns the user and the session's secret.
 * Unknown names and wrong passwords fail alike, after the same scrypt work, and both count
 * towards the name's limit of failed attempts.
 */
export async function signIn(
  executor: Executor,
  { name, password, sessionHours }: { name: string; password: string; sessionHours: number },
): Promise<{ viewer: Viewer; secret: string }> {
  const limits = { name, ...SIGN_IN_LIMIT };
  const [blocked] = await executor.readUngated<{ until: string }>(READ_BLOCK, limits);
  if (blocked) {
    throw rateLimitedError(`Too many failed sign-ins for \`${name}\`; try again after ${blocked.until}`);
  }
  const credentials = await readCredentials(executor, name);
  const matches = await verifyPassword(password, credentials?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!credentials || !matches) {
    await executor.write((run) => run(RECORD_FAILURE, limits));
    throw unauthenticatedError('Wrong user name or password');
  }
  await executor.write((run) => run(`MATCH (t:${THROTTLE} {name: $name}) DELETE t`, { name }));
  const secret = await createSession(executor, name, sessionHours);
  return { viewer: { name, role: credentials.role, via: 'session' }, secret };
}
