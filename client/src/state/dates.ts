/** A date filter: a range (inclusive) and an as-of day, each a partial date or absent. */
export interface DateFilter {
  from?: string | null | undefined;
  to?: string | null | undefined;
  asOf?: string | null | undefined;
}

/** The first day a partial date can mean: `2025` → `2025-01-01`, `2025-06` → `2025-06-01`. */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a partial date can mean, for comparison only: `2025-06` → `2025-06-31`. */
export function lastDay(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** Whether a fact dated `date` falls in the range; undated facts always do (they are timeless). */
export function isInRange(date: string | null | undefined, { from, to }: DateFilter): boolean {
  if (!date) return true;
  if (from && lastDay(date) < firstDay(from)) return false;
  if (to && firstDay(date) > lastDay(to)) return false;
  return true;
}

/** Whether a fact dated `date` had happened by `asOf` (it may have begun by then). */
export function isByDate(date: string | null | undefined, asOf: string | null | undefined): boolean {
  return !date || !asOf || firstDay(date) <= lastDay(asOf);
}

/** Whether a string is a partial date the API accepts: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isPartialDate(value: string): boolean {
  return /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(value);
}
