import { serverAudits } from 'graphql-http';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

/**
 * The GraphQL-over-HTTP audits of graphql-http, each one a test: every MUST and SHOULD passes.
 * The app is called in-process through its fetch function, exactly as over the network.
 */
describe('GraphQL over HTTP (graphql-http audits)', () => {
  let driver: Driver;
  let app: App;
  beforeAll(() => {
    driver = connectTestDriver();
    app = createApp({ driver, ...testDatabase(), logErrors: false });
  });
  afterAll(() => driver.close());

  const audits = serverAudits({
    url: 'http://localhost/graphql',
    fetchFn: (input: RequestInfo | URL, init?: RequestInit) => app.fetch(new Request(input, init)),
  });

  test.each(audits.map((audit) => [`${audit.id} ${audit.name}`, audit]))('%s', async (_, audit) => {
    const result = await audit.fn();
    expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
  });
});
