import { parse } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedDatabase } from '../../seed/seed-database.js';
import { createApp, type App } from '../../server/app.js';
import { hasNestedAliases } from '../../server/execution.js';
import { postGraphQL } from '../support/graphql.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

describe('compiled execution: graphql-jit below the root resolvers', () => {
  let driver: Driver;
  let app: App;

  beforeAll(async () => {
    driver = connectTestDriver();
    await seedDatabase({ driver, ...testDatabase(), data: 'seed/data', reset: true });
    app = createApp({ driver, ...testDatabase(), logErrors: false });
  });
  afterAll(() => driver.close());

  test('a field aliased below the root reads its own value (graphql-js with response keys)', async () => {
    const response = await postGraphQL<{
      person: { now: { title: string }[]; before: { title: string }[]; n: string };
    }>(
      app,
      '{ person(id: "rustem-umerov") { n: name now: posts(asOf: "2026-02") { title } before: posts(asOf: "2025-12") { title } } }',
    );
    expect(response.data).toEqual({
      person: { n: 'Rustem Umerov', now: [{ title: 'Secretary' }], before: [{ title: 'Defence Minister' }] },
    });
  });

  test('errors keep their code and their place in the document, and carry no stack trace', async () => {
    const response = await postGraphQL(
      app,
      'query ($id: ID!) {\r\n  dataset { version }\n  person(id: $id) { name }\n}',
      {
        id: 'no-such-person',
      },
    );
    expect(response.errors).toEqual([
      {
        message: 'Person `no-such-person` not found',
        locations: [{ line: 3, column: 3 }],
        path: ['person'],
        extensions: { code: 'NOT_FOUND' },
      },
    ]);
  });

  test.each([
    ['{ person(id: "x") { name } }', false],
    ['{ a: person(id: "x") { name } b: meeting(id: "y") { id } }', false],
    ['{ ... on Query { a: person(id: "x") { name } } }', false],
    ['{ person(id: "x") { n: name } }', true],
    ['{ person(id: "x") { posts { ... on Post { t: title } } } }', true],
    ['{ person(id: "x") { ...F } } fragment F on Person { n: name }', true],
  ])('hasNestedAliases(%s) is %s', (source, expected) => {
    expect(hasNestedAliases(parse(source))).toBe(expected);
  });
});
