import type { GraphQLResolveInfo } from 'graphql';
import type { Executor } from '../database/executor.js';
import { dayParameters } from './date-parameters.js';
import { readPage, type Page } from './read-projected.js';

const IN_RANGE = `($fromDay IS NULL OR this.endDay >= $fromDay) AND ($toDay IS NULL OR this.startDay <= $toDay)`;

/** Meetings and stances overlapping a date range, by date: what happened, and who said what, when. */
export function readTimeline(
  executor: Executor,
  info: GraphQLResolveInfo,
  query: { from?: string | null; to?: string | null; limit: number; offset: number },
): Promise<Page> {
  return readPage(executor, info, {
    typeName: 'TimelineEvent',
    match: `CALL () {
        MATCH (this:Meeting) WHERE ${IN_RANGE} RETURN this
        UNION
        MATCH (this:Stance) WHERE ${IN_RANGE} RETURN this
      }`,
    parameters: dayParameters(query),
    // Meetings before the stances of the same day: the talks, then what was said of them.
    orderBy: 'this.startDay, CASE WHEN this:Meeting THEN 0 ELSE 1 END, this.id',
    limit: query.limit,
    offset: query.offset,
  });
}
