import type { GraphQLResolveInfo } from 'graphql';
import type { Executor } from '../database/executor.js';
import { allOf } from './conditions.js';
import { dayParameters } from './date-parameters.js';
import { currentIdCall } from './former-ids.js';
import { readPage, type Page } from './read-projected.js';

export interface ContactQuery {
  from?: string | null;
  to?: string | null;
  actor?: string | null;
  limit: number;
  offset: number;
}

/**
 * Contacts outside meetings that overlap [from, to], by date; with `actor` (its id or a former
 * one), only those it took part in, found from the actor by id (an undated contact falls outside any range).
 */
export function readContactPage(executor: Executor, info: GraphQLResolveInfo, query: ContactQuery): Promise<Page> {
  // A merged actor's former id finds the contacts of the actor that absorbed it.
  const start = query.actor
    ? `${currentIdCall('actor', 'actorId')} MATCH (:Actor {id: actorId})-[:PARTY_TO]->(this:Contact)`
    : 'MATCH (this:Contact)';
  return readPage(executor, info, {
    typeName: 'Contact',
    match: `${start} WHERE ${allOf(query.from && 'this.endDay >= $fromDay', query.to && 'this.startDay <= $toDay')}`,
    parameters: { actor: query.actor ?? null, ...dayParameters(query) },
    orderBy: 'this.startDay IS NULL, this.startDay, this.id',
    limit: query.limit,
    offset: query.offset,
  });
}
