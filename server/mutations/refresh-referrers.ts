import type { ManagedTransaction } from 'neo4j-driver';
import { applyDiff } from '../../seed/diff/apply-diff.js';
import { computeDiff } from '../../seed/diff/compute-diff.js';
import { SEEDED_LABEL } from '../../seed/graph/elements.js';
import type { Collection } from '../../seed/model/schema.js';
import { listReferences, parseEntry } from '../../seed/validate/validate-entry.js';
import type { TransactionRunner } from '../database/executor.js';
import { toGraphFacts } from '../../seed/diff/read-graph-facts.js';
import { buildEntryGraph } from './entry-rows.js';
import { readGraphContext } from './graph-context.js';
import { readStoredEntry } from './stored-entry.js';

// The facts whose derived names include another entity's name ("Ruritania supports: Border treaty",
// "Ruritania delegation, Fixtureville talks"), and the entry each belongs to.
const READ_REFERRERS = `MATCH (:${SEEDED_LABEL} {id: $id})--(m:${SEEDED_LABEL})
  WHERE m:Stance OR m:Contact OR m:Delegation
  OPTIONAL MATCH (m:Delegation)-[:AT]->(meeting:${SEEDED_LABEL})
  RETURN DISTINCT CASE WHEN m:Delegation THEN meeting.id ELSE m.id END AS entryId`;

const NAMING_COLLECTIONS: Collection[] = ['stances', 'contacts', 'meetings'];

/**
 * After an entity's name changed, rewrites the rows of the entries that carry it in their derived
 * names, so that the graph says what a seed of the exported files would write. Their files do
 * not change: they record no change of their own.
 */
export async function refreshReferrers(
  run: TransactionRunner,
  tx: ManagedTransaction,
  renamed: { id: string; before: string },
): Promise<void> {
  const rows = await run<{ entryId: string | null }>(READ_REFERRERS, { id: renamed.id });
  for (const { entryId } of rows) {
    if (entryId === null) continue;
    const entry = await readStoredEntry(run, entryId, undefined);
    if (!entry || !NAMING_COLLECTIONS.includes(entry.collection)) continue;
    const { value } = parseEntry(entry.collection, entry.body);
    if (!value) continue;
    const context = await readGraphContext(run, listReferences(entry.collection, value), []);
    const before = { nameOf: (id: string) => (id === renamed.id ? renamed.before : context.nameOf(id)) };
    const old = buildEntryGraph(entry.collection, entry.body, value, entry.position, before);
    const now = buildEntryGraph(entry.collection, entry.body, value, entry.position, context);
    await applyDiff(tx, computeDiff(now.rows, toGraphFacts(old.rows)));
  }
}
