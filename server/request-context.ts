import type { Executor } from './database/executor.js';

/** What every resolver receives: the one funnel to the database. */
export interface RequestContext {
  executor: Executor;
}
