import type { Session } from 'neo4j-driver';
import { ENTRY_KIND, entryRowId } from '../graph/entries.js';
import { SEEDED_LABEL } from '../graph/elements.js';
import type { Collection } from '../model/schema.js';

/** The mirror cannot be written back: a body that is not an entry, a source without its text. */
export class MirrorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MirrorError';
  }
}

/** One entry of the mirror, parsed, and for a source the text of its article. */
export interface MirroredEntry {
  entryId: string;
  entry: Record<string, unknown>;
  text: string | null;
}

// Position, then id: two entries given one position (an edit racing another) still come out in a
// stable order. The source's text lives on its Source node, not in the entry.
const READ_ENTRIES = `MATCH (entry:${ENTRY_KIND}:${SEEDED_LABEL} {collection: $collection})
  OPTIONAL MATCH (source:Source:${SEEDED_LABEL} {id: entry.entryId}) WHERE $collection = 'sources'
  RETURN entry.entryId AS entryId, entry.body AS body, source.text AS text
  ORDER BY entry.position, entry.entryId`;

const COUNT_ENTRIES = `MATCH (entry:${ENTRY_KIND}:${SEEDED_LABEL}) RETURN count(entry) AS count`;

/** Reads a mirror body back into the entry it holds; a body that is not one names its entry. */
export function parseMirrorBody(collection: Collection, entryId: string, body: unknown): Record<string, unknown> {
  const where = `entry ${entryRowId(collection, entryId)}`;
  if (typeof body !== 'string') throw new MirrorError(`${where}: has no body`);
  let entry: unknown;
  try {
    entry = JSON.parse(body);
  } catch (error) {
    throw new MirrorError(`${where}: its body is not valid JSON (${(error as Error).message})`);
  }
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
    throw new MirrorError(`${where}: its body is not an object`);
  const id = (entry as { id?: unknown }).id;
  if (id !== entryId) throw new MirrorError(`${where}: its body has the id ${JSON.stringify(id)}`);
  return entry as Record<string, unknown>;
}

/** Streams the entries of one collection in file order, in the caller's session. */
export async function* readMirroredEntries(session: Session, collection: Collection): AsyncGenerator<MirroredEntry> {
  for await (const record of session.run(READ_ENTRIES, { collection })) {
    const entryId = record.get('entryId') as string;
    const entry = parseMirrorBody(collection, entryId, record.get('body'));
    const text = record.get('text') as string | null;
    if (collection === 'sources' && typeof text !== 'string')
      throw new MirrorError(`entry ${entryRowId(collection, entryId)}: its source has no text in the graph`);
    yield { entryId, entry, text };
  }
}

/** How many entries the mirror holds: none means a graph seeded before it, which has nothing to export. */
export async function countMirroredEntries(session: Session): Promise<number> {
  const result = await session.run(COUNT_ENTRIES);
  return Number(result.records[0]?.get('count') ?? 0);
}
