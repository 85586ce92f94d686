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

/** A caption with the status of a fact the article does not state as fact: "head · planned". */
export function withStatus(label: string, status: string): string {
  return status === 'STATED' ? label : `${label} · ${status.toLowerCase()}`;
}

/**
 * Turns an API graph into Cytoscape elements, one to one: node and edge data keep the API's fields,
 * and edges whose ends are missing are dropped, since Cytoscape refuses them.
 */
export function toElements(graph: Graph, { classes = '' }: { classes?: string } = {}): ElementDefinition[] {
  const ids = new Set(graph.nodes.map((node) => node.id));
  const nodes: ElementDefinition[] = graph.nodes.map((node) => {
    const stand = standOfNode(node);
    return {
      group: 'nodes',
      data: {
        id: node.id,
        entityId: node.id,
        type: node.type,
        label: node.label,
        distance: node.distance,
        ...(node.date && { date: node.date }),
        ...(stand && { stand }),
      },
      classes,
    };
  });
  const edges: ElementDefinition[] = graph.edges
    .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
    .map((edge): ElementDefinition => ({
      group: 'edges',
      data: {
        id: edge.id,
        type: edge.type,
        source: edge.source,
        target: edge.target,
        // An edge without a caption shows its relationship, in words; one the article does not
        // state as fact says how it gives it ("head · planned").
        label: withStatus(edge.label ?? edge.type.toLowerCase().replaceAll('_', ' '), edge.status),
        status: edge.status,
        // A seat or a representation comes dated by its delegation's meeting (the API's work).
        ...(edge.date && { date: edge.date }),
        evidence: edge.evidence,
        sourceCount: edge.sourceCount,
      },
      classes,
    }));
  return [...nodes, ...edges];
}
