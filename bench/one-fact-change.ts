/**
 * `npm run bench:writes [-- --scales 1,100,1000 --heap 1g]`: at each scale, a fresh Neo4j gets the
 * synthetic dataset (a first load: staged and published), then one stance's summary is changed in
 * the YAML and `npm run seed`'s pipeline runs again. Prints the time of each phase of both seeds.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { prepareSeed, seedDatabase, type SeedResult } from '../seed/seed-database.js';
import { generateDataset } from './data/generate-dataset.js';
import { openBenchDatabase, type BenchDatabase } from './database.js';
import { readMemoryPeaks } from './memory.js';
import { parseCli } from '../tools/cli.js';

const values = parseCli({
  command: 'npm run bench:writes --',
  summary: 'Times a first load and a one-fact change of the synthetic dataset at each scale, on a fresh Neo4j.',
  options: {
    scales: { type: 'string', default: '1,100,1000', value: 'LIST', description: 'the scales to measure' },
    heap: { type: 'string', default: '1g', value: 'SIZE', description: "Neo4j's heap" },
    'page-cache': { type: 'string', default: '1g', value: 'SIZE', description: "Neo4j's page cache" },
  },
});

/** Seconds spent in each phase, keyed by the progress message that ended it. */
interface TimedSeed {
  prepareS: number;
  writeS: number;
  phases: { message: string; atS: number }[];
  result: SeedResult;
}

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
  return { prepareS, writeS: (performance.now() - start) / 1000, phases, result };
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

function report(label: string, timed: TimedSeed): void {
  const { result } = timed;
  console.log(
    `${label}: prepare ${timed.prepareS.toFixed(2)} s, write ${timed.writeS.toFixed(2)} s, end to end ${(timed.prepareS + timed.writeS).toFixed(2)} s; ` +
      `${result.changed} rows changed (${result.method}), revision ${result.revision}`,
  );
  for (const phase of timed.phases) console.log(`  ${phase.atS.toFixed(2).padStart(7)} s  ${phase.message}`);
}

async function main(): Promise<void> {
  const scales = values.scales.split(',').map(Number);
  for (const scale of scales) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-writes-'));
    const db = await openBenchDatabase({ heap: values.heap, pageCache: values['page-cache'], onProgress: () => {} });
    try {
      await generateDataset({ dir, scale });
      report(`${scale}× first load`, await timeSeed(db, dir));
      const memory = await readMemoryPeaks();
      console.log(`  JVM peak ${memory.jvmRssMb?.toFixed(0) ?? '?'} MB, Node peak ${memory.nodeRssMb.toFixed(0)} MB`);
      await changeOneFact(dir);
      report(`${scale}× one fact changed`, await timeSeed(db, dir));
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
