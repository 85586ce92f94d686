/**
 * Neo4j's offline importer (`neo4j-admin database import full`) on the rows the seed writes, for
 * the bench's side-by-side with a first load: the same nodes, labels, relationships and properties,
 * as CSV files, imported into an empty store by the import tool of the project's own Neo4j jars.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import {
  NODE_LABELS,
  SEEDED_LABEL,
  type GraphRows,
  type NodeKind,
  type NodeRow,
  type Properties,
  type PropertyValue,
} from '../seed/graph/elements.js';
import { countRows } from '../seed/graph/write-graph.js';
import neo4j from 'neo4j-driver';
import { javaCommand } from '../neo4j/java.js';
import { provisionNeo4j } from '../neo4j/provision.js';
import { DRIVER_CONFIG } from '../neo4j/connect.js';
import { startLocalNeo4j } from '../neo4j/local-server.js';
import { ensureSchema } from '../seed/graph/ensure-schema.js';

/** How long the importer took on the rows of one dataset. */
export interface OfflineImport {
  rows: number;
  /** Writing the CSV files, which the seed's side does not need. */
  csvS: number;
  /** The importer's own time ("IMPORT DONE in …"), its JVM's start excluded. */
  importS: number;
  /** The importer's process, start to exit. */
  processS: number;
  /**
   * The same constraints and indexes as a seed's, built on the imported store by a Neo4j started
   * on it (its start excluded): the importer builds none, and the API cannot read without them.
   */
  schemaS: number;
}

// Labels and list properties are split on this character: the data's text uses commas and semicolons.
const ARRAY_DELIMITER = '\u001f';
const ROWS_PER_WRITE = 5_000;
const IMPORT_CLASS = 'org.neo4j.cli.AdminTool';

/** The CSV header type of a property: what every value it takes fits. */
function columnType(values: PropertyValue[]): string {
  const present = values.filter((value) => value !== null);
  if (present.some(Array.isArray)) return 'string[]';
  if (present.length > 0 && present.every((value) => typeof value === 'boolean')) return 'boolean';
  if (present.length > 0 && present.every((value) => typeof value === 'number'))
    return present.every((value) => Number.isInteger(value)) ? 'long' : 'double';
  return 'string';
}

function cell(value: PropertyValue | undefined): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join(ARRAY_DELIMITER) : String(value);
}

/** Writes one CSV file: `fixed` columns (ids, labels, type) then every property the rows carry. */
async function writeCsv<T extends { props: Properties }>(
  file: string,
  rows: readonly T[],
  fixed: { header: string; value: (row: T) => string }[],
  skip: ReadonlySet<string>,
): Promise<void> {
  const names = [...new Set(rows.flatMap((row) => Object.keys(row.props)))].filter((name) => !skip.has(name));
  const types = names.map((name) => columnType(rows.map((row) => row.props[name] ?? null)));
  const header = [...fixed.map((column) => column.header), ...names.map((name, index) => `${name}:${types[index]}`)];
  const handle = await open(file, 'w');
  try {
    await handle.write(stringify([header]));
    for (let start = 0; start < rows.length; start += ROWS_PER_WRITE) {
      const records = rows
        .slice(start, start + ROWS_PER_WRITE)
        .map((row) => [...fixed.map((column) => column.value(row)), ...names.map((name) => cell(row.props[name]))]);
      await handle.write(stringify(records));
    }
  } finally {
    await handle.close();
  }
}

