import type { GraphQLResolveInfo } from 'graphql';
import type { Executor } from '../database/executor.js';
import { allOf } from './conditions.js';
import { IS_LATEST, STANCE_IN_RANGE, dayParameters } from './date-parameters.js';
import { currentIdsCall } from './former-ids.js';
import { compileOnce } from '../projection/compile-cache.js';
import type { ProjectionCompiler } from '../projection/compile-projection.js';
import { createCompiler, selectionAt, selectionAtAny } from './read-projected.js';

interface DateScope {
  from?: string | null;
  to?: string | null;
  asOf?: string | null;
}

type Projected = Record<string, unknown>;

export interface ComparisonRows {
  /** The actors asked for, in order, each former id replaced by the kept entity's id. */
  askedIds: string[];
  actorIds: string[];
  actors: Projected[];
  issues: { issue: Projected; cells: { actorId: string; stand: string; stance: Projected }[] }[];
}

/** Each listed actor's latest stance on each issue in scope, grouped by issue: one query. */
export async function readComparison(
  executor: Executor,
  info: GraphQLResolveInfo,
  query: DateScope & { actors: string[]; issues?: string[] | null },
): Promise<ComparisonRows> {
  const { cypher, parameters } = compileOnce(info, 'comparison', (compiler) => comparisonCypher(compiler, info));
  const [record] = await executor.read<ComparisonRows>(cypher, {
    actors: query.actors,
    issues: query.issues ?? null,
    ...dayParameters(query),
    ...parameters,
  });
  return record ?? { askedIds: query.actors, actorIds: [], actors: [], issues: [] };
}

function comparisonCypher(compiler: ProjectionCompiler, info: GraphQLResolveInfo): string {
  const actor = compiler.project(
    'Actor',
    'actor',
    selectionAtAny(info, [
      ['actors'],
      ['issues', 'positions', 'actor'],
      ['issues', 'agreements', 'a'],
      ['issues', 'agreements', 'b'],
      ['issues', 'conflicts', 'a'],
      ['issues', 'conflicts', 'b'],
    ]),
  );
  const issue = compiler.project('Issue', 'issue', selectionAt(info, ['issues', 'issue']));
  const stance = compiler.project('Stance', 's', selectionAt(info, ['issues', 'positions', 'stance']));
  // Per chosen actor (a correlated CALL), its stances in range and the latest per issue by
  // aggregation: the plan starts from the few actors the actor_id index finds and reads each of
  // their stances once, never an index over every stance (a NOT EXISTS per stance invited one).
  // One text per document whether or not `issues` is set, so its ids (former ones turned into
  // current ones) are a test on stances already reached from the actors, never a seek.
  return `${currentIdsCall('actors', 'askedIds')}
     ${currentIdsCall('issues', 'issueIds')}
     CALL (askedIds) {
       MATCH (actor:Actor) WHERE actor.id IN askedIds
       RETURN collect(actor) AS chosen
     }
     RETURN askedIds, [actor IN chosen | actor.id] AS actorIds, [actor IN chosen | ${actor}] AS actors,
       COLLECT {
         UNWIND chosen AS actor
         CALL (actor, issueIds) {
           MATCH (actor)-[:TAKES]->(s:Stance)-[:ON]->(issue:Issue)
           WHERE (issueIds IS NULL OR issue.id IN issueIds) AND ${STANCE_IN_RANGE('s')}
           WITH issue, max(s.startDay) AS latestDay, collect(s) AS inRange
           UNWIND inRange AS s
           WITH issue, s WHERE s.startDay = latestDay
           RETURN issue, s
         }
         WITH issue, collect({ actorId: actor.id, stand: s.stand, stance: ${stance} }) AS cells
         ORDER BY issue.name
         RETURN { issue: ${issue}, cells: cells }
       } AS issues`;
}

