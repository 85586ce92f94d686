import { randomUUID } from 'node:crypto';
import type { Executor } from '../database/executor.js';
import { AUTH_LABELS } from './auth-schema.js';
import type { Role } from './roles.js';
import { createSecret, hashSecret } from './secret-token.js';
import type { Viewer } from './sessions.js';

const TOKEN = AUTH_LABELS.apiToken;

/** An API token as an admin lists it: never its secret. */
export interface ApiToken {
  id: string;
  label: string;
  userName: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
}

const FIELDS = `t.id AS id, t.label AS label, t.userName AS userName, t.createdBy AS createdBy,
  t.createdAt AS createdAt, t.revokedAt AS revokedAt`;

/** Creates a token acting as `userName`; returns it with its secret, which is shown once and stored only hashed. */
export async function createApiToken(
  executor: Executor,
  { userName, label, createdBy }: { userName: string; label: string; createdBy: string },
): Promise<{ token: ApiToken; secret: string } | undefined> {
  const secret = createSecret();
  const [token] = await executor.write((run) =>
    run<ApiToken & Record<string, unknown>>(
      `MATCH (u:${AUTH_LABELS.user} {name: $userName})
       CREATE (t:${TOKEN} {id: $id, label: $label, userName: u.name, createdBy: $createdBy,
         createdAt: toString(datetime()), tokenHash: $tokenHash})
       RETURN ${FIELDS}`,
      { id: randomUUID(), label, userName, createdBy, tokenHash: hashSecret(secret) },
    ),
  );
  return token && { token, secret };
}

/** Revokes a token for good; undefined when there is no such token. */
export async function revokeApiToken(executor: Executor, id: string): Promise<ApiToken | undefined> {
  const [token] = await executor.write((run) =>
    run<ApiToken & Record<string, unknown>>(
      `MATCH (t:${TOKEN} {id: $id}) SET t.revokedAt = coalesce(t.revokedAt, toString(datetime())) RETURN ${FIELDS}`,
      { id },
    ),
  );
  return token;
}

/** Every token, newest first. */
export function listApiTokens(executor: Executor): Promise<ApiToken[]> {
  return executor.readUngated<ApiToken & Record<string, unknown>>(
    `MATCH (t:${TOKEN}) RETURN ${FIELDS} ORDER BY t.createdAt DESC, t.id`,
  );
}

/** The user a live token acts as, or undefined for an unknown or revoked one. */
export async function readTokenViewer(executor: Executor, secret: string): Promise<Viewer | undefined> {
  const [row] = await executor.readUngated<{ name: string; role: Role }>(
    `MATCH (t:${TOKEN} {tokenHash: $tokenHash}) WHERE t.revokedAt IS NULL
     MATCH (u:${AUTH_LABELS.user} {name: t.userName})
     RETURN u.name AS name, u.role AS role`,
    { tokenHash: hashSecret(secret) },
  );
  return row && { ...row, via: 'token' };
}
