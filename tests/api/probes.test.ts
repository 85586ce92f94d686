import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_LIST_ITEMS } from '../../server/argument-rules.js';
import { createApp, type App } from '../../server/app.js';
import { MAX_OFFSET } from '../../server/resolvers/arguments.js';
import { MAX_ERROR_MESSAGE_LENGTH } from '../../server/safe-errors.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

interface Answer {
  status: number;
  text: string;
  errors: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * The requests an attacker's probe found to end in a 500, an INTERNAL_SERVER_ERROR, an error without
 * a code, an echo of the input, or a query Neo4j should never have run. Each must now be refused
 * before any database round trip, with a precise message and a code.
 */
describe('requests that probe the API', () => {
  let driver: Driver;
  let app: App;
  let roundTrips = 0;

  beforeAll(() => {
    driver = connectTestDriver();
    app = createApp({ driver, ...testDatabase(), logErrors: false, onQuery: () => (roundTrips += 1) });
  });
  afterAll(() => driver.close());

  async function send(body: string, accept = 'application/graphql-response+json'): Promise<Answer> {
    roundTrips = 0;
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body,
    });
    const text = await response.text();
    expect(roundTrips).toBe(0);
    return { status: response.status, text, errors: (JSON.parse(text) as { errors?: Answer['errors'] }).errors ?? [] };
  }
  const ask = (query: string, variables: Record<string, unknown> = {}) => send(JSON.stringify({ query, variables }));

  test('a neighbourhood of depth 3 fifteen times over, by aliases, is priced and refused', async () => {
    const aliases = Array.from(
      { length: 15 },
      (_, index) => `a${index}: neighbourhood(id: "russia", depth: 3) { nodes { id } edges { id evidence { quote } } }`,
    ).join(' ');
    const { status, errors } = await ask(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Operation cost limit of 20000 exceeded: this operation costs \d+/),
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
  });

  test('a subscription, which the schema does not define, is a 400 with a code', async () => {
    const { status, errors } = await ask('subscription { __typename }');
    expect(status).toBe(400);
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'This API has no subscription operations; send a query',
        extensions: { code: 'OPERATION_NOT_SUPPORTED' },
      }),
    ]);
  });

  test('a mutation without the CSRF header is refused with a code, never a 500', async () => {
    const { status, errors } = await ask('mutation { __typename }');
    expect(status).toBeLessThan(500);
    expect(errors).toEqual([expect.objectContaining({ extensions: { code: 'CSRF_HEADER_MISSING' } })]);
  });

  test.each(['meetings', 'timeline'])('an offset past the bound on %s is BAD_USER_INPUT', async (field) => {
    const { errors } = await ask(`{ ${field}(offset: 2147483647) { total } }`);
    expect(errors).toEqual([
      expect.objectContaining({
        message: `'offset' must be 0–${MAX_OFFSET}, got 2147483647`,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
  });

  test.each([
    ['{ neighbourhood(id: "") { nodes { id } } }', "'id' must not be empty"],
    ['{ comparePositions(actors: [""]) { actors { id } } }', "'actors' must not be empty"],
    ['{ stances(filter: { issues: [" "] }) { total } }', "'filter.issues' must not be empty"],
    [`{ person(id: "${'x'.repeat(201)}") { name } }`, "'id' must be at most 200 characters, got 201"],
  ])('a blank or oversized id is BAD_USER_INPUT: %s', async (query, message) => {
    const { errors } = await ask(query);
    expect(errors).toEqual([expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT' } })]);
  });

  test('a list argument longer than the bound is BAD_USER_INPUT, whichever field takes it', async () => {
    const types = Array.from({ length: 100_000 }, () => 'PERSON');
    const { errors } = await ask('query ($types: [EntityType!]) { actors(types: $types) { total } }', { types });
    expect(errors).toEqual([
      expect.objectContaining({
        message: `'types' may list at most ${MAX_LIST_ITEMS} values, got 100000`,
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
  });

  test('a body that is not JSON is a 400 with a code and no parser internals', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const { status, text, errors } = await send('{"query": ', accept);
      expect(status).toBe(400);
      expect(errors).toEqual([{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } }]);
      expect(text).not.toContain('originalError');
    }
  });

  test('a huge argument is not echoed back', async () => {
    const date = '9'.repeat(900_000);
    const { text, errors } = await ask('query ($d: PartialDate) { meetings(from: $d) { total } }', { d: date });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(errors[0]!.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH + 1);
    expect(errors[0]!.message).toContain('(900000 characters)');
    expect(text.length).toBeLessThan(2_000);
  });

  test('a limit the armor enforces is not labelled a syntax error', async () => {
    const aliases = Array.from({ length: 16 }, (_, index) => `a${index}: dataset { version }`).join(' ');
    const { errors } = await ask(`{ ${aliases} }`);
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'Aliases limit of 15 exceeded, found 16.',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
  });
});
