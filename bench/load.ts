import { prepareSeed, seedDatabase } from '../seed/seed-database.js';
import type { BenchDatabase } from './database.js';
import { generateDataset } from './data/generate-dataset.js';
import { readMemoryPeaks } from './memory.js';

/** How long one scale took to generate and load, and the memory it needed. */
export interface LoadResult {
  scale: number;
  facts: number;
  quotes: number;
  nodes: number;
  relationships: number;
  generateS: number;
  /** Reading, validating and turning the YAML into rows (`prepareSeed`). */
  prepareS: number;
  /** Staging the rows in batches and swapping them in (`seedDatabase`). */
  writeS: number;
  /** Facts per second of the write alone, and of prepare and write together. */
  writeFactsPerS: number;
  endToEndFactsPerS: number;
  nodeRssMb: number;
  jvmRssMb: number | null;
}

const seconds = (start: number) => (performance.now() - start) / 1000;

/** Generates the dataset of `scale` into `dir` and loads it through the real seeding pipeline. */
export async function loadScale(
  db: BenchDatabase,
  scale: number,
  dir: string,
  log: (line: string) => void,
): Promise<LoadResult> {
  let start = performance.now();
  await generateDataset({ dir, scale });
  const generateS = seconds(start);
  log(`generated ${scale}× in ${generateS.toFixed(1)} s`);

  start = performance.now();
  const prepared = await prepareSeed(dir);
  const prepareS = seconds(start);
  log(`validated ${prepared.facts.facts} facts in ${prepareS.toFixed(1)} s`);

  start = performance.now();
  const result = await seedDatabase({
    driver: db.driver,
    ...(db.database && { database: db.database }),
    data: prepared,
    // A remote database may hold an earlier scale; a local one is fresh.
    reset: db.target === 'remote',
    onProgress: (message) => log(`seed: ${message}`),
  });
  const writeS = seconds(start);
  const memory = await readMemoryPeaks();
  const facts = result.facts.facts;
  return {
    scale,
    facts,
    quotes: result.facts.quotes,
    nodes: result.summary.totalNodes,
    relationships: result.summary.totalRelationships,
    generateS,
    prepareS,
    writeS,
    writeFactsPerS: facts / writeS,
    endToEndFactsPerS: facts / (prepareS + writeS),
    ...memory,
  };
}
