import type { RequestAuth } from './auth/request-auth.js';
import type { SessionSettings } from './auth/session-settings.js';
import type { Executor } from './database/executor.js';

/** What every resolver receives: the one funnel to the database, and who the request acts for. */
export interface RequestContext {
  executor: Executor;
  request: Request;
  auth: RequestAuth;
  session: SessionSettings;
}
