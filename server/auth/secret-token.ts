import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a session cookie or an API token: 256 bits, base64url. */
export function createSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The database keeps only a hash of each secret, so its contents (a backup, a log) never let
 * anyone act as a user. A fast hash fits: the secret is random, not guessable like a password.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
