import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { RESOLVER_TYPES_FILE, SCHEMA_FILE, generateResolverTypes } from '../../tools/codegen/generate.js';

describe('resolver types generated from the contract', () => {
  test('the committed types match schema.graphql', async () => {
    const generated = await generateResolverTypes(await readFile(SCHEMA_FILE, 'utf8'));
    expect(await readFile(RESOLVER_TYPES_FILE, 'utf8')).toBe(generated);
  });

  test('a change to the contract changes the types', async () => {
    const schema = await readFile(SCHEMA_FILE, 'utf8');
    const renamed = schema.replace('person(id: ID!): Person!', 'individual(id: ID!): Person!');
    const generated = await generateResolverTypes(renamed);
    const queryResolvers = generated.slice(generated.indexOf('export type QueryResolvers'));
    const block = queryResolvers.slice(0, queryResolvers.indexOf('\n};'));
    expect(block).toContain('individual?: Resolver<');
    expect(block).not.toContain('person?: Resolver<');
  });
});
