import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, test, vi } from 'vitest';
import { seedDatabase } from '../../seed/seed-database.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';
import { socketWritesForMessage } from '../support/driver-chunks.js';

const run = promisify(execFile);

/**
 * The environment of a host without the project's development tools: the PATH without any
 * `node_modules/.bin`, so `node` and `npm` are the system's, not the Node 24 of the devDependencies.
 */
function systemEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const PATH = (process.env['PATH'] ?? '')
    .split(path.delimiter)
    .filter((dir) => !dir.includes('node_modules'))
    .join(path.delimiter);
  const env: NodeJS.ProcessEnv = { ...process.env, PATH, ...extra };
  // npm's own run-script variables would point the scratch install back at this checkout.
  for (const key of Object.keys(env)) if (key.startsWith('npm_')) delete env[key];
  return env;
}

describe('the production build, installed without development dependencies', () => {
  let scratch: string;
  let child: ChildProcessWithoutNullStreams | undefined;
  const lines: Record<string, unknown>[] = [];
  let origin = '';

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'peace-talks-build-'));
    const app = path.join(scratch, 'app');
    await run(process.execPath, ['--import', 'tsx', 'tools/build/main.ts', '--out', app], { maxBuffer: 2 ** 24 });
    // Offline from npm's cache where it can: the suite must not depend on the registry's speed.
    await run('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: app,
      env: systemEnv(),
      maxBuffer: 2 ** 24,
    });
    // The served build seeds an empty database on start; seeded here, it only checks the version.
    const driver = connectTestDriver();
    await seedDatabase({ driver, ...testDatabase(), data: 'seed/data' });
    await driver.close();

    const { uri, username, password, database } = inject('neo4j');
    child = spawn('npm', ['run', 'serve'], {
      cwd: app,
      env: systemEnv({
        NODE_ENV: 'production',
        NEO4J_URI: uri,
        NEO4J_USERNAME: username,
        NEO4J_PASSWORD: password ?? '',
        NEO4J_DATABASE: database ?? '',
        HOST: '127.0.0.1',
        PORT: '0',
      }),
      // Its own process group: npm's child, the server, goes with it on the final kill.
      detached: true,
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('{')) lines.push(JSON.parse(line) as Record<string, unknown>);
    });
    child.stderr.resume();
    await vi.waitFor(
      () => {
        if (child?.exitCode !== null) throw new Error(`serve exited with code ${child?.exitCode}`);
        const listening = lines.find((line) => typeof line['port'] === 'number' && line['host']);
        if (!listening) throw new Error('not listening yet');
        origin = `http://${String(listening['host'])}:${Number(listening['port'])}`;
      },
      { timeout: 120_000, interval: 200 },
    );
  }, 600_000);

  afterAll(async () => {
    if (child?.pid && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }, 120_000);

  test('runs on the system Node, with no compiler among its modules', async () => {
    const { stdout } = await run('node', ['--version'], { env: systemEnv() });
    expect(Number(/^v(\d+)/.exec(stdout)?.[1])).toBeGreaterThanOrEqual(20);
    const modules = path.join(scratch, 'app', 'node_modules');
    expect(existsSync(path.join(modules, 'graphql-yoga'))).toBe(true);
    for (const tool of ['tsx', 'typescript', 'vite', 'vitest', 'node']) {
      expect(existsSync(path.join(modules, tool)), tool).toBe(false);
    }
  });

  test("patches the Neo4j driver at install, as the repository's install does", () => {
    expect(socketWritesForMessage(path.join(scratch, 'app'), 12_000)).toBe(1);
  });

  test('answers on the configured host and port, logs JSON, and GraphiQL is off', async () => {
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(lines.find((line) => line['graphiql'] !== undefined)).toMatchObject({
      graphiql: false,
      introspection: false,
    });
    const page = await fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
  });

  test("answers the web client's operations by id, and /metrics counts them", async () => {
    const manifest = JSON.parse(
      await readFile(path.join(scratch, 'app', 'dist', 'client', 'persisted-operations.json'), 'utf8'),
    ) as Record<string, string>;
    const [id] = Object.entries(manifest).find(([, text]) => /query Dataset\b/.test(text)) ?? [];
    const params = new URLSearchParams({
      operationName: 'Dataset',
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: id } }),
    });
    const response = await fetch(`${origin}/graphql?${params}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data?: { dataset: { version: string } } };
    expect(body.data?.dataset.version).toMatch(/^[0-9a-f]{16}$/);
    const metrics = await (await fetch(`${origin}/metrics`)).text();
    expect(metrics).toContain('graphql_requests_total{operation="Dataset",status="200"} 1');
  });

  test('refuses other queries: in production only trusted documents run by default', async () => {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ dataset { version } }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_ONLY' } }] });
  });
});
