import type { Plugin } from 'graphql-yoga';
import type { Metrics } from './metrics.js';

/** Serves the metrics in Prometheus' text format at `GET /metrics`. */
export function useMetricsEndpoint({ metrics, path = '/metrics' }: { metrics: Metrics; path?: string }): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== path || request.method !== 'GET') return;
      const body = await metrics.registry.metrics();
      endResponse(new fetchAPI.Response(body, { headers: { 'content-type': metrics.registry.contentType } }));
    },
  };
}
