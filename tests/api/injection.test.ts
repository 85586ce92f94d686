import {
  getNamedType,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readGraphSummary, type GraphSummary } from '../../seed/graph/graph-summary.js';
import { seedDatabase } from '../../seed/seed-database.js';
import { createApp, type App } from '../../server/app.js';
import { createSchema } from '../../server/schema.js';
import { postGraphQL } from '../support/graphql.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

/** Strings that would change a query if they were ever spliced into Cypher or Lucene syntax. */
const INJECTIONS = [
  `rustem-umerov'}) MATCH (n) DETACH DELETE n //`,
  `"}) DETACH DELETE this RETURN 1 AS result //`,
  `x' OR 1=1 OR '1'='1`,
  '$id',
  '`Person`',
  'name:* OR *:* AND Zelensky~ ^9 ) ( [ { \\',
  'CALL db.labels() YIELD label RETURN label',
  '\u0000\n\r\t',
];

/** A value for an argument: the injection for every string-like scalar, something valid otherwise. */
function valueFor(type: GraphQLInputType, injection: string): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, injection);
  if (isListType(type)) return [valueFor(type.ofType, injection)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isScalarType(named)) {
    if (named.name === 'Int') return 1;
    if (named.name === 'PartialDate') return '2025';
    if (named.name === 'Boolean') return true;
    return injection;
  }
  return Object.fromEntries(
    Object.values(named.getFields()).map((field) => [field.name, valueFor(field.type, injection)]),
  );
}

function hasStringInput(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'String' || named.name === 'ID';
  if (isEnumType(named)) return false;
  return Object.values(named.getFields()).some((field) => hasStringInput(field.type));
}

/** An operation calling `field` with every argument given as a variable, selecting only `__typename`. */
function operationFor(field: GraphQLField<unknown, unknown>): string {
  const args = field.args as readonly GraphQLArgument[];
  const declarations = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const returned = getNamedType(field.type);
  const selection = isObjectType(returned) || isAbstractType(returned) ? ' { __typename }' : '';
  return `query Probe${declarations ? `(${declarations})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
}

describe('user input never reaches Cypher as code', () => {
  const queryType = createSchema().getQueryType()!;
  const probed = Object.values(queryType.getFields()).filter((field) =>
    field.args.some((arg) => hasStringInput(arg.type)),
  );
  let driver: Driver;
  let app: App;
  let before: GraphSummary;

  beforeAll(async () => {
    driver = connectTestDriver();
    await seedDatabase({ driver, ...testDatabase(), data: 'seed/data', reset: true });
    app = createApp({ driver, ...testDatabase(), logErrors: false });
    before = await readGraphSummary(driver, testDatabase().database);
  });
  afterAll(() => driver.close());

  test('every root field with a string argument is probed', () => {
    expect(probed.map((field) => field.name).sort()).toEqual(
      [
        'actor',
        'agreementNetwork',
        'citations',
        'comparePositions',
        'contacts',
        'document',
        'entry',
        'history',
        'issue',
        'meeting',
        'mergePreview',
        'neighbourhood',
        'node',
        'person',
        'rosterChange',
        'search',
        'shortestPath',
        'stances',
        'stickingPoints',
      ].sort(),
    );
  });

  test.each(probed.map((field) => [field.name, field]))('%s answers injections as plain values', async (_, field) => {
    for (const injection of INJECTIONS) {
      const variables = Object.fromEntries(field.args.map((arg) => [arg.name, valueFor(arg.type, injection)]));
      if (field.name === 'neighbourhood') delete variables['name'];
      const response = await postGraphQL(app, operationFor(field), variables);
      // A value that names nothing is NOT_FOUND or an empty answer; a malformed one is BAD_USER_INPUT; never a crash.
      for (const error of response.errors ?? []) {
        expect(
          ['NOT_FOUND', 'BAD_USER_INPUT'],
          `${field.name} with ${JSON.stringify(injection)}: ${error.message}`,
        ).toContain(error.extensions?.code);
      }
    }
  });

  test('the graph is unchanged afterwards', async () => {
    expect(await readGraphSummary(driver, testDatabase().database)).toEqual(before);
  });
});
