import { randomUUID } from 'node:crypto';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

/** Distinct operation names kept as metric labels; later names count as `other`, so a client cannot grow the series without bound. */
export const MAX_OPERATION_LABELS = 200;

// A client's own request id is kept when it is a plain token, so logs can be joined across services.
const REQUEST_ID = /^[\w.:-]{1,100}$/;

interface RequestState {
  id: string;
  started: number;
  operation?: string;
  codes: string[];
}

/**
 * One log line and one set of metric updates per GraphQL request: request id (also sent back as
 * `x-request-id`), operation name, duration, HTTP status and the error codes sent. Other paths
 * (health, metrics, assets) are neither logged nor counted.
 */
export function useRequestLog({
  logger,
  metrics,
  graphqlEndpoint = '/graphql',
}: {
  logger: Logger;
  metrics: Metrics;
  graphqlEndpoint?: string;
}): Plugin {
  const states = new WeakMap<Request, RequestState>();
  const labels = new Set<string>();
  const toLabel = (name: string | undefined): string => {
    if (!name) return 'anonymous';
    if (labels.has(name)) return name;
    if (labels.size >= MAX_OPERATION_LABELS || !/^\w{1,64}$/.test(name)) return 'other';
    labels.add(name);
    return name;
  };
  return {
    onRequest({ request, url }) {
      if (url.pathname !== graphqlEndpoint) return;
      const given = request.headers.get('x-request-id');
      states.set(request, {
        id: given && REQUEST_ID.test(given) ? given : randomUUID(),
        started: performance.now(),
        codes: [],
      });
    },
    // At validation the document is parsed, and the name is known even for an operation refused there.
    onValidate({ params, context }) {
      const state = states.get((context as { request: Request }).request);
      if (state) state.operation = getOperationAST(params.documentAST, state.operation)?.name?.value ?? state.operation;
    },
    onParams({ request, params }) {
      const state = states.get(request);
      if (state && params.operationName) state.operation = params.operationName;
    },
    onResultProcess({ request, result }) {
      const state = states.get(request);
      if (!state || Array.isArray(result) || !('errors' in result) || !result.errors) return;
      for (const error of result.errors)
        state.codes.push(String(error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'));
    },
    onResponse({ request, response }) {
      const state = states.get(request);
      if (!state) return;
      response.headers.set('x-request-id', state.id);
      const seconds = (performance.now() - state.started) / 1000;
      const operation = toLabel(state.operation);
      metrics.requests.inc({ operation, status: String(response.status) });
      metrics.requestDuration.observe({ operation }, seconds);
      for (const code of state.codes) metrics.errors.inc({ code });
      const line = {
        requestId: state.id,
        operation: state.operation ?? null,
        status: response.status,
        durationMs: Math.round(seconds * 10_000) / 10,
        ...(state.codes.length > 0 && { errorCode: state.codes[0], errorCodes: state.codes }),
      };
      if (response.status >= 500) logger.error(line, 'request');
      else logger.info(line, 'request');
    },
  };
}
