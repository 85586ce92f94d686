import type { Executor } from '../database/executor.js';
import { forbiddenError, unauthenticatedError } from '../errors.js';
import { readTokenViewer } from './api-tokens.js';
import { isRoleSufficient, type Role } from './roles.js';
import { readSessionViewer, type Viewer } from './sessions.js';

/** The session cookie's name; `__Host-` would forbid it on plain-HTTP development servers. */
export const SESSION_COOKIE = 'peace_talks_session';

/** What a request presents to prove who it acts for. */
export type Credentials = { kind: 'session' | 'token'; secret: string } | null;

/** Reads a bearer token (scripts) or the session cookie (browsers); a bearer token wins. */
export function readCredentials(request: Request): Credentials {
  const authorization = request.headers.get('authorization');
  const bearer = authorization && /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  if (bearer) return { kind: 'token', secret: bearer };
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE && value.length > 0) return { kind: 'session', secret: value.join('=') };
  }
  return null;
}

/** Who a request acts for: looked up once, on first use, so reads that need no user cost nothing. */
export interface RequestAuth {
  credentials: Credentials;
  viewer(): Promise<Viewer | undefined>;
  /** The viewer, or UNAUTHENTICATED / FORBIDDEN when they may not do what needs `role`. */
  require(role: Role): Promise<Viewer>;
}

export function createRequestAuth(executor: Executor, request: Request): RequestAuth {
  const credentials = readCredentials(request);
  let viewer: Promise<Viewer | undefined> | undefined;
  const load = () =>
    (viewer ??= !credentials
      ? Promise.resolve(undefined)
      : credentials.kind === 'token'
        ? readTokenViewer(executor, credentials.secret)
        : readSessionViewer(executor, credentials.secret));
  return {
    credentials,
    viewer: load,
    async require(role) {
      const found = await load();
      if (!found) {
        throw unauthenticatedError(
          !credentials
            ? 'Sign in, or send an API token, to change the graph'
            : credentials.kind === 'token'
              ? 'This API token is unknown or was revoked'
              : 'This session has expired or was ended; sign in again',
        );
      }
      if (!isRoleSufficient(found.role, role)) {
        throw forbiddenError(
          `This needs the ${role} role; \`${found.name}\` is ${found.role === 'admin' ? 'an' : 'a'} ${found.role}`,
        );
      }
      return found;
    },
  };
}

/** `Set-Cookie` for a new session: HttpOnly and SameSite=Strict, so scripts and other sites never send or read it. */
export function serializeSessionCookie(secret: string, { hours, secure }: { hours: number; secure: boolean }): string {
  return [
    `${SESSION_COOKIE}=${secret}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${Math.round(hours * 3600)}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** `Set-Cookie` that removes the session cookie. */
export function serializeClearedCookie({ secure }: { secure: boolean }): string {
  return [
    `${SESSION_COOKIE}=`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    'Max-Age=0',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
