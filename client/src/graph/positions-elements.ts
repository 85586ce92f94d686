import type { ElementDefinition } from 'cytoscape';
import type { EntityType, Named, StanceItem } from '../api/types.js';
import { standOf } from './palette.js';

/** Who voiced a stance, in words: the person it is held by, the person who spoke for a party, or neither. */
export function describeSpeaker(stance: {
  actor: Named;
  voicedBy?: Named | null | undefined;
  claimant?: Named | null | undefined;
}): string {
  if (stance.claimant) return `Claimed by ${stance.claimant.name}, not in ${stance.actor.name}'s own words.`;
  if (stance.voicedBy) return `Voiced by ${stance.voicedBy.name}, for ${stance.actor.name}.`;
  if (stance.actor.__typename === 'Person') return `Voiced by ${stance.actor.name}.`;
  return `Held by ${stance.actor.name}; the article names no speaker.`;
}

const TYPE_OF: Record<string, EntityType> = { Person: 'PERSON', State: 'STATE', Organisation: 'ORGANISATION' };

/** One edge of the drawing for a stance: the latest of `count` on its actor and issue. */
function toStanceEdge(id: string, stance: StanceItem, count: number): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id,
      stanceId: stance.id,
      type: stance.claimant ? 'CLAIM' : 'TAKES',
      source: stance.actor.id,
      target: stance.issue.id,
      // A claim names its claimant, as the panel does: "Russia says: demands".
      label: stance.claimant
        ? `${stance.claimant.name} says: ${stance.position.toLowerCase()}`
        : stance.position.toLowerCase(),
      positionKind: stance.position,
      stand: standOf(stance.position),
      date: stance.date,
      summary: stance.summary,
      speaker: describeSpeaker(stance),
      stances: count,
      evidence: stance.evidence,
      sourceCount: stance.sourceCount,
    },
    ...(stance.claimant && { classes: 'claim' }),
  };
}

/**
 * Actors against issues: one edge per actor and issue, carrying the latest stance among those given
 * (they arrive in date order), coloured by its side; and one per claimant, actor and issue for the
 * claims given (what one actor says another holds), marked as claims. Sticking points are marked.
 */
export function positionsToElements(
  stances: StanceItem[],
  {
    claims = [],
    stickingIssues = new Set<string>(),
    groups = [],
  }: {
    /** Claims about the actors' positions, drawn apart from their own word. */
    claims?: StanceItem[];
    stickingIssues?: Set<string>;
    /** Boxes to draw actors or issues in (camps, issue categories); each node in one box at most. */
    groups?: { id: string; label: string; members: string[] }[];
  } = {},
): ElementDefinition[] {
  const parentOf = new Map(groups.flatMap((group) => group.members.map((member) => [member, group.id] as const)));
  const nodes = new Map<string, ElementDefinition>();
  const latest = new Map<string, { stance: StanceItem; count: number }>();
  for (const stance of [...stances, ...claims]) {
    nodes.set(stance.actor.id, {
      group: 'nodes',
      data: {
        id: stance.actor.id,
        entityId: stance.actor.id,
        type: TYPE_OF[stance.actor.__typename ?? ''] ?? 'STATE',
        label: stance.actor.name,
        distance: 0,
        ...(parentOf.has(stance.actor.id) && { parent: parentOf.get(stance.actor.id) }),
      },
      classes: 'overview',
    });
    nodes.set(stance.issue.id, {
      group: 'nodes',
      data: {
        id: stance.issue.id,
        entityId: stance.issue.id,
        type: 'ISSUE',
        label: stance.issue.name,
        distance: 1,
        ...(parentOf.has(stance.issue.id) && { parent: parentOf.get(stance.issue.id) }),
      },
      classes: `overview${stickingIssues.has(stance.issue.id) ? ' sticking' : ''}`,
    });
    const key = `${stance.claimant ? `claim:${stance.claimant.id}:` : ''}${stance.actor.id}>${stance.issue.id}`;
    const previous = latest.get(key);
    latest.set(key, { stance, count: (previous?.count ?? 0) + 1 });
  }
  const edges = [...latest.entries()].map(([key, { stance, count }]) => toStanceEdge(key, stance, count));
  const boxes: ElementDefinition[] = groups.map((group) => ({
    group: 'nodes',
    data: { id: group.id, type: 'GROUP', label: group.label, distance: 2 },
    classes: 'group',
  }));
  return [...boxes, ...nodes.values(), ...edges];
}
