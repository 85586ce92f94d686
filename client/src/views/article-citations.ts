import type * as Generated from '../api/generated/operation-types.js';
import type { EditAnswer } from '../curation/graph-changes.js';

/** One quote a standing fact takes from the open article, as `citations(source)` gives it. */
export type Citation = Generated.SourceTextQuery['citations'][number];

type Body = Record<string, unknown>;

/** True for an entry or list item the files keep retracted: no reader meets it. */
const isRetracted = (value: unknown) => typeof value === 'object' && value !== null && 'retracted' in value;

/**
 * Where an evidence item's fact stands as `citations` names it, or undefined when the fact or one
 * of its containers is retracted: `posts[2].evidence[0]` → `posts[1]` when posts[0] is retracted
 * (the server counts only standing items), `evidence[1]` → null (the entry itself).
 */
function toFactPath(body: Body, evidencePath: string): { path: string | null; quote: string } | undefined {
  if (isRetracted(body)) return undefined;
  const steps = evidencePath.split('.');
  const named: string[] = [];
  let value: unknown = body;
  for (const step of steps) {
    const [, name = step, at] = /^(\w+)\[(\d+)\]$/.exec(step) ?? [];
    const list = (value as Body)[name];
    const index = Number(at);
    const item = Array.isArray(list) ? (list[index] as unknown) : undefined;
    if (item === undefined || isRetracted(item)) return undefined;
    const standing = (list as unknown[]).slice(0, index).filter((other) => !isRetracted(other)).length;
    named.push(`${name}[${standing}]`);
    value = item;
  }
  const quote = (value as { quote?: unknown }).quote;
  return typeof quote === 'string' ? { path: named.slice(0, -1).join('.') || null, quote } : undefined;
}

/**
 * The article's citations after an edit, from the server's answer instead of a second request:
 * the edited entry's quotes replaced by those it now takes from this article (none once retracted),
 * in the order of the text as `citations` sorts them.
 */
export function updateCitations(citations: readonly Citation[], article: string, answer: EditAnswer): Citation[] {
  const body = answer.entry.body as Body;
  const fresh = answer.quotes.flatMap((quote): Citation[] => {
    const fact = quote.source === article ? toFactPath(body, quote.path) : undefined;
    if (!fact) return [];
    const { start, end } = quote;
    return [{ entryId: answer.entry.id, collection: answer.entry.collection, ...fact, start, end }];
  });
  return [...citations.filter((citation) => citation.entryId !== answer.entry.id), ...fresh].sort(
    (a, b) => a.start - b.start || a.entryId.localeCompare(b.entryId),
  );
}

/** How many standing facts cite the article, as `sourceUses` counts them: a fact quoting it twice counts once. */
export function countFacts(citations: readonly Citation[]): number {
  return new Set(citations.map((citation) => `${citation.entryId}|${citation.path ?? ''}`)).size;
}
