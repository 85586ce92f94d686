import type { GraphQLResolveInfo } from 'graphql';
import { firstDayOf, lastDayOf } from '../../seed/model/dates.js';
import type { Executor } from '../database/executor.js';
import { FULLTEXT_INDEX } from '../../seed/graph/schema-statements.js';
import { compileOnce } from '../projection/compile-cache.js';
import type { ProjectionCompiler } from '../projection/compile-projection.js';
import { TYPE_PARAMETERS, createEdgeProjection, graphNodeExpression } from './graph-elements.js';
import { currentIdCall } from './former-ids.js';
import { nameTier, toRankingText } from './search.js';

export interface NeighbourhoodQuery {
  /** The entity's id, or else a name: the Lucene query of that name, whose best match is the entity. */
  id?: string | null;
  name?: string | null;
  nameQuery?: string | null;
  depth: 1 | 2 | 3;
  labels: string[] | null;
  from?: string | null;
  to?: string | null;
}

/** A node may be crossed and drawn: of a requested type, and not dated outside the range. */
const ALLOWED = (n: string) => `($labels IS NULL OR any(label IN labels(${n}) WHERE label IN $labels))
  AND (${n}.startDay IS NULL OR (($fromDay IS NULL OR ${n}.endDay >= $fromDay) AND ($toDay IS NULL OR ${n}.startDay <= $toDay)))`;

/** One breadth-first level: the unseen, allowed neighbours of the frontier. */
function level(index: number): string {
  return `CALL (frontier${index - 1}, seen) {
      UNWIND frontier${index - 1} AS f
      MATCH (f)--(n:Entity)
      WHERE NOT n IN seen AND ${ALLOWED('n')}
      RETURN collect(DISTINCT n) AS frontier${index}
    }
    WITH start, seen + frontier${index} AS seen, frontier${index}, levels + [frontier${index}] AS levels`;
}

/**
 * Everything within `depth` hops of an entity, level by level (each node once, at its shortest
 * distance), then the relationships among them: one query, bounded by the answer's size.
 */
export async function readNeighbourhood(executor: Executor, info: GraphQLResolveInfo, query: NeighbourhoodQuery) {
  // The Cypher depends on the selection, the depth and how the start is found: compiled once per document.
  const site = `neighbourhood depth ${query.depth} from ${query.id ? 'id' : 'name'}`;
  const { cypher, parameters } = compileOnce(info, site, (compiler) => neighbourhoodCypher(compiler, info, query));
  const [record] = await executor.read<{ nodes: unknown[][]; edges: unknown[] }>(cypher, {
    id: query.id ?? null,
    nameQuery: query.nameQuery ?? null,
    text: query.name ? toRankingText(query.name) : null,
    labels: query.labels,
    fromDay: query.from ? firstDayOf(query.from) : null,
    toDay: query.to ? lastDayOf(query.to) : null,
    ...TYPE_PARAMETERS,
    ...parameters,
  });
  return record ? { nodes: record.nodes.flat(), edges: record.edges } : undefined;
}

function neighbourhoodCypher(
  compiler: ProjectionCompiler,
  info: GraphQLResolveInfo,
  query: NeighbourhoodQuery,
): string {
  const levels = Array.from({ length: query.depth }, (_, index) => level(index + 1)).join('\n');
  const edges = createEdgeProjection(compiler, info);
  const start = query.id
    ? `${currentIdCall('id', 'current')} MATCH (start:Entity {id: current})`
    : // Ranked as search ranks names, actors first among equals: "Witkoff" means the man, not his meeting.
      `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $nameQuery) YIELD node, score
       WITH node AS start ORDER BY ${nameTier('node')}, CASE WHEN node:Actor THEN 0 ELSE 1 END, score DESC, node.id LIMIT 1`;
  // Edges are projected at the end, once the sources they cite are known.
  const relationships = edges.hasEdges
    ? `CALL (seen) {
      UNWIND seen AS a
      MATCH (a)-[r]->(b)
      WHERE b IN seen AND (r.startDay IS NULL OR (($fromDay IS NULL OR coalesce(r.endDay, r.startDay) >= $fromDay OR (type(r) = 'HELD_POST' AND r.endDay IS NULL))
        AND ($toDay IS NULL OR r.startDay <= $toDay)))
      RETURN collect(${edges.row('r')}) AS rels
    }
    ${edges.sourcesCall('rels')}`
    : 'WITH *, [] AS rels';
  return `${start}
    WITH start, [start] AS seen, [start] AS frontier0, [[start]] AS levels
    ${levels}
    WITH seen, levels
    ${relationships}
    RETURN [distance IN range(0, size(levels) - 1) | [n IN levels[distance] | ${graphNodeExpression('n', 'distance')}]] AS nodes,
      [e IN rels | ${edges.edge('e')}] AS edges`;
}
