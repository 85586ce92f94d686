import { badUserInputError, notFoundError } from '../errors.js';
import type { ApiToken as ApiTokenResult, MutationResolvers, QueryResolvers } from '../generated/resolver-types.js';
import { createApiToken, listApiTokens, revokeApiToken, type ApiToken } from './api-tokens.js';
import { serializeClearedCookie, serializeSessionCookie } from './request-auth.js';
import { deleteSession, type Viewer } from './sessions.js';
import { signIn } from './sign-in.js';
import { setResponseCookie } from './use-auth.js';

// Long enough for any real name, label or passphrase; short enough that no request carries a novel.
const LIMITS = { name: 64, password: 1024, label: 100 } as const;

function checkLength(field: keyof typeof LIMITS, value: string): void {
  if (value.length === 0 || value.length > LIMITS[field]) {
    throw badUserInputError(`'${field}' must hold 1–${LIMITS[field]} characters, got ${value.length}`);
  }
}

function toViewerResult(viewer: Viewer) {
  return {
    name: viewer.name,
    role: viewer.role.toUpperCase() as Uppercase<typeof viewer.role>,
    via: viewer.via === 'session' ? ('SESSION' as const) : ('TOKEN' as const),
  };
}

function toTokenResult(token: ApiToken): ApiTokenResult {
  const { userName, ...rest } = token;
  return { ...rest, user: userName };
}

/** Who am I, and the admin's list of tokens. */
export const authQueryResolvers: QueryResolvers = {
  viewer: async (_, __, { auth }) => {
    const viewer = await auth.viewer();
    return viewer ? toViewerResult(viewer) : null;
  },
  apiTokens: async (_, __, { auth, executor }) => {
    await auth.require('admin');
    return (await listApiTokens(executor)).map(toTokenResult);
  },
};

/** Sign-in, sign-out and API tokens: each checks its arguments and the role, then calls one named function. */
export const authMutationResolvers: MutationResolvers = {
  signIn: async (_, { name, password }, { executor, request, session }) => {
    checkLength('name', name);
    checkLength('password', password);
    const { viewer, secret } = await signIn(executor, { name, password, sessionHours: session.hours });
    setResponseCookie(request, serializeSessionCookie(secret, { hours: session.hours, secure: session.secureCookie }));
    return toViewerResult(viewer);
  },
  signOut: async (_, __, { auth, executor, request, session }) => {
    const { credentials } = auth;
    if (credentials?.kind !== 'session') return false;
    await deleteSession(executor, credentials.secret);
    setResponseCookie(request, serializeClearedCookie({ secure: session.secureCookie }));
    return true;
  },
  createApiToken: async (_, { user, label }, { auth, executor }) => {
    checkLength('name', user);
    checkLength('label', label);
    const admin = await auth.require('admin');
    const created = await createApiToken(executor, { userName: user, label, createdBy: admin.name });
    if (!created) throw notFoundError('User', user);
    return { token: toTokenResult(created.token), secret: created.secret };
  },
  revokeApiToken: async (_, { id }, { auth, executor }) => {
    await auth.require('admin');
    const token = await revokeApiToken(executor, id);
    if (!token) throw notFoundError('ApiToken', id);
    return toTokenResult(token);
  },
};
