/**
 * `npm run bench:writes [-- --scales 1,100,1000 --heap 1g]`: at each scale, a fresh Neo4j gets the
 * synthetic dataset (a first load, written in batches), then one stance's summary is changed in
 * the YAML and the seed runs again as `npm run seed` does (given the folder: only the entries that
 * changed are read), then once more with another change through the whole comparison (every file
 * validated, every fact compared), the way every seed went before. Prints the time of each phase,
 * and the first load's rate beside that of Neo4j's offline importer on the same rows.
 */
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { prepareSeed, seedDatabase, type SeedResult } from '../seed/seed-database.js';
import { generateDataset } from './data/generate-dataset.js';
import { openBenchDatabase, type BenchDatabase } from './database.js';
import { readMemoryPeaks } from './memory.js';
import { parseCli } from '../tools/cli.js';
import { timeOfflineImport } from './offline-import.js';
import type { GraphRows } from '../seed/graph/elements.js';

const values = parseCli({
  command: 'npm run bench:writes --',
  summary: 'Times a first load and a one-fact change of the synthetic dataset at each scale, on a fresh Neo4j.',
  options: {
    scales: { type: 'string', default: '1,100,1000', value: 'LIST', description: 'the scales to measure' },
    heap: { type: 'string', default: '1g', value: 'SIZE', description: "Neo4j's heap" },
    'page-cache': { type: 'string', default: '1g', value: 'SIZE', description: "Neo4j's page cache" },
    'skip-importer': {
      type: 'boolean',
      default: false,
      description: "leave out Neo4j's offline importer on the first load's rows (minutes at 1000×)",
    },
    'skip-whole': {
      type: 'boolean',
      default: false,
      description: 'leave out the second change through the whole comparison (minutes at 1000×)',
    },
  },
});

/** Seconds spent in each phase, keyed by the progress message that ended it. */
interface TimedSeed {
  prepareS: number;
  writeS: number;
  phases: { message: string; atS: number }[];
  result: SeedResult;
  rows: GraphRows;
}

/** The whole comparison: every file validated (`prepareSeed`), then every fact compared and the difference written. */
async function timeSeed(db: BenchDatabase, dir: string): Promise<TimedSeed> {
  let start = performance.now();
  const prepared = await prepareSeed(dir);
  const prepareS = (performance.now() - start) / 1000;
  start = performance.now();
  const phases: TimedSeed['phases'] = [];
  const result = await seedDatabase({
    driver: db.driver,
    ...(db.database && { database: db.database }),
    data: prepared,
    onProgress: (message) => phases.push({ message, atS: (performance.now() - start) / 1000 }),
  });
  return { prepareS, writeS: (performance.now() - start) / 1000, phases, result, rows: prepared.rows };
}

/** A seed given the folder, as `npm run seed` runs it: only the entries whose text changed are read. */
async function timeIncrementalSeed(db: BenchDatabase, dir: string): Promise<Omit<TimedSeed, 'rows'>> {
  const start = performance.now();
  const phases: TimedSeed['phases'] = [];
  const result = await seedDatabase({
    driver: db.driver,
    ...(db.database && { database: db.database }),
    data: dir,
    onProgress: (message) => phases.push({ message, atS: (performance.now() - start) / 1000 }),
  });
  return { prepareS: 0, writeS: (performance.now() - start) / 1000, phases, result };
}

/** Changes the first stance's summary: one fact, two rows of the graph (the stance and its entry's mirror). */
async function changeOneFact(dir: string): Promise<void> {
  const file = path.join(dir, 'stances.yaml');
  const text = await readFile(file, 'utf8');
  const changed = text.replace(/^(\s+summary: )(.*)$/m, (_, prefix: string, summary: string) =>
    summary.startsWith("'") || summary.startsWith('"')
      ? `${prefix}${summary.slice(0, -1)} Corrected.${summary.slice(-1)}`
      : `${prefix}${summary} Corrected.`,
  );
  if (changed === text) throw new Error('no stance summary found to change');
  await writeFile(file, changed);
}

