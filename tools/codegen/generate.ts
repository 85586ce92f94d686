import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as resolversPlugin from '@graphql-codegen/typescript-resolvers';
import { buildSchema, parse, printSchema } from 'graphql';
import { format, resolveConfig } from 'prettier';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the contract lives and where its resolver types go. */
export const SCHEMA_FILE = path.join(root, 'schema.graphql');
export const RESOLVER_TYPES_FILE = path.join(root, 'server', 'generated', 'resolver-types.ts');

/** The resolver types for a schema's SDL, formatted as committed. */
export async function generateResolverTypes(sdl: string): Promise<string> {
  const output = await codegen({
    filename: RESOLVER_TYPES_FILE,
    schema: parse(printSchema(buildSchema(sdl))),
    documents: [],
    config: {
      // Resolvers return projections built by Cypher; their shape is the projection's, not TypeScript's.
      defaultMapper: 'unknown',
      contextType: '../request-context.js#RequestContext',
      useTypeImports: true,
      enumsAsTypes: true,
      scalars: { PartialDate: 'string', JSONObject: 'Record<string, unknown>' },
    },
    plugins: [{ typescript: {} }, { typescriptResolvers: {} }],
    pluginMap: { typescript: typescriptPlugin, typescriptResolvers: resolversPlugin },
  });
  const banner = '// Generated from schema.graphql by `npm run codegen`; do not edit.\n/* eslint-disable */\n';
  return format(banner + output, { ...(await resolveConfig(RESOLVER_TYPES_FILE)), filepath: RESOLVER_TYPES_FILE });
}
