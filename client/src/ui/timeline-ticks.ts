const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** One stop of the as-of timeline: its date, where it sits (0–1) and the meetings held that day. */
export interface TimelineTick {
  index: number;
  date: string;
  /** The stop's place along the slider, 0 at the first stop and 1 at the last ("all dates"). */
  offset: number;
  meetings: string[];
}

/** A partial date as a reader says it: `2025` → "2025", `2025-06` → "Jun 2025", `2025-06-02` → "2 Jun 2025". */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  return [day && String(Number(day)), monthName, year].filter(Boolean).join(' ');
}

/**
 * The ticks of the timeline, one per stop of the slider (the dates of the data, then "all dates"),
 * each with the names of the meetings that started that day: the slider's stops and the ticks line up.
 */
export function toTimelineTicks(dates: string[], meetings: { start: string; name: string }[]): TimelineTick[] {
  const stops = dates.length; // the slider's last stop, dates.length, means "all dates"
  return dates.map((date, index) => ({
    index,
    date,
    offset: stops === 0 ? 0 : index / stops,
    meetings: meetings.filter((meeting) => meeting.start === date).map((meeting) => meeting.name),
  }));
}

/** The stops playback walks through: the meeting days after `from` (from the first when `from` is past the end). */
export function toPlaybackStops(ticks: TimelineTick[], from: number): number[] {
  const meetingDays = ticks.filter((tick) => tick.meetings.length > 0).map((tick) => tick.index);
  const ahead = meetingDays.filter((index) => index > from);
  return ahead.length > 0 ? ahead : meetingDays;
}
