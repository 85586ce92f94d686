import type { GraphQLResolveInfo } from 'graphql';
import { CONFIRMED_FACT_STATUS } from '../../seed/model/vocabulary.js';
import type { Executor } from '../database/executor.js';
import { allOf } from './conditions.js';
import { dayParameters } from './date-parameters.js';
import { readPage, type Page } from './read-projected.js';

export interface EventQuery {
  from?: string | null;
  to?: string | null;
  /** PLOVER event types, upper case as stored. */
  types?: string[] | null;
  confirmedOnly?: boolean | null;
}

// A partial date spans at most a year, so an event that reaches into the range began at most a
// year before it: a bound the relationship index on startDay can seek, beside the exact test.
const LONGEST_SPAN_DAYS = 366;

function shiftDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The acts (ACTED_TOWARD relationships) a query asks for, bound as `this`, with their source and target. */
function matchEvents(query: EventQuery): { match: string; parameters: Record<string, unknown> } {
  const days = dayParameters(query);
  return {
    match: `MATCH (source:Actor)-[this:ACTED_TOWARD]->(target:Actor)
      WHERE ${allOf(
        query.from && 'this.startDay >= $fromFloor AND this.endDay >= $fromDay',
        query.to && 'this.startDay <= $toDay',
        query.types && 'this.event IN $types',
        query.confirmedOnly && 'this.status = $confirmed',
      )}`,
    parameters: {
      ...days,
      fromFloor: days.fromDay && shiftDays(days.fromDay, -LONGEST_SPAN_DAYS),
      types: query.types ?? null,
      confirmed: CONFIRMED_FACT_STATUS,
    },
  };
}

const EVENT_ORDER = 'this.startDay IS NULL, this.startDay, source.name, this.key';

/** Who did what to whom, by date: one page of PLOVER events. */
export function readEventPage(
  executor: Executor,
  info: GraphQLResolveInfo,
  query: EventQuery & { limit: number; offset: number },
): Promise<Page> {
  const { match, parameters } = matchEvents(query);
  return readPage(executor, info, {
    typeName: 'ActorEvent',
    match,
    parameters,
    orderBy: EVENT_ORDER,
    limit: query.limit,
    offset: query.offset,
  });
}

/** One event as the export writes it: PLOVER's who-did-what-to-whom columns, and where it is stated. */
export interface EventRow {
  date: string | null;
  sourceActorId: string;
  sourceActor: string;
  eventType: string;
  targetActorId: string;
  targetActor: string;
  quote: string;
  articleId: string;
  article: string | null;
  status: string;
  factId: string;
}

/** Every event in range as export rows, by date; each with its first quote and the article it comes from. */
export async function readEventRows(executor: Executor, query: EventQuery): Promise<EventRow[]> {
  const { match, parameters } = matchEvents(query);
  return executor.read<EventRow>(
    `${match}
     OPTIONAL MATCH (article:Source {id: this.evidenceSources[0]})
     RETURN this.date AS date, source.id AS sourceActorId, source.name AS sourceActor, this.event AS eventType,
       target.id AS targetActorId, target.name AS targetActor, this.evidenceQuotes[0] AS quote,
       this.evidenceSources[0] AS articleId, coalesce(article.title, article.publisher) AS article,
       this.status AS status, this.fact AS factId
     ORDER BY ${EVENT_ORDER}`,
    parameters,
  );
}
