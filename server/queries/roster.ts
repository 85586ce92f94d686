import type { GraphQLResolveInfo } from 'graphql';
import type { Executor } from '../database/executor.js';
import { createCompiler, selectionAt, selectionAtAny } from './read-projected.js';
import { currentIdCall } from './former-ids.js';

/** One seat: who, in what role and capacity, projected as the request asked. */
export interface Seat {
  personId: string;
  role: string;
  capacity: string | null;
  membership: unknown;
  person: unknown;
}

export interface RosterRows {
  partyFound: boolean;
  beforeFound: boolean;
  afterFound: boolean;
  party: unknown;
  before: unknown;
  after: unknown;
  beforeSeats: Seat[];
  afterSeats: Seat[];
}

/**
 * A party's delegations (by its id or a former one) at two meetings and their seats, in one query;
 * the diff is the resolver's.
 */
export async function readRoster(
  executor: Executor,
  info: GraphQLResolveInfo,
  query: { party: string; before: string; after: string },
): Promise<RosterRows | undefined> {
  const compiler = createCompiler(info);
  const party = compiler.project('Actor', 'party', selectionAt(info, ['party']));
  const delegation = (variable: string, field: string) =>
    compiler.project('Delegation', variable, selectionAt(info, [field]));
  const membership = compiler.project(
    'Membership',
    'r',
    selectionAtAny(info, [['joined'], ['left'], ['stayed'], ['changed', 'before'], ['changed', 'after']]),
  );
  const person = compiler.project('Person', 'p', selectionAt(info, ['changed', 'person']));
  const seats = (delegationVariable: string) =>
    `CASE WHEN ${delegationVariable} IS NULL THEN [] ELSE [(p:Person)-[r:MEMBER_OF]->(${delegationVariable}) | {
      personId: p.id, role: r.role, capacity: r.capacity, membership: ${membership}, person: ${person}
    }] END`;
  const [record] = await executor.read<RosterRows>(
    `${currentIdCall('party', 'partyId')}
     OPTIONAL MATCH (party:Actor {id: partyId})
     OPTIONAL MATCH (before:Meeting {id: $before})
     OPTIONAL MATCH (after:Meeting {id: $after})
     OPTIONAL MATCH (party)<-[:REPRESENTS]-(db:Delegation)-[:AT]->(before)
     OPTIONAL MATCH (party)<-[:REPRESENTS]-(da:Delegation)-[:AT]->(after)
     RETURN party IS NOT NULL AS partyFound, before IS NOT NULL AS beforeFound, after IS NOT NULL AS afterFound,
       CASE WHEN party IS NULL THEN null ELSE ${party} END AS party,
       CASE WHEN db IS NULL THEN null ELSE ${delegation('db', 'before')} END AS before,
       CASE WHEN da IS NULL THEN null ELSE ${delegation('da', 'after')} END AS after,
       ${seats('db')} AS beforeSeats,
       ${seats('da')} AS afterSeats`,
    { ...query, ...compiler.parameters },
  );
  return record;
}
