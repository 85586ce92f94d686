import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as operationsPlugin from '@graphql-codegen/typescript-operations';
import * as resolversPlugin from '@graphql-codegen/typescript-resolvers';
import { buildSchema, parse, printSchema, type DocumentNode } from 'graphql';
import { format, resolveConfig } from 'prettier';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the contract lives, where its resolver types go, and where the client's operation types go. */
export const SCHEMA_FILE = path.join(root, 'schema.graphql');
export const RESOLVER_TYPES_FILE = path.join(root, 'server', 'generated', 'resolver-types.ts');
export const CLIENT_TYPES_FILE = path.join(root, 'client', 'src', 'api', 'generated', 'operation-types.ts');

/** Scalars as both sides read them: a partial date travels as its string (`2025`, `2025-06`, `2025-06-02`). */
const SCALARS = { PartialDate: 'string', JSONObject: 'Record<string, unknown>' };
const BANNER = '// Generated from schema.graphql by `npm run codegen`; do not edit.\n';

async function formatAs(file: string, source: string): Promise<string> {
  return format(BANNER + source, { ...(await resolveConfig(file)), filepath: file });
}

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
      scalars: SCALARS,
    },
    plugins: [{ typescript: {} }, { typescriptResolvers: {} }],
    pluginMap: { typescript: typescriptPlugin, typescriptResolvers: resolversPlugin },
  });
  return formatAs(RESOLVER_TYPES_FILE, output);
}

/**
 * The result and variable types of the client's operations (`SearchQuery`, `SearchQueryVariables`,
 * `GraphFieldsFragment`…), so the client's types follow its selections and the contract.
 */
export async function generateClientTypes(sdl: string, document: DocumentNode): Promise<string> {
  const output = await codegen({
    filename: CLIENT_TYPES_FILE,
    schema: parse(printSchema(buildSchema(sdl))),
    documents: [{ document }],
    config: {
      useTypeImports: true,
      enumsAsTypes: true,
      scalars: SCALARS,
      preResolveTypes: true,
      avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
    },
    plugins: [{ typescriptOperations: {} }],
    pluginMap: { typescriptOperations: operationsPlugin },
  });
  return formatAs(CLIENT_TYPES_FILE, output);
}
