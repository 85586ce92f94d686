import { spawn } from 'node:child_process';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { repoRoot } from '../../neo4j/config.js';
import { seedDatabase } from '../../seed/seed-database.js';
import { createApp, type App } from '../../server/app.js';
import { AUTH_LABELS, ensureAuthSchema } from '../../server/auth/auth-schema.js';
import { SESSION_COOKIE } from '../../server/auth/request-auth.js';
import { SIGN_IN_LIMIT } from '../../server/auth/sign-in.js';
import { CSRF_HEADER } from '../../server/auth/use-auth.js';
import { addUser } from '../../server/auth/users.js';
import { Executor } from '../../server/database/executor.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  setCookie: string | null;
}

interface Credentials {
  cookie?: string;
  bearer?: string;
  csrf?: boolean;
}

/** POSTs an operation as a browser (cookie) or a script (bearer) would, with the CSRF header unless told not to. */
async function post(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
  { cookie, bearer, csrf = true }: Credentials = {},
): Promise<Answer> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(csrf && { [CSRF_HEADER]: '1' }),
      ...(cookie && { cookie }),
      ...(bearer && { authorization: `Bearer ${bearer}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await response.json()) as object), setCookie: response.headers.get('set-cookie') };
}

const codes = (answer: Answer) => answer.errors?.map((error) => error.extensions?.code);

const SIGN_IN =
  'mutation ($name: String!, $password: String!) { signIn(name: $name, password: $password) { name role } }';
const VIEWER = '{ viewer { name role via } }';
const CREATE_TOKEN =
  'mutation ($user: String!) { createApiToken(user: $user, label: "script") { token { id } secret } }';
const REVOKE_TOKEN = 'mutation ($id: ID!) { revokeApiToken(id: $id) { revokedAt } }';
const PASSWORDS = { eddie: 'editor password 1', ada: 'admin password 12' };

describe('sign-in, roles and API tokens', () => {
  let driver: Driver;
  let executor: Executor;
  // Two instances of the API on one database, as behind a load balancer.
  let first: App;
  let second: App;

  /** Signs in and returns the `Cookie` header a browser would send back. */
  async function signIn(app: App, name: keyof typeof PASSWORDS): Promise<string> {
    const answer = await post(app, SIGN_IN, { name, password: PASSWORDS[name] });
    expect(answer.errors).toBeUndefined();
    return answer.setCookie!.split(';')[0]!;
  }

  beforeAll(async () => {
    driver = connectTestDriver();
    await seedDatabase({ driver, ...testDatabase(), data: 'tests/fixtures/minimal' });
    executor = new Executor({ driver, ...testDatabase() });
    await ensureAuthSchema(executor);
    await executor.write((run) => run(`MATCH (n:${Object.values(AUTH_LABELS).join('|')}) DETACH DELETE n`));
    await addUser(executor, 'eddie', 'editor', PASSWORDS.eddie);
    await addUser(executor, 'ada', 'admin', PASSWORDS.ada);
    const session = { hours: 1, secureCookie: false };
    first = createApp({ driver, ...testDatabase(), logErrors: false, session });
    second = createApp({ driver, ...testDatabase(), logErrors: false, session });
  });
  afterAll(() => driver.close());

  test('anyone reads; an anonymous write is UNAUTHENTICATED', async () => {
    expect((await post(first, '{ sources { id } }')).data).toEqual({ sources: [{ id: 'fixture-article' }] });
    expect((await post(first, VIEWER)).data).toEqual({ viewer: null });
    expect(codes(await post(first, CREATE_TOKEN, { user: 'eddie' }))).toEqual(['UNAUTHENTICATED']);
  });

  test('a mutation without the CSRF header is refused before it runs', async () => {
    const answer = await post(first, SIGN_IN, { name: 'eddie', password: PASSWORDS.eddie }, { csrf: false });
    expect(codes(answer)).toEqual(['CSRF_HEADER_MISSING']);
    expect(answer.setCookie).toBeNull();
  });

  test('a session cookie is HttpOnly and SameSite=Strict, and works on every instance', async () => {
    const answer = await post(first, SIGN_IN, { name: 'eddie', password: PASSWORDS.eddie });
    expect(answer.data).toEqual({ signIn: { name: 'eddie', role: 'EDITOR' } });
    expect(answer.setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[\\w-]{43}; Path=/; HttpOnly; SameSite=Strict;`));
    const cookie = answer.setCookie!.split(';')[0]!;
    expect((await post(second, VIEWER, {}, { cookie })).data).toEqual({
      viewer: { name: 'eddie', role: 'EDITOR', via: 'SESSION' },
    });
    // Only a hash of the secret is stored.
    const { records } = await driver.executeQuery(
      `MATCH (s:${AUTH_LABELS.session} {userName: 'eddie'}) RETURN collect(s.tokenHash) AS hashes`,
      {},
      testDatabase(),
    );
    expect(records[0]?.get('hashes')).not.toContain(cookie.split('=')[1]);
  });

  test('an editor may not manage API tokens: FORBIDDEN', async () => {
    const cookie = await signIn(first, 'eddie');
    const answer = await post(second, CREATE_TOKEN, { user: 'eddie' }, { cookie });
    expect(codes(answer)).toEqual(['FORBIDDEN']);
  });

  test('an admin creates an API token that acts as its user until revoked', async () => {
    const cookie = await signIn(first, 'ada');
    const created = await post(first, CREATE_TOKEN, { user: 'eddie' }, { cookie });
    const { token, secret } = (created.data as { createApiToken: { token: { id: string }; secret: string } })
      .createApiToken;
    expect((await post(second, VIEWER, {}, { bearer: secret })).data).toEqual({
      viewer: { name: 'eddie', role: 'EDITOR', via: 'TOKEN' },
    });
    expect((await post(second, REVOKE_TOKEN, { id: token.id }, { cookie })).errors).toBeUndefined();
    expect((await post(first, VIEWER, {}, { bearer: secret })).data).toEqual({ viewer: null });
    const refused = await post(first, CREATE_TOKEN, { user: 'eddie' }, { bearer: secret });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'This API token is unknown or was revoked',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  test('a session ends on sign-out, and when it expires', async () => {
    const cookie = await signIn(first, 'ada');
    const signedOut = await post(second, 'mutation { signOut }', {}, { cookie });
    expect(signedOut.data).toEqual({ signOut: true });
    expect(signedOut.setCookie).toContain('Max-Age=0');
    expect(codes(await post(first, CREATE_TOKEN, { user: 'eddie' }, { cookie }))).toEqual(['UNAUTHENTICATED']);

    const expiring = await signIn(first, 'ada');
    await driver.executeQuery(
      `MATCH (s:${AUTH_LABELS.session} {userName: 'ada'}) SET s.expiresAt = datetime() - duration('PT1S')`,
      {},
      testDatabase(),
    );
    expect((await post(first, VIEWER, {}, { cookie: expiring })).data).toEqual({ viewer: null });
    expect(codes(await post(first, CREATE_TOKEN, { user: 'eddie' }, { cookie: expiring }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  test('failed sign-ins are limited per name, across instances', async () => {
    await addUser(executor, 'mallory-target', 'editor', 'the right password');
    for (let attempt = 0; attempt < SIGN_IN_LIMIT.failures; attempt++) {
      const app = attempt % 2 === 0 ? first : second;
      expect(codes(await post(app, SIGN_IN, { name: 'mallory-target', password: 'a wrong guess' }))).toEqual([
        'UNAUTHENTICATED',
      ]);
    }
    // Even the right password waits out the window now.
    expect(codes(await post(second, SIGN_IN, { name: 'mallory-target', password: 'the right password' }))).toEqual([
      'RATE_LIMITED',
    ]);
  });

  test('`npm run user` adds a user from a piped password, lists and removes them', async () => {
    const runUser = (args: string[], input = '') =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const { uri, username, password, database } = inject('neo4j');
        const child = spawn(process.execPath, ['--import', 'tsx', 'tools/user/main.ts', ...args], {
          cwd: repoRoot,
          env: {
            ...process.env,
            NEO4J_URI: uri,
            NEO4J_USERNAME: username,
            NEO4J_PASSWORD: password ?? '',
            ...(database && { NEO4J_DATABASE: database }),
          },
        });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.stdin.end(input);
        child.once('exit', (code) => resolve({ code, out }));
      });
    expect(await runUser(['add', 'cli-editor', '--role', 'editor'], 'a piped password\n')).toEqual({
      code: 0,
      out: 'added editor "cli-editor"\n',
    });
    expect((await post(first, SIGN_IN, { name: 'cli-editor', password: 'a piped password' })).data).toEqual({
      signIn: { name: 'cli-editor', role: 'EDITOR' },
    });
    expect((await runUser(['list'])).out).toMatch(/^cli-editor\teditor\t/m);
    expect(await runUser(['remove', 'cli-editor'])).toEqual({
      code: 0,
      out: 'removed "cli-editor", with their sessions and API tokens\n',
    });
    const refused = await runUser(['add', 'x', '--role', 'owner']);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('user: a user name is 2–64 letters');
  }, 60_000);
});
