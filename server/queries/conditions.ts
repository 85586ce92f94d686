/**
 * The conditions a request sets, joined with AND. An unset filter is left out rather than written
 * as `$x IS NULL OR …`: the planner cannot seek an index through an OR, so one text for every
 * request would scan. Each combination of set filters is its own query text, planned once.
 */
export function allOf(...conditions: (string | false | null | undefined)[]): string {
  const set = conditions.filter((condition): condition is string => Boolean(condition));
  return set.length > 0 ? set.join(' AND ') : 'true';
}
