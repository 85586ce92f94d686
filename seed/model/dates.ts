/**
 * Partial dates as the sources give them: a year, a month or a day ("2024", "2025-04", "2025-06-02").
 * Kept as strings so the precision the evidence supports is never inflated.
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is a real calendar year, month or day in ISO form. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const dayNumber = Number(day);
  // Date.UTC rolls 31 April over to 1 May; a real day survives the round trip.
  const date = new Date(Date.UTC(Number(year), monthNumber - 1, dayNumber));
  return date.getUTCMonth() === monthNumber - 1 && date.getUTCDate() === dayNumber;
}

/** The first day a partial date can mean ("2025-04" → "2025-04-01"). */
export function firstDayOf(value: string): string {
  const [year, month = '01', day = '01'] = value.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a partial date can mean ("2025-02" → "2025-02-28"). */
export function lastDayOf(value: string): string {
  const [year, month, day] = value.split('-');
  if (month === undefined) return `${year}-12-31`;
  if (day !== undefined) return value;
  const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(last).padStart(2, '0')}`;
}
