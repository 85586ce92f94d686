import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { request } from 'node:http';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, inject, test, vi } from 'vitest';

const QUERY = JSON.stringify({ query: 'query Alive { __typename }' });

/** Starts `server/main.ts` as `npm start` does, on the suite's Neo4j and a free port, logging JSON. */
function startServer(): { child: ChildProcessWithoutNullStreams; lines: Record<string, unknown>[] } {
  const { uri, username, password, database } = inject('neo4j');
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_USERNAME: username,
      NEO4J_PASSWORD: password ?? '',
      NEO4J_DATABASE: database ?? '',
      HOST: '127.0.0.1',
      PORT: '0',
      SERVE_CLIENT: 'false',
      LOG_FORMAT: 'json',
      SHUTDOWN_TIMEOUT_MS: '60000',
    },
  });
  const lines: Record<string, unknown>[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith('{')) lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  child.stderr.resume();
  return { child, lines };
}

describe('a graceful stop', () => {
  let running: ChildProcessWithoutNullStreams | undefined;
  afterAll(() => {
    if (running?.exitCode === null) running.kill('SIGKILL');
  });

  test('on SIGTERM it refuses new connections, finishes the request in flight, and exits 0', async () => {
    const { child, lines } = startServer();
    running = child;
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const port = await vi.waitFor(
      () => {
        const listening = lines.find((line) => typeof line['port'] === 'number');
        expect(listening).toBeDefined();
        return listening!['port'] as number;
      },
      { timeout: 600_000, interval: 100 },
    );

    // A request whose body is not sent yet is in flight until it arrives; the server's
    // "100 Continue" says it has read the headers, so the request has begun.
    const inFlight = request({
      host: '127.0.0.1',
      port,
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json', expect: '100-continue' },
    });
    const begun = new Promise<void>((resolve) => inFlight.once('continue', resolve));
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      inFlight.on('response', (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (text: string) => (body += text));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      inFlight.on('error', reject);
    });
    inFlight.flushHeaders();
    await begun;

    child.kill('SIGTERM');
    await vi.waitFor(
      () => expect(lines.some((line) => /^SIGTERM: no new requests/.test(String(line['msg'])))).toBe(true),
      {
        timeout: 30_000,
        interval: 50,
      },
    );
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();

    inFlight.end(QUERY);
    expect(await answer).toEqual({ status: 200, body: '{"data":{"__typename":"Query"}}' });
    expect(await exited).toBe(0);
    expect(lines.map((line) => line['msg'])).toContain('stopped');
  }, 660_000);
});
