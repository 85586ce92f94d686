/**
 * `npm run codegen` writes the resolver types generated from `schema.graphql`;
 * `npm run check:codegen` fails when the committed file is out of date, so code and contract cannot drift.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseCli } from '../cli.js';
import { RESOLVER_TYPES_FILE, SCHEMA_FILE, generateResolverTypes } from './generate.js';

const { check } = parseCli({
  command: 'npm run codegen --',
  summary: 'Writes the resolver types generated from schema.graphql (or checks them).',
  options: { check: { type: 'boolean', default: false, description: 'fail if the committed types are out of date' } },
});

const generated = await generateResolverTypes(await readFile(SCHEMA_FILE, 'utf8'));
if (check) {
  const committed = await readFile(RESOLVER_TYPES_FILE, 'utf8').catch(() => '');
  if (committed !== generated) {
    console.error('server/generated/resolver-types.ts is out of date with schema.graphql: run `npm run codegen`');
    process.exit(1);
  }
  console.log('resolver types match schema.graphql');
} else {
  await writeFile(RESOLVER_TYPES_FILE, generated);
  console.log('wrote server/generated/resolver-types.ts');
}
