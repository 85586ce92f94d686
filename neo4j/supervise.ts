/**
 * Keeps the local Neo4j running: when its JVM dies (killed, out of memory), it is started again on
 * the same port, after a back-off that doubles with each failed attempt. The driver reconnects by
 * itself, so the API recovers with no restart of its own.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { startLocalNeo4j, type LocalNeo4j, type StartLocalNeo4jOptions } from './local-server.js';

export interface SupervisedNeo4j {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  /** The server running now (a new one after each restart). */
  current(): LocalNeo4j;
  /** How many times the server has been started again. */
  restarts(): number;
  /** Stops supervising, then stops the server. */
  stop(): Promise<void>;
}

export interface SuperviseOptions extends StartLocalNeo4jOptions {
  /** First wait before a restart; doubled after each failed attempt (default 1 s). */
  readonly initialBackoffMs?: number;
  /** The longest wait between attempts (default 30 s). */
  readonly maxBackoffMs?: number;
}

/** Starts the local Neo4j and restarts it whenever it exits without being asked to. */
export async function superviseLocalNeo4j(options: SuperviseOptions): Promise<SupervisedNeo4j> {
  const log = options.onProgress ?? ((line: string) => process.stderr.write(line + '\n'));
  const initialBackoffMs = options.initialBackoffMs ?? 1_000;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  let server = await startLocalNeo4j(options);
  // Restarts reuse the port the first start got, since the driver knows only that address.
  const restartOptions = { ...options, boltPort: Number(new URL(server.uri).port) };
  let stopping = false;
  let restarts = 0;
  const stopped = new AbortController();

  const watch = async (): Promise<void> => {
    while (!stopping) {
      const code = await server.exited;
      if (stopping) return;
      let backoff = initialBackoffMs;
      for (let attempt = 1; !stopping; attempt++) {
        log(`[neo4j] the local Neo4j exited (code ${code}); restarting in ${backoff / 1000} s (attempt ${attempt})`);
        try {
          await sleep(backoff, undefined, { signal: stopped.signal });
          const next = await startLocalNeo4j(restartOptions);
          if (stopping) return await next.stop();
          server = next;
          restarts += 1;
          log(`[neo4j] the local Neo4j is back at ${server.uri} (restart ${restarts})`);
          break;
        } catch (error) {
          if (stopping) return;
          log(
            `[neo4j] restart failed: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`,
          );
          backoff = Math.min(backoff * 2, maxBackoffMs);
        }
      }
    }
  };
  const watching = watch();

  return {
    uri: server.uri,
    username: server.username,
    password: server.password,
    current: () => server,
    restarts: () => restarts,
    async stop() {
      stopping = true;
      stopped.abort();
      await server.stop();
      await watching;
    },
  };
}
