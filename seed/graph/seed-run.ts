import { randomUUID } from 'node:crypto';
import type { Driver, Session } from 'neo4j-driver';
import { SeedWriteError } from './seed-write-error.js';

/**
 * A seed announces itself with one `(:SeedRun)` node holding a lease it renews while it works.
 * Readers (`/health`) tell a seed in progress from one that was interrupted by the lease alone,
 * and a second seed refuses to start while the lease runs, instead of writing over the first.
 */
export const SEED_RUN_LABEL = 'SeedRun';

/** How long a seed's lease runs without renewal; it renews a quarter of that apart. */
export const DEFAULT_LEASE_S = 30;

/**
 * Neo4j applies a committed transaction to its store while readers run (read-committed
 * isolation): a query running during that moment can see part of a large change. So a seed
 * announces a change of more than one row on its run (`publishing`), waits `graceMs` for requests
 * already running to finish, commits, and lifts the flag. The API re-reads the flag at most every
 * `readerRecheckMs` and holds new requests while it is up; a killed seed's flag dies with its lease.
 */
export const PUBLISH_GATE = { readerRecheckMs: 200, graceMs: 2000 } as const;

/** What a database says about seeding: nothing, a seed in progress, or one that stopped half-way. */
export type SeedRunState = { state: 'idle' } | { state: 'running' | 'interrupted'; phase: string; startedAt: string };

/** Another seed holds the lease. */
export class SeedBusyError extends SeedWriteError {
  constructor(phase: string) {
    super(`another seed is in progress (${phase}); wait for it to finish`);
    this.name = 'SeedBusyError';
  }
}

// A run whose lease has expired was interrupted: the next seed (or server start) takes it over.
const CLAIM = `MERGE (run:${SEED_RUN_LABEL} {id: 'seed'})
  ON CREATE SET run.leaseUntil = datetime() - duration('PT1S')
  WITH run, run.phase AS previousPhase, run.leaseUntil < datetime() AS free
  WHERE free
  SET run.owner = $owner, run.phase = $phase, run.startedAt = toString(datetime()),
      run.leaseUntil = datetime() + duration({seconds: $leaseS})
  RETURN previousPhase`;

const RENEW = `MATCH (run:${SEED_RUN_LABEL} {id: 'seed', owner: $owner})
  SET run.leaseUntil = datetime() + duration({seconds: $leaseS}), run.phase = coalesce($phase, run.phase)
  RETURN run.owner AS owner`;

/** A claimed run: the caller reports phases, and releases the run once the database is at rest. */
export interface SeedRun {
  /** The phase an interrupted run had reached when this one took it over, or null. */
  interruptedPhase: string | null;
  setPhase(phase: string): Promise<void>;
  /** Runs `commit` behind the publish gate: readers are held from before it starts until it has committed. */
  publish<R>(commit: () => Promise<R>): Promise<R>;
  release(): Promise<void>;
}

/** Claims the database for one seed, or throws SeedBusyError; renews the lease until released. */
export async function claimSeedRun(
  driver: Driver,
  database: string | undefined,
  { phase, leaseS = DEFAULT_LEASE_S }: { phase: string; leaseS?: number },
): Promise<SeedRun> {
  const owner = randomUUID();
  const write = async (query: string, parameters: Record<string, unknown>) => {
    const session = driver.session({ ...(database && { database }) });
    try {
      return await session.executeWrite((tx) => tx.run(query, { owner, leaseS, ...parameters }));
    } finally {
      await session.close();
    }
  };
  const claimed = await write(CLAIM, { phase });
  const [record] = claimed.records;
  if (!record) {
    const current = await readSeedRunState(driver, database);
    throw new SeedBusyError(current.state === 'idle' ? 'it has just finished' : current.phase);
  }
  const interruptedPhase = (record.get('previousPhase') as string | null) ?? null;
  // A lost renewal is harmless while later ones succeed; the lease is four renewals long.
  const timer = setInterval(() => void write(RENEW, { phase: null }).catch(() => {}), (leaseS * 1000) / 4);
  timer.unref();
  return {
    interruptedPhase,
    async setPhase(next) {
      await write(RENEW, { phase: next });
    },
    async publish(commit) {
      await write(`MATCH (run:${SEED_RUN_LABEL} {id: 'seed', owner: $owner}) SET run.publishing = true`, {});
      await new Promise((resolve) => setTimeout(resolve, PUBLISH_GATE.graceMs));
      try {
        return await commit();
      } finally {
        await write(`MATCH (run:${SEED_RUN_LABEL} {id: 'seed', owner: $owner}) REMOVE run.publishing`, {});
      }
    },
    async release() {
      clearInterval(timer);
      await write(`MATCH (run:${SEED_RUN_LABEL} {id: 'seed', owner: $owner}) DELETE run`, {});
    },
  };
}

/** Reads whether a seed is in progress or was interrupted, in the caller's session. */
export async function readSeedRun(session: Session): Promise<SeedRunState> {
  const result = await session.executeRead((tx) =>
    tx.run(`MATCH (run:${SEED_RUN_LABEL} {id: 'seed'})
      RETURN run.phase AS phase, run.startedAt AS startedAt, run.leaseUntil < datetime() AS expired`),
  );
  const [record] = result.records;
  if (!record) return { state: 'idle' };
  return {
    state: record.get('expired') === true ? 'interrupted' : 'running',
    phase: String(record.get('phase')),
    startedAt: String(record.get('startedAt')),
  };
}

/** The same, with a session of its own. */
export async function readSeedRunState(driver: Driver, database?: string): Promise<SeedRunState> {
  const session = driver.session({ ...(database && { database }), defaultAccessMode: 'READ' });
  try {
    return await readSeedRun(session);
  } finally {
    await session.close();
  }
}
