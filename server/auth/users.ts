import type { Executor } from '../database/executor.js';
import { AUTH_LABELS } from './auth-schema.js';
import { hashPassword } from './password-hash.js';
import type { Role } from './roles.js';

const USER = AUTH_LABELS.user;

/** A user as tools and resolvers see it: never the password hash. */
export interface User {
  name: string;
  role: Role;
  createdAt: string;
}

/** The rules a user name and a password must meet; messages name the rule. */
export function checkUserName(name: string): string | null {
  return /^[a-z0-9][a-z0-9._-]{1,63}$/i.test(name)
    ? null
    : `a user name is 2–64 letters, digits, dots, dashes or underscores, got "${name}"`;
}

export function checkPassword(password: string): string | null {
  return password.length >= 12 && password.length <= 1024 ? null : 'a password must hold 12 to 1,024 characters';
}

/** Adds a user; false when the name is taken. */
export async function addUser(executor: Executor, name: string, role: Role, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  const rows = await executor.write((run) =>
    run<{ created: boolean }>(
      `MERGE (u:${USER} {name: $name})
       ON CREATE SET u.role = $role, u.passwordHash = $passwordHash, u.createdAt = toString(datetime()), u.created = true
       WITH u, coalesce(u.created, false) AS created REMOVE u.created
       RETURN created`,
      { name, role, passwordHash },
    ),
  );
  return rows[0]?.created === true;
}

/** Every user, by name. */
export function listUsers(executor: Executor): Promise<User[]> {
  return executor.readUngated<User & Record<string, unknown>>(
    `MATCH (u:${USER}) RETURN u.name AS name, u.role AS role, u.createdAt AS createdAt ORDER BY name`,
  );
}

/** Removes a user with their sessions and API tokens; false when there was no such user. */
export async function removeUser(executor: Executor, name: string): Promise<boolean> {
  const rows = await executor.write((run) =>
    run<{ removed: number }>(
      `MATCH (u:${USER} {name: $name})
       CALL (u) { MATCH (s:${AUTH_LABELS.session} {userName: u.name}) DELETE s }
       CALL (u) { MATCH (t:${AUTH_LABELS.apiToken} {userName: u.name}) DELETE t }
       DELETE u
       RETURN count(u) AS removed`,
      { name },
    ),
  );
  return (rows[0]?.removed ?? 0) > 0;
}

/** Sets a new password and ends the user's sessions; false when there is no such user. */
export async function resetPassword(executor: Executor, name: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  const rows = await executor.write((run) =>
    run<{ found: number }>(
      `MATCH (u:${USER} {name: $name}) SET u.passwordHash = $passwordHash
       WITH u CALL (u) { MATCH (s:${AUTH_LABELS.session} {userName: u.name}) DELETE s }
       RETURN count(u) AS found`,
      { name, passwordHash },
    ),
  );
  return (rows[0]?.found ?? 0) > 0;
}

/** A user's role and password hash, for signing in; undefined when unknown. */
export async function readCredentials(
  executor: Executor,
  name: string,
): Promise<{ role: Role; passwordHash: string } | undefined> {
  const [row] = await executor.readUngated<{ role: Role; passwordHash: string }>(
    `MATCH (u:${USER} {name: $name}) RETURN u.role AS role, u.passwordHash AS passwordHash`,
    { name },
  );
  return row;
}
