import type { GraphQLResolveInfo } from 'graphql';
import type { Executor } from '../database/executor.js';
import { compileOnce } from '../projection/compile-cache.js';
import { currentIdCall } from './former-ids.js';
import { TYPE_PARAMETERS, createEdgeProjection, graphNodeExpression } from './graph-elements.js';

/** The longest path looked for; beyond it two entities count as unconnected. */
export const MAX_PATH_LENGTH = 8;

export interface PathResult {
  fromFound: boolean;
  toFound: boolean;
  graph: { nodes: unknown[]; edges: unknown[] } | null;
}

/** The shortest path between two entities (by their ids or former ones), in either direction, as nodes in path order and edges. */
export async function readShortestPath(
  executor: Executor,
  info: GraphQLResolveInfo,
  from: string,
  to: string,
): Promise<PathResult> {
  const { cypher, parameters } = compileOnce(info, 'shortest path', (compiler) => {
    const edges = createEdgeProjection(compiler, info);
    // Two ids of one entity (its own and a former one) have no path between them.
    return `${currentIdCall('from', 'fromId')}
     ${currentIdCall('to', 'toId')}
     OPTIONAL MATCH (a:Entity {id: fromId})
     OPTIONAL MATCH (b:Entity {id: toId})
     OPTIONAL CALL (a, b) {
       WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
       MATCH p = shortestPath((a)-[*..${MAX_PATH_LENGTH}]-(b))
       RETURN nodes(p) AS pathNodes, [r IN relationships(p) | ${edges.row('r')}] AS pathEdges
     }
     ${edges.sourcesCall('pathEdges')}
     RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
       // Each node is bound to a variable, n, as the node map's patterns need one.
       CASE WHEN pathNodes IS NULL THEN null
         ELSE [i IN range(0, size(pathNodes) - 1) | head([n IN [pathNodes[i]] | ${graphNodeExpression('n', 'i')}])] END AS nodes,
       CASE WHEN pathEdges IS NULL THEN null ELSE [e IN pathEdges | ${edges.edge('e')}] END AS edges`;
  });
  const [record] = await executor.read<PathResult & { nodes: unknown[] | null; edges: unknown[] | null }>(cypher, {
    from,
    to,
    ...TYPE_PARAMETERS,
    ...parameters,
  });
  const found = { fromFound: record?.fromFound ?? false, toFound: record?.toFound ?? false };
  if (!record?.nodes || !record.edges) return { ...found, graph: null };
  return { ...found, graph: { nodes: record.nodes, edges: record.edges } };
}
