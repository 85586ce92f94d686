import type { GraphQLResolveInfo } from 'graphql';
import type { Executor } from '../database/executor.js';
import { IS_LATEST, STANCE_IN_RANGE, dayParameters } from './date-parameters.js';
import { readPage, type Page } from './read-projected.js';

export interface StanceQuery {
  actors?: string[] | null;
  issues?: string[] | null;
  /** Stored positions ('supports', 'opposes'…). */
  positions?: string[] | null;
  from?: string | null;
  to?: string | null;
  asOf?: string | null;
  limit: number;
  offset: number;
}

/**
 * Only the filters the request sets become conditions. A `$actors IS NULL OR actor.id IN $actors`
 * would keep one plan for every request, but that plan scans every stance: the planner cannot
 * seek an index through an OR. At most sixteen texts, each planned once.
 */
function stanceConditions(query: StanceQuery): string {
  return [
    query.actors && 'actor.id IN $actors',
    query.issues && 'issue.id IN $issues',
    query.positions && 'this.position IN $positions',
    STANCE_IN_RANGE('this'),
    query.asOf && IS_LATEST('actor', 'this', 'issue'),
  ]
    .filter(Boolean)
    .join(' AND ');
}

/**
 * Where the stances start. Left to itself, the planner sometimes scans an index instead, the
 * start-day one for its sort order or the id one end to end, on fresh statistics; either reads
 * every stance or actor. The hint forces a seek on the chosen ids.
 */
function indexHint(query: StanceQuery): string {
  if (query.actors) return 'USING INDEX SEEK actor:Actor(id)';
  if (query.issues) return 'USING INDEX SEEK issue:Issue(id)';
  return '';
}

/** Stances by date then actor; with `asOf`, only each actor's latest on each issue by that day. */
export function readStancePage(executor: Executor, info: GraphQLResolveInfo, query: StanceQuery): Promise<Page> {
  return readPage(executor, info, {
    typeName: 'Stance',
    match: `MATCH (actor:Actor)-[:TAKES]->(this:Stance)-[:ON]->(issue:Issue) ${indexHint(query)}
      WHERE ${stanceConditions(query)}
      WITH this, actor`,
    parameters: {
      actors: query.actors ?? null,
      issues: query.issues ?? null,
      positions: query.positions ?? null,
      ...dayParameters(query),
    },
    orderBy: 'this.startDay, actor.name, this.id',
    limit: query.limit,
    offset: query.offset,
  });
}
