import type { ManagedTransaction } from 'neo4j-driver';

/** What a seed records about the dataset it loaded. */
export interface DatasetDetails {
  version: string;
  facts: number;
  quotes: number;
}

/**
 * The one `(:DatasetInfo)` node: `version` hashes the seed files, and `revision` counts the
 * committed changes. It is written in the transaction of the change it describes, so a reader
 * never sees a revision without its graph, nor a graph without its revision.
 */
const RECORD_DATASET = `MERGE (info:DatasetInfo {id: 'dataset'})
  SET info.version = $version, info.facts = $facts, info.quotes = $quotes,
      info.revision = coalesce(info.revision, 0) + 1
  RETURN info.revision AS revision`;

/** Records the dataset and advances the revision, inside the caller's transaction; returns the new revision. */
export async function recordDataset(tx: ManagedTransaction, details: DatasetDetails): Promise<number> {
  const result = await tx.run(RECORD_DATASET, details);
  return Number(result.records[0]?.get('revision'));
}
