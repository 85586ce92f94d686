import type { ElementDefinition } from 'cytoscape';
import type { EntityType, StanceItem } from '../api/types.js';
import { standOf } from './palette.js';

const TYPE_OF: Record<string, EntityType> = { Person: 'PERSON', State: 'STATE', Organisation: 'ORGANISATION' };

/**
 * Actors against issues: one edge per actor and issue, carrying the latest stance among those given
 * (they arrive in date order), coloured by its side; issues that are sticking points are marked.
 */
export function positionsToElements(
  stances: StanceItem[],
  { stickingIssues = new Set<string>() }: { stickingIssues?: Set<string> } = {},
): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  const latest = new Map<string, { stance: StanceItem; count: number }>();
  for (const stance of stances) {
    nodes.set(stance.actor.id, {
      group: 'nodes',
      data: {
        id: stance.actor.id,
        entityId: stance.actor.id,
        type: TYPE_OF[stance.actor.__typename ?? ''] ?? 'STATE',
        label: stance.actor.name,
        distance: 0,
      },
    });
    nodes.set(stance.issue.id, {
      group: 'nodes',
      data: { id: stance.issue.id, entityId: stance.issue.id, type: 'ISSUE', label: stance.issue.name, distance: 1 },
      classes: stickingIssues.has(stance.issue.id) ? 'sticking' : '',
    });
    const key = `${stance.actor.id}>${stance.issue.id}`;
    const previous = latest.get(key);
    latest.set(key, { stance, count: (previous?.count ?? 0) + 1 });
  }
  const edges: ElementDefinition[] = [...latest.entries()].map(([key, { stance, count }]) => ({
    group: 'edges',
    data: {
      id: key,
      stanceId: stance.id,
      type: 'TAKES',
      source: stance.actor.id,
      target: stance.issue.id,
      label: stance.position.toLowerCase(),
      positionKind: stance.position,
      stand: standOf(stance.position),
      date: stance.date,
      summary: stance.summary,
      stances: count,
      evidence: stance.evidence,
      sourceCount: stance.sourceCount,
    },
  }));
  return [...nodes.values(), ...edges];
}