/** For each meeting in scope, the issues on which its parties' latest stances by its last day are opposed. */
export async function readStickingPoints(
  executor: Executor,
  info: GraphQLResolveInfo,
  query: { meeting?: string | null; from?: string | null; to?: string | null },
): Promise<unknown[]> {
  const compiler = createCompiler(info);
  const meeting = compiler.project('Meeting', 'm', selectionAt(info, ['meeting']));
  const issue = compiler.project('Issue', 'issue', selectionAt(info, ['issue']));
  const forStance = compiler.project('Stance', 'x', selectionAt(info, ['for']));
  const againstStance = compiler.project('Stance', 'x', selectionAt(info, ['against']));
  const records = await executor.read<{ point: unknown }>(
    `MATCH (m:Meeting)
     WHERE ${allOf(
       query.meeting && 'm.id = $meeting',
       '($fromDay IS NULL OR m.endDay >= $fromDay) AND ($toDay IS NULL OR m.startDay <= $toDay)',
     )}
     MATCH (m)<-[:AT]-(:Delegation)-[:REPRESENTS]->(party:Actor)
     WITH DISTINCT m, party
     MATCH (party)-[:TAKES]->(s:Stance)-[:ON]->(issue:Issue)
     WHERE s.startDay <= m.endDay AND s.stand IN ['for', 'against']
       AND NOT EXISTS { MATCH (party)-[:TAKES]->(later:Stance)-[:ON]->(issue) WHERE later.startDay <= m.endDay AND later.startDay > s.startDay }
     WITH m, issue, collect(s) AS latest
     WHERE any(x IN latest WHERE x.stand = 'for') AND any(x IN latest WHERE x.stand = 'against')
     ORDER BY m.startDay, m.id, issue.name
     RETURN {
       meeting: ${meeting},
       issue: ${issue},
       for: [x IN latest WHERE x.stand = 'for' | ${forStance}],
       against: [x IN latest WHERE x.stand = 'against' | ${againstStance}]
     } AS point`,
    { meeting: query.meeting ?? null, ...dayParameters(query), ...compiler.parameters },
  );
  return records.map((record) => record.point);
}

/** Pairs of actors with the issues on which their latest stances in range agree and disagree. */
export async function readAgreementNetwork(
  executor: Executor,
  info: GraphQLResolveInfo,
  query: DateScope & { issues?: string[] | null },
): Promise<{ actors: unknown[]; links: unknown[] }> {
  const compiler = createCompiler(info);
  const actor = (variable: string) =>
    compiler.project('Actor', variable, selectionAtAny(info, [['actors'], ['links', 'a'], ['links', 'b']]));
  const issue = compiler.project(
    'Issue',
    'issue',
    selectionAtAny(info, [
      ['links', 'agreeOn'],
      ['links', 'disagreeOn'],
    ]),
  );
  // An issue's former id filters as the id of the issue that absorbed it.
  const issueIds = query.issues != null;
  const [record] = await executor.read<{ actors: unknown[]; links: unknown[] }>(
    `${issueIds ? currentIdsCall('issues', 'issueIds') : ''}
     CALL (${issueIds ? 'issueIds' : ''}) {
       MATCH (a:Actor)-[:TAKES]->(s:Stance)-[:ON]->(issue:Issue)
       WHERE ${allOf(
         "s.stand IN ['for', 'against']",
         issueIds && 'issue.id IN issueIds',
         STANCE_IN_RANGE('s'),
         IS_LATEST('a', 's', 'issue'),
       )}
       WITH issue, collect({ actor: a, stand: s.stand }) AS cells
       UNWIND cells AS x
       UNWIND cells AS y
       WITH issue, x, y WHERE x.actor.id < y.actor.id
       WITH x.actor AS a, y.actor AS b,
         collect(CASE WHEN x.stand = y.stand THEN issue END) AS agree,
         collect(CASE WHEN x.stand <> y.stand THEN issue END) AS disagree
       ORDER BY a.name, b.name
       RETURN collect({
         a: ${actor('a')}, b: ${actor('b')},
         congruence: size(agree), conflict: size(disagree),
         agreeOn: [issue IN agree | ${issue}], disagreeOn: [issue IN disagree | ${issue}],
         ids: [a.id, b.id]
       }) AS links, collect(a) + collect(b) AS ends
     }
     UNWIND (CASE WHEN ends = [] THEN [null] ELSE ends END) AS end
     WITH links, end ORDER BY end.name
     WITH links, collect(DISTINCT end) AS actorNodes
     RETURN [actor IN actorNodes | ${actor('actor')}] AS actors, links`,
    { issues: query.issues ?? null, ...dayParameters(query), ...compiler.parameters },
  );
  return record ?? { actors: [], links: [] };
}
