import type { GraphQLResolveInfo } from 'graphql';
import type { Executor } from '../database/executor.js';
import { allOf } from './conditions.js';
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

function stanceConditions(query: StanceQuery): string {
  return allOf(
    query.actors && 'actor.id IN $actors',
    query.issues && 'issue.id IN $issues',
    query.positions && 'this.position IN $positions',
    STANCE_IN_RANGE('this'),
    query.asOf && IS_LATEST('actor', 'this', 'issue'),
  );
}

/** Stances by date then actor; with `asOf`, only each actor's latest on each issue by that day. */
export function readStancePage(executor: Executor, info: GraphQLResolveInfo, query: StanceQuery): Promise<Page> {
  return readPage(executor, info, {
    typeName: 'Stance',
    match: `MATCH (actor:Actor)-[:TAKES]->(this:Stance)-[:ON]->(issue:Issue)
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
