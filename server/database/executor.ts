import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { databaseUnavailableError } from '../errors.js';
import { CircuitBreaker } from './circuit-breaker.js';

/** Parameters of a Cypher query; user input only ever travels here, never in the query text. */
export type QueryParameters = Record<string, unknown>;

/** Runs one query inside a write transaction and returns its records as plain objects. */
export type TransactionRunner = <T extends RecordShape>(query: string, parameters?: QueryParameters) => Promise<T[]>;

export interface ExecutorOptions {
  driver: Driver;
  database?: string;
  /** Called once per database round trip, with the query text (used to count round trips). */
  onQuery?: (query: string, parameters: QueryParameters) => void;
  /** Called once a round trip ends, with its duration and outcome (metrics). */
  onQueryDone?: (seconds: number, outcome: QueryOutcome) => void;
  /** Called when a session opens (+1) or closes (-1): sessions each hold a pooled connection. */
  onSessions?: (change: 1 | -1) => void;
  /**
   * After Neo4j could not be reached, how long queries are refused at once before one is tried
   * again: the driver needs seconds to give up on a dead server, and every request would wait them.
   */
  retryAfterMs?: number;
  /** Runs before every read of the graph: may wait, or throw (no dataset yet, a large change being applied). */
  beforeRead?: () => Promise<void>;
}

/** How a round trip ended: answered, database unreachable, or a failure of the query itself. */
export type QueryOutcome = 'ok' | 'unavailable' | 'failed';

/** Short enough that a database back up is used again at once; long enough that one trial at a time suffices. */
export const RETRY_AFTER_MS = 1_000;

/** How `readUngated` runs a query. */
export interface ReadOptions {
  /**
   * Without an explicit transaction: one round trip instead of two (BEGIN with the query, then
   * COMMIT; 1.4 ms against 2.3 ms at p50 on a busy two-core machine), but never retried, so only
   * for small reads whose caller can do without an answer.
   */
  autoCommit?: boolean;
  /** A read that serves every request of the process, not one: not reported to `onQuery`. */
  shared?: boolean;
}

/**
 * The one funnel to Neo4j: opens a session per query, runs it in a read or write transaction, closes
 * the session, and turns connection failures into DATABASE_UNAVAILABLE, at once while Neo4j is known
 * to be down. Nothing else touches a session.
 */
export class Executor {
  private readonly breaker: CircuitBreaker;

  constructor(private readonly options: ExecutorOptions) {
    this.breaker = new CircuitBreaker({ retryAfterMs: options.retryAfterMs ?? RETRY_AFTER_MS });
  }

  /** Runs a read query of the graph and returns its records as plain objects (integers as JS numbers). */
  async read<T extends RecordShape>(query: string, parameters: QueryParameters = {}): Promise<T[]> {
    await this.options.beforeRead?.();
    return this.readUngated<T>(query, parameters);
  }

  /**
   * Like `read`, without `beforeRead`: for what lives beside the graph (users, sessions, the
   * dataset's state and revision).
   */
  async readUngated<T extends RecordShape>(
    query: string,
    parameters: QueryParameters = {},
    { autoCommit = false, shared = false }: ReadOptions = {},
  ): Promise<T[]> {
    if (!this.breaker.tryPass()) throw databaseUnavailableError();
    if (!shared) this.options.onQuery?.(query, parameters);
    const started = performance.now();
    let outcome: QueryOutcome = 'ok';
    const session = this.options.driver.session({
      defaultAccessMode: neo4j.session.READ,
      ...(this.options.database && { database: this.options.database }),
    });
    this.options.onSessions?.(1);
    try {
      const values = toCypherValues(parameters);
      const result = autoCommit
        ? await runWithoutCallerStack(() => session.run<T>(query, values))
        : await session.executeRead((tx) => runWithoutCallerStack(() => tx.run<T>(query, values)));
      this.breaker.succeeded();
      return result.records.map((record) => record.toObject() as T);
    } catch (error) {
      outcome = this.settle(error);
      if (outcome === 'unavailable') throw databaseUnavailableError();
      throw error;
    } finally {
      await session.close().catch(() => {});
      this.options.onSessions?.(-1);
      this.options.onQueryDone?.((performance.now() - started) / 1000, outcome);
    }
  }

  /**
   * Runs `work` in one write transaction: every query it runs commits together or not at all.
   * `work` may run again if Neo4j asks for a retry, so it must not have other side effects. The
   * transaction itself is passed too, for the seed's writers (`applyDiff`, `advanceRevision`),
   * which a mutation runs inside its own transaction.
   */
  async write<R>(work: (run: TransactionRunner, tx: ManagedTransaction) => Promise<R>): Promise<R> {
    if (!this.breaker.tryPass()) throw databaseUnavailableError();
    const session = this.options.driver.session({
      defaultAccessMode: neo4j.session.WRITE,
      ...(this.options.database && { database: this.options.database }),
    });
    this.options.onSessions?.(1);
    try {
      const result = await session.executeWrite((tx) =>
        work(async <T extends RecordShape>(query: string, parameters: QueryParameters = {}) => {
          this.options.onQuery?.(query, parameters);
          const records = await tx.run<T>(query, toCypherValues(parameters));
          return records.records.map((record) => record.toObject() as T);
        }, tx),
      );
      this.breaker.succeeded();
      return result;
    } catch (error) {
      if (this.settle(error) === 'unavailable') throw databaseUnavailableError();
      throw error;
    } finally {
      await session.close().catch(() => {});
      this.options.onSessions?.(-1);
    }
  }

  /** True when Neo4j answers a trivial query; false at once while it is known to be down. */
  async isAvailable(): Promise<boolean> {
    try {
      await this.readUngated('RETURN 1 AS ok');
      return true;
    } catch {
      return false;
    }
  }

  /** Tells the breaker how a failed round trip ended. */
  private settle(error: unknown): QueryOutcome {
    if (isUnavailable(error)) {
      this.breaker.failed();
      return 'unavailable';
    }
    this.breaker.settled();
    return 'failed';
  }
}

/**
 * neo4j-driver formats a stack trace for every query it runs, to attach to errors later; with
 * source maps on, formatting maps each frame, some 14% of a request's CPU. Every query
 * here starts from `read`, so that trace would say nothing an error's own message does not.
 */
function runWithoutCallerStack<R>(run: () => R): R {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** JS numbers travel as floats; whole numbers must reach Cypher as integers (LIMIT, list slices). */
export function toCypherValues(parameters: QueryParameters): QueryParameters {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    return value;
  };
  return Object.fromEntries(Object.entries(parameters).map(([name, value]) => [name, convert(value)]));
}

function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED || code === 'ECONNREFUSED';
}

/** `executor.read` as a transaction runner: for a query function that also runs inside a write transaction. */
export function readerOf(executor: Executor): TransactionRunner {
  return (query, parameters) => executor.read(query, parameters);
}
