import type { PreparedSeed, SeedResult } from './seed-database.js';

/** The seed's closing report: dataset version, facts, and counts per label and relationship type. */
export function formatSeedSummary({ version, facts, revision, changed, method, summary }: SeedResult): string {
  return [
    `dataset ${version}: ${facts.facts} facts, ${facts.quotes} evidence quotes; revision ${revision} (${changed} rows changed: ${method})`,
    `nodes (${summary.totalNodes}):`,
    table(summary.nodes),
    `relationships (${summary.totalRelationships}):`,
    table(summary.relationships),
  ].join('\n');
}

/** What a seed would write, without a database: facts, then rows per node kind and relationship type. */
export function formatRowCounts({ version, facts, rows }: PreparedSeed): string {
  const counts = (groups: Record<string, unknown[]>) =>
    Object.fromEntries(Object.entries(groups).map(([name, list]) => [name, list.length]));
  return [
    `dataset ${version} is valid: ${facts.facts} facts, ${facts.quotes} evidence quotes`,
    'nodes:',
    table(counts(rows.nodes)),
    'relationships:',
    table(counts(rows.relationships)),
  ].join('\n');
}

function table(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([name, count]) => `  ${name.padEnd(16)} ${String(count).padStart(7)}`)
    .join('\n');
}
