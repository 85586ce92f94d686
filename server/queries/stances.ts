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

/** Stances by date then actor; with `asOf`, only each actor's latest on each issue by that day. */
export function readStancePage(executor: Executor, info: GraphQLResolveInfo, query: StanceQuery): Promise<Page> {
  return readPage(executor, info, {
    typeName: 'Stance',
    match: `MATCH (actor:Actor)-[:TAKES]->(this:Stance)-[:ON]->(issue:Issue)
      WHERE ($actors IS NULL OR actor.id IN $actors)
        AND ($issues IS NULL OR issue.id IN $issues)
        AND ($positions IS NULL OR this.position IN $positions)
        AND ${STANCE_IN_RANGE('this')}
        AND ($asOfDay IS NULL OR ${IS_LATEST('actor', 'this', 'issue')})
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
