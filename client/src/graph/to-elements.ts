import type { ElementDefinition } from 'cytoscape';
import type { Graph } from '../api/types.js';

/**
 * Turns an API graph into Cytoscape elements, one to one: node and edge data keep the API's fields,
 * and edges whose ends are missing are dropped, since Cytoscape refuses them.
 */
export function toElements(graph: Graph, { classes = '' }: { classes?: string } = {}): ElementDefinition[] {
  const ids = new Set(graph.nodes.map((node) => node.id));
  const nodes: ElementDefinition[] = graph.nodes.map((node) => ({
    group: 'nodes',
    data: {
      id: node.id,
      entityId: node.id,
      type: node.type,
      label: node.label,
      distance: node.distance,
      ...(node.date && { date: node.date }),
    },
    classes,
  }));
  const edges: ElementDefinition[] = graph.edges
    .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
    .map((edge) => ({
      group: 'edges',
      data: {
        id: edge.id,
        type: edge.type,
        source: edge.source,
        target: edge.target,
        // An edge without a caption shows its relationship, in words.
        label: edge.label ?? edge.type.toLowerCase().replaceAll('_', ' '),
        ...(edge.date && { date: edge.date }),
        evidence: edge.evidence,
        sourceCount: edge.sourceCount,
      },
      classes,
    }));
  return [...nodes, ...edges];
}
