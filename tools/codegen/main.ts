/**
 * `npm run codegen` writes the types generated from `schema.graphql`: the server's resolver types and
 * the result types of the client's operations. `npm run check:codegen` fails when either committed
 * file is out of date, so code, operations and contract cannot drift.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCli } from '../cli.js';
import { listClientOperations, toClientDocument } from './client-operations.js';
import {
  CLIENT_TYPES_FILE,
  RESOLVER_TYPES_FILE,
  SCHEMA_FILE,
  generateClientTypes,
  generateResolverTypes,
} from './generate.js';

const { check } = parseCli({
  command: 'npm run codegen --',
  summary: 'Writes the resolver and client operation types generated from schema.graphql (or checks them).',
  options: { check: { type: 'boolean', default: false, description: 'fail if the committed types are out of date' } },
});

const sdl = await readFile(SCHEMA_FILE, 'utf8');
const outputs = [
  { file: RESOLVER_TYPES_FILE, text: await generateResolverTypes(sdl) },
  { file: CLIENT_TYPES_FILE, text: await generateClientTypes(sdl, toClientDocument(listClientOperations())) },
];
const relative = (file: string) => path.relative(process.cwd(), file);
let stale = false;
for (const { file, text } of outputs) {
  if (check) {
    if ((await readFile(file, 'utf8').catch(() => '')) === text) continue;
    console.error(
      `${relative(file)} is out of date with schema.graphql and the client's operations: run \`npm run codegen\``,
    );
    stale = true;
  } else {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    console.log(`wrote ${relative(file)}`);
  }
}
if (stale) process.exit(1);
if (check) console.log("generated types match schema.graphql and the client's operations");
