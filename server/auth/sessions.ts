import type { Executor } from '../database/executor.js';
import { AUTH_LABELS } from './auth-schema.js';
import type { Role } from './roles.js';
import { createSecret, hashSecret } from './secret-token.js';

/** Who a request acts for, and how it proved it. */
export interface Viewer {
  name: string;
  role: Role;
  via: 'session' | 'token';
}

/** Starts a session for a user; returns the secret for the cookie (only its hash is stored). */
export async function createSession(executor: Executor, userName: string, hours: number): Promise<string> {
  const secret = createSecret();
  await executor.write((run) =>
    run(
      `CREATE (:${AUTH_LABELS.session} {tokenHash: $tokenHash, userName: $userName,
         createdAt: datetime(), expiresAt: datetime() + duration({minutes: $minutes})})`,
      { tokenHash: hashSecret(secret), userName, minutes: Math.round(hours * 60) },
    ),
  );
  return secret;
}

/** Ends a session; a no-op for an unknown one. */
export async function deleteSession(executor: Executor, secret: string): Promise<void> {
  await executor.write((run) =>
    run(`MATCH (s:${AUTH_LABELS.session} {tokenHash: $tokenHash}) DELETE s`, { tokenHash: hashSecret(secret) }),
  );
}

/** The user of a live session, or undefined for an unknown or expired one. */
export async function readSessionViewer(executor: Executor, secret: string): Promise<Viewer | undefined> {
  const [row] = await executor.readUngated<{ name: string; role: Role }>(
    `MATCH (s:${AUTH_LABELS.session} {tokenHash: $tokenHash}) WHERE s.expiresAt > datetime()
     MATCH (u:${AUTH_LABELS.user} {name: s.userName})
     RETURN u.name AS name, u.role AS role`,
    { tokenHash: hashSecret(secret) },
  );
  return row && { ...row, via: 'session' };
}
