import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { advanceRevision } from '../../seed/graph/dataset-info.js';
import { SEED_RUN_LABEL } from '../../seed/graph/seed-run.js';
import type { Executor, TransactionRunner } from '../database/executor.js';
import { readChangeByKey } from './changes.js';
import { badArgumentError, seedInProgressError } from './mutation-errors.js';

/** Thrown inside the transaction to roll it back and answer what a first request with this key did. */
class Replay {
  constructor(readonly answer: unknown) {}
}

const SEED_RUNNING = `OPTIONAL MATCH (run:${SEED_RUN_LABEL} {id: 'seed'})
  RETURN coalesce(run.leaseUntil >= datetime(), false) AS running`;

/** What every edit's transaction knows once it may go ahead. */
export interface EditStart {
  /** The graph revision this edit commits as. */
  revision: number;
  /** A hash of the request, recorded with its change so that a reused key is refused. */
  requestHash: string;
}

function hashRequest(request: unknown): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('base64url');
}

/**
 * Runs one edit in one write transaction; a request whose idempotency key was already recorded is
 * answered with the recorded answer, and its transaction, which wrote nothing, rolls back.
 */
export async function runEdit<A>(
  executor: Executor,
  work: (run: TransactionRunner, tx: ManagedTransaction) => Promise<A>,
): Promise<A> {
  try {
    return await executor.write(work);
  } catch (error) {
    if (error instanceof Replay) return error.answer as A;
    throw error;
  }
}

/**
 * The first steps of every edit, in its transaction: advances the revision, which takes its lock
 * so that edits run one at a time and each reads what the one before it committed; refuses while
 * a seed holds the database; replays a known idempotency key (or refuses it for another request).
 */
export async function beginEdit(
  run: TransactionRunner,
  tx: ManagedTransaction,
  { idempotencyKey, request }: { idempotencyKey?: string | null | undefined; request: unknown },
): Promise<EditStart> {
  const { revision } = await advanceRevision(tx);
  const [seed] = await run<{ running: boolean }>(SEED_RUNNING);
  if (seed?.running) throw seedInProgressError();
  const requestHash = hashRequest(request);
  if (idempotencyKey) {
    const recorded = await readChangeByKey(run, idempotencyKey);
    if (recorded && recorded.requestHash !== requestHash) {
      throw badArgumentError('idempotencyKey', 'was already used for another request: send a new key');
    }
    if (recorded) throw new Replay(JSON.parse(recorded.answer));
  }
  return { revision, requestHash };
}
