import type { GraphQLResolveInfo } from 'graphql';
import type { Executor } from '../database/executor.js';
import { CONFIRMED_MEETING_STATUS } from '../../seed/model/vocabulary.js';
import { allOf } from './conditions.js';
import { dayParameters } from './date-parameters.js';
import { readPage, readProjected, type Page } from './read-projected.js';

/** One meeting by id, or undefined. */
export async function readMeeting(executor: Executor, info: GraphQLResolveInfo, id: string): Promise<unknown> {
  const [meeting] = await readProjected(executor, info, {
    typeName: 'Meeting',
    match: 'MATCH (this:Meeting {id: $id})',
    parameters: { id },
  });
  return meeting;
}

export interface MeetingFilter {
  from?: string | null;
  to?: string | null;
  /** A stored kind such as 'talks-round'. */
  kind?: string | null;
  /** Stored statuses ('held', 'scheduled'…). */
  statuses?: string[] | null;
  /** Only meetings that were held. */
  confirmedOnly?: boolean | null;
  limit: number;
  offset: number;
}

/** Meetings overlapping [from, to] (partial dates widened to whole months or years), by start date. */
export function readMeetingPage(executor: Executor, info: GraphQLResolveInfo, filter: MeetingFilter): Promise<Page> {
  return readPage(executor, info, {
    typeName: 'Meeting',
    match: `MATCH (this:Meeting)
      WHERE ($fromDay IS NULL OR this.endDay >= $fromDay)
        AND ($toDay IS NULL OR this.startDay <= $toDay)
        AND ($kind IS NULL OR this.kind = $kind)
        AND ${allOf(filter.statuses && 'this.status IN $statuses', filter.confirmedOnly && 'this.status = $held')}`,
    parameters: {
      ...dayParameters(filter),
      kind: filter.kind ?? null,
      statuses: filter.statuses ?? null,
      held: CONFIRMED_MEETING_STATUS,
    },
    orderBy: 'this.startDay, this.id',
    limit: filter.limit,
    offset: filter.offset,
  });
}
