import type { Attested, FactStatus, Named, Position } from '../api/types.js';
import { h } from './dom.js';

/** What a badge says for each status; a stated fact needs no badge. */
const STATUS_WORDS: Record<Exclude<FactStatus, 'STATED'>, string> = {
  REPORTED: 'reported',
  PLANNED: 'planned',
  SCHEDULED: 'scheduled',
  DENIED: 'denied',
  DISPUTED: 'disputed',
  INFERRED: "curator's inference",
};

/** A badge for a fact that is not simply stated ("reported by Reuters", "denied by Russia"), or null. */
export function renderStatusBadge(fact: Attested): HTMLElement | null {
  if (!fact.status || fact.status === 'STATED') return null;
  const by = fact.statusBy?.length ? ` by ${fact.statusBy.map((actor) => actor.name).join(', ')}` : '';
  return h('span', { class: `badge status-${fact.status.toLowerCase()}` }, `${STATUS_WORDS[fact.status]}${by}`);
}

/** "Russia says: Volodymyr Zelensky conditional on Ceasefire", or the holder's own "Ukraine supports …". */
export function describeStance(stance: {
  actor: Named;
  claimant?: Named | null | undefined;
  position: Position;
  issue: Named;
}): string {
  const own = `${stance.actor.name} ${stance.position.toLowerCase()} ${stance.issue.name}`;
  return stance.claimant ? `${stance.claimant.name} says: ${own}` : own;
}

/** The condition of a conditional position, in the article's words, with the issue it names. */
export function renderCondition(stance: {
  condition?: { text: string; issue?: Named | null | undefined } | null | undefined;
}): HTMLElement | null {
  if (!stance.condition) return null;
  const issue = stance.condition.issue ? ` (${stance.condition.issue.name})` : '';
  return h('p', { class: 'condition' }, `On condition: ${stance.condition.text}${issue}`);
}

/** A curator's caveat on a fact, or null. */
export function renderNote(fact: Attested): HTMLElement | null {
  return fact.note ? h('p', { class: 'note' }, `Note: ${fact.note}`) : null;
}

/** Names joined for a line: "Russia, Ukraine". */
export function joinNames(actors: readonly Named[] | undefined): string {
  return actors?.map((actor) => actor.name).join(', ') ?? '';
}
