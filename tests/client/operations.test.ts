import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, test } from 'vitest';
import { listClientOperations } from '../../tools/codegen/client-operations.js';

const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));

const operations = listClientOperations;

describe('the client’s named operations against the contract', () => {
  test.each(operations().map((op) => [op.name, op] as const))(
    '%s is valid against schema.graphql',
    (_name, operation) => {
      expect(validate(schema, parse(operation.text)).map((e) => e.message)).toEqual([]);
    },
  );

  test('operation names are unique, so server logs and errors identify them', () => {
    const names = operations().map((op) => op.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
