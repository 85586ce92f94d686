import type { Graph } from '../api/types.js';

/** Unites graphs by id; the first graph's distances win, later ones count from their own centre. */
export function mergeGraphs([first, ...rest]: Graph[]): Graph {
  const nodes = new Map((first?.nodes ?? []).map((n) => [n.id, n]));
  const edges = new Map((first?.edges ?? []).map((e) => [e.id, e]));
  for (const graph of rest) {
    for (const node of graph.nodes)
      if (!nodes.has(node.id)) nodes.set(node.id, { ...node, distance: node.distance + 1 });
    for (const edge of graph.edges) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
