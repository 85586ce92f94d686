import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { measureClientAtScale } from './client-at-scale.js';
import { checkTargets, type BenchResults } from './results.js';
import { writeResults } from './write-results.js';

/**
 * `npm run bench -- --client-only`: measures the client at scale alone and writes it into the
 * previous run's results (kept as they were, their checks re-evaluated), so the report stays whole.
 */
export async function runClientOnly({
  docsDir,
  elements,
  repeats,
  log,
}: {
  docsDir: string;
  elements: number[];
  repeats: number;
  log: (line: string) => void;
}): Promise<BenchResults> {
  const file = path.join(docsDir, 'benchmarks', 'results.json');
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Error(`--client-only adds to a previous run's ${file}, which is missing: run \`npm run bench\` first`);
  });
  const clientAtScale = await measureClientAtScale({ elements, repeats, log });
  const measured = { ...(JSON.parse(text) as BenchResults), clientAtScale };
  const results: BenchResults = { ...measured, checks: checkTargets(measured) };
  await writeResults(results, docsDir);
  return results;
}
