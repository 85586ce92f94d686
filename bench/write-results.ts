import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NOTES_END, NOTES_START, renderReport } from './report.js';
import type { BenchResults } from './results.js';
import { renderLineChart } from './svg-chart.js';

/**
 * Writes `benchmarks.md`, `benchmarks/results.json` and `benchmarks/latency.svg` under `docsDir`,
 * keeping the hand-written findings of the previous report.
 */
export async function writeResults(results: BenchResults, docsDir: string): Promise<void> {
  const dir = path.join(docsDir, 'benchmarks');
  await mkdir(dir, { recursive: true });
  const operations = [...new Set(results.latencies.map((row) => row.operation))];
  // Ours solid, the peer dashed, one colour per operation.
  const series = operations.flatMap((operation, group) =>
    (['ours', 'peer'] as const).map((contender) => {
      const points = results.latencies.filter(
        (row) =>
          row.operation === operation && row.contender === contender && row.concurrency === 1 && row.p50 !== undefined,
      );
      return {
        name: `${operation} (${contender})`,
        points: points.map((row) => ({ x: row.scale, y: row.p50! })),
        group,
        dashed: contender === 'peer',
      };
    }),
  );
  await writeFile(path.join(dir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  await writeFile(
    path.join(dir, 'latency.svg'),
    renderLineChart({
      title: 'p50 latency at concurrency 1 against data size',
      xLabel: 'data size (multiple of the curated graph)',
      yLabel: 'p50 latency (ms)',
      series,
    }),
  );
  const reportFile = path.join(docsDir, 'benchmarks.md');
  const previous = await readFile(reportFile, 'utf8').catch(() => '');
  const notes = previous.includes(NOTES_START)
    ? previous.slice(previous.indexOf(NOTES_START) + NOTES_START.length, previous.indexOf(NOTES_END))
    : '';
  await writeFile(reportFile, renderReport(results, notes));
  console.log(
    `wrote ${path.relative(process.cwd(), path.join(docsDir, 'benchmarks.md'))} and ${path.relative(process.cwd(), dir)}/`,
  );
}
