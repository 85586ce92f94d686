import type { SeedResult } from './seed-database.js';

/** The seed's closing report: dataset version, facts, and counts per label and relationship type. */
export function formatSeedSummary({ version, facts, revision, changed, method, summary }: SeedResult): string {
  const table = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([name, count]) => `  ${name.padEnd(14)} ${String(count).padStart(7)}`)
      .join('\n');
  return [
    `dataset ${version}: ${facts.facts} facts, ${facts.quotes} evidence quotes; revision ${revision} (${changed} rows changed: ${method})`,
    `nodes (${summary.totalNodes}):`,
    table(summary.nodes),
    `relationships (${summary.totalRelationships}):`,
    table(summary.relationships),
  ].join('\n');
}
