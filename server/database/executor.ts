import neo4j, { type Driver, type RecordShape } from 'neo4j-driver';
import { databaseUnavailableError } from '../errors.js';

/** Parameters of a Cypher query; user input only ever travels here, never in the query text. */
export type QueryParameters = Record<string, unknown>;

/** Runs one query inside a write transaction and returns its records as plain objects. */
export type TransactionRunner = <T extends RecordShape>(query: string, parameters?: QueryParameters) => Promise<T[]>;

export interface ExecutorOptions {
  driver: Driver;
  database?: string;
  /** Called once per database round trip, with the query text (used to count round trips). */
  onQuery?: (query: string, parameters: QueryParameters) => void;
  /** Runs before every read of the graph: may wait, or throw (no dataset yet, a large change being applied). */
  beforeRead?: () => Promise<void>;
}

/**
 * The one funnel to Neo4j: opens a session per query, runs it in a read transaction, closes the
 * session, and turns connection failures into DATABASE_UNAVAILABLE. Nothing else touches a session.
 */
export class Executor {
  constructor(private readonly options: ExecutorOptions) {}

  /** Runs a read query of the graph and returns its records as plain objects (integers as JS numbers). */
  async read<T extends RecordShape>(query: string, parameters: QueryParameters = {}): Promise<T[]> {
    await this.options.beforeRead?.();
    return this.readUngated<T>(query, parameters);
  }

  /**
   * Like `read`, without `beforeRead`: for what lives beside the graph (users, sessions, the
   * dataset's state). A `shared` read serves every request of the process, not one: it is not
   * reported to `onQuery`, which counts a request's own round trips.
   */
  async readUngated<T extends RecordShape>(
    query: string,
    parameters: QueryParameters = {},
    { shared = false }: { shared?: boolean } = {},
  ): Promise<T[]> {
    if (!shared) this.options.onQuery?.(query, parameters);
    const session = this.options.driver.session({
      defaultAccessMode: neo4j.session.READ,
      ...(this.options.database && { database: this.options.database }),
    });
    try {
      const result = await session.executeRead((tx) =>
        runWithoutCallerStack(() => tx.run<T>(query, toCypherValues(parameters))),
      );
      return result.records.map((record) => record.toObject() as T);
    } catch (error) {
      if (isUnavailable(error)) throw databaseUnavailableError();
      throw error;
    } finally {
      await session.close().catch(() => {});
    }
  }

  /**
   * Runs `work` in one write transaction: every query it runs commits together or not at all.
   * `work` may run again if Neo4j asks for a retry, so it must not have other side effects.
   */
  async write<R>(work: (run: TransactionRunner) => Promise<R>): Promise<R> {
    const session = this.options.driver.session({
      defaultAccessMode: neo4j.session.WRITE,
      ...(this.options.database && { database: this.options.database }),
    });
    try {
      return await session.executeWrite((tx) =>
        work(async <T extends RecordShape>(query: string, parameters: QueryParameters = {}) => {
          this.options.onQuery?.(query, parameters);
          const result = await tx.run<T>(query, toCypherValues(parameters));
          return result.records.map((record) => record.toObject() as T);
        }),
      );
    } catch (error) {
      if (isUnavailable(error)) throw databaseUnavailableError();
      throw error;
    } finally {
      await session.close().catch(() => {});
    }
  }

  /** True when Neo4j answers a trivial query. */
  async isAvailable(): Promise<boolean> {
    try {
      await this.readUngated('RETURN 1 AS ok');
      return true;
    } catch {
      return false;
    }
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
