import type { Session } from 'neo4j-driver';
/**
 * The audit trail's label: one `(:Change)` per committed edit, `exported: false` until `npm run
 * export` has written it to the files. A seed would overwrite such an edit with the files' older
 * version, so it refuses while any is left, unless told to discard them.
 */
export const CHANGE_LABEL = 'Change';

/** "1 edit", "3 edits". */
export function countEdits(count: number): string {
  return `${count} edit${count === 1 ? '' : 's'}`;
}

/** A seed refused because the graph holds edits the files do not. */
export class UnexportedEditsError extends Error {
  constructor(readonly count: number) {
    super(
      `the graph holds ${countEdits(count)} not exported to the files yet, which this seed would overwrite: ` +
        'run "npm run export" first to keep them in the files, or "npm run seed -- --discard-edits" to drop them',
    );
    this.name = 'UnexportedEditsError';
  }
}

// A discarded edit stays in the audit trail, marked, so history still tells what happened to it.
const READ_UNEXPORTED = `MATCH (change:${CHANGE_LABEL} {exported: false}) WHERE change.discarded IS NULL
  RETURN change.id AS id`;

const MARK_DISCARDED = `UNWIND $ids AS id
  MATCH (change:${CHANGE_LABEL} {id: id})
  SET change.discarded = true`;

/** The ids of the edits not exported to the files yet (and not discarded), in the caller's session. */
export async function readUnexportedEdits(session: Session): Promise<string[]> {
  const result = await session.executeRead((tx) => tx.run(READ_UNEXPORTED));
  return result.records.map((record) => record.get('id') as string);
}

/** Marks edits discarded: a seed run with `--discard-edits` overwrote them. */
export async function markEditsDiscarded(session: Session, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await session.executeWrite((tx) => tx.run(MARK_DISCARDED, { ids }));
}
