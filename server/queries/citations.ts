import { SEEDED_LABEL } from '../../seed/graph/elements.js';
import { ENTRY_KIND } from '../../seed/graph/entries.js';
import { findEvidence } from '../../seed/model/evidenced-facts.js';
import type { Evidence } from '../../seed/model/schema.js';
import { locateQuote } from '../../seed/validate/quotes.js';
import type { Executor } from '../database/executor.js';

/** One quote a standing fact takes from an article, where the quote check finds it. */
export interface CitationView {
  entryId: string;
  collection: string;
  path: string | null;
  quote: string;
  start: number;
  end: number;
}

type EntryRow = {
  collection: string;
  entryId: string;
  body: string;
};

// Facts live in the entry mirror with their evidence, the one place every kind of fact shares; the
// articles' own entries cite nothing. A body names its sources as JSON strings, so CONTAINS with the
// quoted id keeps the rows parsed to those that may cite the article.
const ENTRIES = `MATCH (e:${SEEDED_LABEL}:${ENTRY_KIND}) WHERE e.collection <> 'sources'`;
const READ_CITING_ENTRIES = `${ENTRIES} AND e.body CONTAINS $needle
  RETURN e.collection AS collection, e.entryId AS entryId, e.body AS body`;
const READ_ALL_ENTRIES = `${ENTRIES} RETURN e.collection AS collection, e.entryId AS entryId, e.body AS body`;
const READ_TEXT = 'MATCH (s:Source {id: $source}) RETURN s.text AS text';

/** The entry without its retracted facts: they stay in the files but no reader meets them. */
function dropRetracted(value: unknown): unknown {
  if (Array.isArray(value))
    return value
      .filter((item) => typeof item !== 'object' || item === null || !('retracted' in item))
      .map(dropRetracted);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, dropRetracted(item)]));
}

/** Every standing fact of an entry with its evidence and its path inside the entry (null for the entry). */
function listStandingFacts(row: EntryRow): { path: string | null; evidence: readonly Evidence[] }[] {
  const body = JSON.parse(row.body) as Record<string, unknown>;
  if ('retracted' in body) return [];
  return findEvidence(dropRetracted(body)).map(({ prefix, evidence }) => ({
    path: prefix ? prefix.slice(0, -1) : null,
    evidence,
  }));
}

/** The quotes standing facts take from one article, in the order of its text; undefined for an unknown article. */
export async function readCitations(executor: Executor, source: string): Promise<CitationView[] | undefined> {
  const [article] = await executor.read<{ text: string | null }>(READ_TEXT, { source });
  if (!article) return undefined;
  const rows = await executor.read<EntryRow>(READ_CITING_ENTRIES, { needle: JSON.stringify(source) });
  const citations: CitationView[] = [];
  for (const row of rows) {
    for (const { path, evidence } of listStandingFacts(row)) {
      for (const item of evidence) {
        if (item.source !== source) continue;
        // Every stored quote passed the quote check against this text, so it is found.
        const at = article.text ? locateQuote(article.text, item.quote) : undefined;
        if (!at) continue;
        citations.push({ entryId: row.entryId, collection: row.collection, path, quote: item.quote, ...at });
      }
    }
  }
  return citations.sort((a, b) => a.start - b.start || a.entryId.localeCompare(b.entryId));
}

/** How many standing facts cite each article (a fact quoting one article twice counts once). */
export async function readSourceUses(executor: Executor): Promise<{ source: string; facts: number }[]> {
  const uses = new Map<string, number>();
  for (const row of await executor.read<EntryRow>(READ_ALL_ENTRIES)) {
    for (const { evidence } of listStandingFacts(row)) {
      for (const source of new Set(evidence.map((item) => item.source))) uses.set(source, (uses.get(source) ?? 0) + 1);
    }
  }
  return [...uses].sort(([a], [b]) => a.localeCompare(b)).map(([source, facts]) => ({ source, facts }));
}
