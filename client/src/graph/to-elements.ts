import type { ElementDefinition } from 'cytoscape';
import type { Graph, GraphNode, Position } from '../api/types.js';
import { standOf } from './palette.js';

/** The position a stance's name states: "Russia demands: Ukrainian withdrawal…" (the seed names stances so). */
const STANCE_POSITION = / (supports|demands|proposes|accepts|opposes|rejects|conditional): /;

/** The side a stance node is on, read from its name, for its colour; null for any other node. */
export function standOfNode(node: Pick<GraphNode, 'type' | 'label'>): string | null {
  if (node.type !== 'STANCE') return null;
  const position = STANCE_POSITION.exec(node.label)?.[1];
  return position ? standOf(position.toUpperCase() as Position) : null;
}

/**
 * The day of each undated delegation: its meeting's (the AT edge). A delegation and its seats are
 * facts of that meeting, so the as-of slider hides a June delegation in April.
 */
export function datesOfDelegations(graph: Graph): Map<string, string> {
  const dates = new Map(graph.nodes.flatMap((node) => (node.date ? [[node.id, node.date] as const] : [])));
  const found = new Map<string, string>();
  for (const edge of graph.edges) {
    const date = dates.get(edge.target);
    if (edge.type === 'AT' && date && !dates.has(edge.source)) found.set(edge.source, date);
  }
  return found;
}

/**
 * Turns an API graph into Cytoscape elements, one to one: node and edge data keep the API's fields,
 * and edges whose ends are missing are dropped, since Cytoscape refuses them.
 */
export function toElements(graph: Graph, { classes = '' }: { classes?: string } = {}): ElementDefinition[] {
  const ids = new Set(graph.nodes.map((node) => node.id));
  const delegationDates = datesOfDelegations(graph);
  const nodes: ElementDefinition[] = graph.nodes.map((node) => {
    const date = node.date ?? delegationDates.get(node.id);
    const stand = standOfNode(node);
    return {
      group: 'nodes',
      data: {
        id: node.id,
        entityId: node.id,
        type: node.type,
        label: node.label,
        distance: node.distance,
        ...(date && { date }),
        ...(stand && { stand }),
      },
      classes,
    };
  });
  const edges: ElementDefinition[] = graph.edges
    .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
    .map((edge) => {
      // A seat or a representation without a day of its own is dated by its delegation's meeting.
      const date = edge.date ?? delegationDates.get(edge.source) ?? delegationDates.get(edge.target);
      return {
        group: 'edges',
        data: {
          id: edge.id,
          type: edge.type,
          source: edge.source,
          target: edge.target,
          // An edge without a caption shows its relationship, in words.
          label: edge.label ?? edge.type.toLowerCase().replaceAll('_', ' '),
          ...(date && { date }),
          evidence: edge.evidence,
          sourceCount: edge.sourceCount,
        },
        classes,
      };
    });
  return [...nodes, ...edges];
}
