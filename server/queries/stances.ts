import type { GraphQLResolveInfo } from 'graphql';
import type { Executor } from '../database/executor.js';
import { CONFIRMED_FACT_STATUS } from '../../seed/model/vocabulary.js';
import { allOf } from './conditions.js';
import { IS_LATEST, STANCE_IN_RANGE, dayParameters } from './date-parameters.js';
import { currentIdsCall } from './former-ids.js';
import { readPage, type Page } from './read-projected.js';

export interface StanceQuery {
  actors?: string[] | null;
  issues?: string[] | null;
  /** Stored positions ('supports', 'opposes'…). */
  positions?: string[] | null;
  /** Stored statuses ('stated', 'reported'…). */
  statuses?: string[] | null;
  confirmedOnly?: boolean | null;
  /** Claims by these actors about others, instead of the holders' own word. */
  claimedBy?: string[] | null;
  /** Every claim, whoever made it, instead of the holders' own word. */
  claims?: boolean | null;
  from?: string | null;
  to?: string | null;
  asOf?: string | null;
  limit: number;
  offset: number;
}

function stanceConditions(query: StanceQuery): string {
  return allOf(
    query.actors && 'actor.id IN actorIds',
    query.issues && 'issue.id IN issueIds',
    query.positions && 'this.position IN $positions',
    query.statuses && 'this.status IN $statuses',
    query.confirmedOnly && 'this.status = $confirmed',
    STANCE_IN_RANGE('this'),
    query.asOf && IS_LATEST('actor', 'this', 'issue'),
  );
}

/** The pattern that finds the stances asked for: the holders' own word, some claimants' claims, or every claim. */
function matchStances(query: StanceQuery): string {
  // Claims are found from their claimants, by id: an index seek, not a scan of every stance.
  if (query.claimedBy)
    return `MATCH (claimant:Actor)<-[:CLAIMED_BY]-(this:Stance) WHERE claimant.id IN claimantIds
       MATCH (actor:Actor)-[:SAID_TO_TAKE]->(this)-[:ON]->(issue:Issue)`;
  if (query.claims) return 'MATCH (actor:Actor)-[:SAID_TO_TAKE]->(this:Stance)-[:ON]->(issue:Issue)';
  return 'MATCH (actor:Actor)-[:TAKES]->(this:Stance)-[:ON]->(issue:Issue)';
}

/**
 * Stances by date then actor; with `asOf`, only each actor's latest on each issue by that day.
 * The holders' own word (TAKES), or with `claimedBy` or `claims`, what claimants say others hold.
 */
export function readStancePage(executor: Executor, info: GraphQLResolveInfo, query: StanceQuery): Promise<Page> {
  // A merged entity's former id filters as the kept entity's id: each set list of ids is turned
  // into current ids first, in the same query.
  const currentIds = [
    query.actors && currentIdsCall('actors', 'actorIds'),
    query.issues && currentIdsCall('issues', 'issueIds'),
    query.claimedBy && currentIdsCall('claimedBy', 'claimantIds'),
  ].filter(Boolean);
  const match = `${matchStances(query)} WHERE ${stanceConditions(query)} WITH this, actor`;
  // Not narrowed to some actors, issues or claimants, a page is most of the graph's stances: read
  // in date order from the startDay index, it is its first rows, not every stance sorted (a
  // third of the time at 1000×). Narrowed, the planner starts from those ids as before.
  const narrowed = currentIds.length > 0;
  return readPage(executor, info, {
    typeName: 'Stance',
    match: `${currentIds.join('\n')}
      ${match}`,
    ...(!narrowed && { orderedMatch: `MATCH (this:Stance) WHERE this.startDay IS NOT NULL ${match}` }),
    parameters: {
      actors: query.actors ?? null,
      issues: query.issues ?? null,
      positions: query.positions ?? null,
      statuses: query.statuses ?? null,
      confirmed: CONFIRMED_FACT_STATUS,
      claimedBy: query.claimedBy ?? null,
      ...dayParameters(query),
    },
    orderBy: 'this.startDay, actor.name, this.id',
    limit: query.limit,
    offset: query.offset,
  });
}
