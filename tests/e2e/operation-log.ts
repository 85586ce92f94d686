import type { Page, Request } from 'playwright-core';

/** The name of the GraphQL operation a request carries (by GET, in the address; by POST, in the body). */
function nameOperation(request: Request): string | null {
  const url = new URL(request.url());
  if (!url.pathname.endsWith('/graphql')) return null;
  if (request.method() === 'GET') return url.searchParams.get('operationName');
  return (request.postDataJSON() as { operationName?: string } | null)?.operationName ?? null;
}

/**
 * Records the GraphQL operations the page sends from now on, each with its round trip in ms and
 * when it ended (`Date.now()`), so a test can print what a step cost and which requests it made.
 */
export function recordOperations(page: Page): { stop(): { name: string; ms: number; at: number }[] } {
  const done: { name: string; ms: number; at: number }[] = [];
  const listener = (request: Request) => {
    const name = nameOperation(request);
    const timing = request.timing();
    if (name) done.push({ name, ms: Math.round(timing.responseEnd), at: Date.now() });
  };
  page.on('requestfinished', listener);
  return {
    stop() {
      page.off('requestfinished', listener);
      return done;
    },
  };
}
