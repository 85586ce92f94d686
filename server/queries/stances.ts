import type { GraphQLResolveInfo } from 'graphql';
import { firstDayOf, lastDayOf } from '../../seed/model/dates.js';
import type { Executor } from '../database/executor.js';
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
        AND ($fromDay IS NULL OR this.endDay >= $fromDay)
        AND ($toDay IS NULL OR this.startDay <= $toDay)
        AND ($asOfDay IS NULL OR (this.startDay <= $asOfDay AND NOT EXISTS {
          MATCH (actor)-[:TAKES]->(later:Stance)-[:ON]->(issue)
          WHERE later.startDay <= $asOfDay AND later.startDay > this.startDay }))
      WITH this, actor`,
    parameters: {
      actors: query.actors ?? null,
      issues: query.issues ?? null,
      positions: query.positions ?? null,
      fromDay: query.from ? firstDayOf(query.from) : null,
      toDay: query.to ? lastDayOf(query.to) : null,
      asOfDay: query.asOf ? lastDayOf(query.asOf) : null,
    },
    orderBy: 'this.startDay, actor.name, this.id',
    limit: query.limit,
    offset: query.offset,
  });
}
