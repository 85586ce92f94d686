import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../server/app.js';

describe('the server serves the client build at /', () => {
  let dir: string;
  // Nothing here reaches the database: a driver to a port with no server is enough.
  let driver: Driver;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'peace-talks-client-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>client</title>');
    await writeFile(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'unused'));
  });
  afterAll(async () => {
    await driver.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('index.html at / (revalidated) and hashed assets (cached for good), with their types', async () => {
    const app = createApp({ driver, clientDir: dir, logErrors: false });
    const index = await app.fetch('http://localhost/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(await index.text()).toContain('<title>client</title>');
    const asset = await app.fetch('http://localhost/assets/index-abc123.js');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(await asset.text()).toBe('console.log(1)');
  });

  test('a missing asset or a path climbing out of the build is 404; the API paths are untouched', async () => {
    const app = createApp({ driver, clientDir: dir, logErrors: false });
    expect((await app.fetch('http://localhost/assets/nothing.js')).status).toBe(404);
    expect((await app.fetch('http://localhost/assets/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    const graphiql = await app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toContain('GraphiQL');
  });

  test('without a build, / keeps the landing page', async () => {
    const app = createApp({ driver, clientDir: path.join(dir, 'missing'), logErrors: false });
    expect(await (await app.fetch('http://localhost/')).text()).toContain('<a href="/graphql">GraphiQL</a>');
  });
});
