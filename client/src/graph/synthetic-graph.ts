import type { EntityType, Graph } from '../api/types.js';
import { ENTITY_TYPES } from '../api/types.js';

/**
 * A deterministic synthetic graph of `nodes` nodes and about 1.5 edges per node, clustered like the
 * real one (hubs and satellites): the explore view's stress test, opened with `?synthetic=5000`.
 */
export function createSyntheticGraph({ nodes = 5000, seed = 1 }: { nodes?: number; seed?: number } = {}): Graph {
  // A small linear congruential generator: the same graph on every run, for comparable measurements.
  let state = seed;
  const random = () => (state = (state * 1664525 + 1013904223) % 4294967296) / 4294967296;
  const graph: Graph = { nodes: [], edges: [] };
  for (let i = 0; i < nodes; i++) {
    const type: EntityType = ENTITY_TYPES[i % ENTITY_TYPES.length]!;
    graph.nodes.push({ id: `n${i}`, type, label: `${type.toLowerCase()} ${i}`, distance: i === 0 ? 0 : 1, date: null });
    if (i === 0) continue;
    // Mostly attach to a recent node (local clusters), sometimes to a hub among the first hundred.
    const links = random() < 0.5 ? 1 : 2;
    for (let k = 0; k < links; k++) {
      const target =
        random() < 0.2 ? Math.floor(random() * Math.min(i, 100)) : Math.max(0, i - 1 - Math.floor(random() * 30));
      graph.edges.push({
        id: `e${i}-${k}`,
        type: 'SYNTHETIC',
        status: 'STATED',
        source: `n${i}`,
        target: `n${target}`,
        label: null,
        date: null,
        evidence: [],
        sourceCount: 1,
      });
    }
  }
  return graph;
}