/** Writes the rows as the importer's CSV files; returns its `--nodes` and `--relationships` arguments. */
async function writeImportFiles(dir: string, rows: GraphRows): Promise<string[]> {
  const args: string[] = [];
  for (const [kind, list] of Object.entries(rows.nodes) as [NodeKind, NodeRow[]][]) {
    if (list.length === 0) continue;
    const file = path.join(dir, `nodes-${kind}.csv`);
    const labels = [...NODE_LABELS[kind], SEEDED_LABEL].join(ARRAY_DELIMITER);
    await writeCsv(
      file,
      list,
      [
        { header: 'id:ID', value: (row) => row.id },
        { header: ':LABEL', value: () => labels },
      ],
      new Set(['id']),
    );
    args.push(`--nodes=${file}`);
  }
  for (const [type, list] of Object.entries(rows.relationships)) {
    if (list.length === 0) continue;
    const file = path.join(dir, `relationships-${type}.csv`);
    await writeCsv(
      file,
      list,
      [
        { header: ':START_ID', value: (row) => row.from },
        { header: ':END_ID', value: (row) => row.to },
        { header: ':TYPE', value: () => type },
      ],
      new Set(),
    );
    args.push(`--relationships=${file}`);
  }
  return args;
}

/** "1m 2s 345ms" → 62.345. */
function parseDuration(text: string): number {
  const units: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001 };
  return [...text.matchAll(/(\d+)(ms|h|m|s)/g)].reduce(
    (sum, [, amount, unit]) => sum + Number(amount) * units[unit!]!,
    0,
  );
}

function runImporter(java: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(java, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`the importer exited with ${code}:\n${output.slice(-2000)}`)),
    );
  });
}

/** Starts a Neo4j on an imported data directory and times building every constraint and index a seed builds. */
async function timeSchemaBuild(dir: string, memory: { heap: string; pageCache: string }): Promise<number> {
  // The importer made no system database, so the launcher sets this password as on a fresh store.
  const passwordFile = path.join(dir, 'password');
  await writeFile(passwordFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
  const dataDir = path.join(dir, 'data');
  const local = await startLocalNeo4j({ boltPort: 0, dataDir, passwordFile, ...memory, onProgress: () => {} });
  const driver = neo4j.driver(local.uri, neo4j.auth.basic(local.username, local.password), DRIVER_CONFIG);
  const session = driver.session();
  try {
    const start = performance.now();
    await ensureSchema(session);
    return (performance.now() - start) / 1000;
  } finally {
    await session.close();
    await driver.close();
    await local.stop();
  }
}

/**
 * Writes `rows` as CSV, imports them into an empty store with the offline importer, and builds the
 * seed's constraints and indexes on that store; deletes everything after.
 */
export async function timeOfflineImport(
  rows: GraphRows,
  { heap, pageCache, onProgress }: { heap: string; pageCache: string; onProgress: (message: string) => void },
): Promise<OfflineImport> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-import-'));
  try {
    onProgress(`writing ${countRows(rows)} rows as the importer's CSV files`);
    let start = performance.now();
    const fileArgs = await writeImportFiles(dir, rows);
    const csvS = (performance.now() - start) / 1000;
    const home = path.join(dir, 'home');
    await mkdir(path.join(home, 'conf'), { recursive: true });
    await writeFile(path.join(home, 'conf', 'neo4j.conf'), `server.directories.data=${path.join(dir, 'data')}\n`);
    const { classpath } = await provisionNeo4j(() => {});
    onProgress('importing them into an empty store');
    start = performance.now();
    const output = await runImporter(
      javaCommand(),
      [
        `-Xmx${heap}`,
        '--add-opens=java.base/java.nio=ALL-UNNAMED',
        '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
        '-cp',
        classpath,
        IMPORT_CLASS,
        'database',
        'import',
        'full',
        // Before the options: each file option takes every word after it, the database's name too.
        'neo4j',
        `--array-delimiter=${ARRAY_DELIMITER}`,
        // Article texts span lines.
        '--multiline-fields=true',
        // Its report goes with the rest of the import, not into the folder the bench runs in.
        `--report-file=${path.join(dir, 'import.report')}`,
        ...fileArgs,
      ],
      { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
    );
    const processS = (performance.now() - start) / 1000;
    const done = /IMPORT DONE in ([^.\n]+)/.exec(output)?.[1];
    onProgress('building the constraints and indexes on the imported store');
    const schemaS = await timeSchemaBuild(dir, { heap, pageCache });
    return { rows: countRows(rows), csvS, importS: done ? parseDuration(done) : processS, processS, schemaS };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