/**
 * Sets every generated file's times an hour back, as files written before this session would be: a
 * file modified in the two seconds before a seed reads it is not trusted by its stat next time.
 */
async function ageFiles(dir: string): Promise<void> {
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const name of await readdir(dir, { recursive: true })) await utimes(path.join(dir, name), hourAgo, hourAgo);
}

function report(label: string, timed: Omit<TimedSeed, 'rows'>): void {
  const { result } = timed;
  console.log(
    `${label}: prepare ${timed.prepareS.toFixed(2)} s, write ${timed.writeS.toFixed(2)} s, end to end ${(timed.prepareS + timed.writeS).toFixed(2)} s; ` +
      `${result.changed} rows changed (${result.method}), revision ${result.revision}`,
  );
  for (const phase of timed.phases) console.log(`  ${phase.atS.toFixed(2).padStart(7)} s  ${phase.message}`);
}

/** The offline importer on the first load's rows: the rate of each, rows per second of writing. */
async function compareWithImporter(first: TimedSeed): Promise<void> {
  const imported = await timeOfflineImport(first.rows, {
    heap: values.heap,
    pageCache: values['page-cache'],
    onProgress: (message) => console.log(`  offline importer: ${message}…`),
  });
  const seedRate = imported.rows / first.writeS;
  const importRate = imported.rows / imported.importS;
  // The seed's rate over the importer's, given how long the importer's side took.
  const ratioTo = (importerS: number) => (seedRate * importerS) / imported.rows;
  console.log(
    `  offline importer on the same ${imported.rows} rows: import ${imported.importS.toFixed(2)} s ` +
      `(process ${imported.processS.toFixed(2)} s, CSV written in ${imported.csvS.toFixed(2)} s); ` +
      `rows/s: seed ${seedRate.toFixed(0)}, importer ${importRate.toFixed(0)}, ratio ${(seedRate / importRate).toFixed(2)} ` +
      `(against its whole process, JVM start included: ${ratioTo(imported.processS).toFixed(2)})`,
  );
  console.log(
    `  the seed's constraints and indexes built on the imported store: ${imported.schemaS.toFixed(2)} s; ` +
      `import and indexes ${(imported.importS + imported.schemaS).toFixed(2)} s, ` +
      `ratio to the same database: ${ratioTo(imported.importS + imported.schemaS).toFixed(2)}`,
  );
}

/**
 * The first load, and the importer on its rows. A function of its own so that the rows (gigabytes at
 * 1000×) are garbage once it returns: kept alive, they made every collection of the one-fact seeds
 * after it slow, which `npm run seed`, a process of its own, never pays.
 */
async function measureFirstLoad(db: BenchDatabase, dir: string, scale: number): Promise<void> {
  const first = await timeSeed(db, dir);
  report(`${scale}× first load`, first);
  if (!values['skip-importer']) await compareWithImporter(first);
}

async function main(): Promise<void> {
  const scales = values.scales.split(',').map(Number);
  for (const scale of scales) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-writes-'));
    const db = await openBenchDatabase({ heap: values.heap, pageCache: values['page-cache'], onProgress: () => {} });
    try {
      await generateDataset({ dir, scale });
      await ageFiles(dir);
      await measureFirstLoad(db, dir, scale);
      const memory = await readMemoryPeaks();
      console.log(`  JVM peak ${memory.jvmRssMb?.toFixed(0) ?? '?'} MB, Node peak ${memory.nodeRssMb.toFixed(0)} MB`);
      // Twice: the first seed of a process also pays for compiling its queries.
      for (const run of ['first', 'second']) {
        await changeOneFact(dir);
        report(`${scale}× one fact changed, npm run seed (${run})`, await timeIncrementalSeed(db, dir));
      }
      if (!values['skip-whole']) {
        await changeOneFact(dir);
        report(`${scale}× one fact changed, whole comparison`, await timeSeed(db, dir));
      }
    } finally {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
