import type { GraphQLResolveInfo } from 'graphql';
import type { Executor } from '../database/executor.js';
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
        AND ($kind IS NULL OR this.kind = $kind)`,
    parameters: {
      ...dayParameters(filter),
      kind: filter.kind ?? null,
    },
    orderBy: 'this.startDay, this.id',
    limit: filter.limit,
    offset: filter.offset,
  });
}
