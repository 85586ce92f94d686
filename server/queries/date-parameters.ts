import { firstDayOf, lastDayOf } from '../../seed/model/dates.js';

/** A date range and an as-of date turned into day bounds, the form every query compares. */
export function dayParameters({ from, to, asOf }: { from?: string | null; to?: string | null; asOf?: string | null }) {
  return {
    fromDay: from ? firstDayOf(from) : null,
    toDay: to ? lastDayOf(to) : null,
    asOfDay: asOf ? lastDayOf(asOf) : null,
  };
}

/** `s` falls within [$fromDay, $toDay] and, with $asOfDay, began by then. */
export const STANCE_IN_RANGE = (s: string) =>
  `($fromDay IS NULL OR ${s}.endDay >= $fromDay) AND ($toDay IS NULL OR ${s}.startDay <= $toDay) AND ($asOfDay IS NULL OR ${s}.startDay <= $asOfDay)`;

/** No later stance of the same actor on the same issue satisfies the same range: `s` is the latest. */
export const IS_LATEST = (actor: string, s: string, issue: string) =>
  `NOT EXISTS { MATCH (${actor})-[:TAKES]->(later:Stance)-[:ON]->(${issue}) WHERE ${STANCE_IN_RANGE('later')} AND later.startDay > ${s}.startDay }`;
