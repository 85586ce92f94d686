import { describe, expect, test } from 'vitest';
import { formatPartialDate, toPlaybackStops, toTimelineTicks } from '../../client/src/ui/timeline-ticks.js';

describe('the as-of timeline', () => {
  const dates = ['2024', '2025-04', '2025-05-01', '2025-06-02', '2026-02-04'];
  const meetings = [
    { start: '2025-04', name: 'London talks' },
    { start: '2025-04', name: 'Witkoff and Putin' },
    { start: '2025-06-02', name: 'Istanbul talks' },
    { start: '2026-02-04', name: 'Abu Dhabi talks' },
  ];

  test('partial dates read as a person says them', () => {
    expect(['2024', '2025-06', '2025-06-02', '2026-02-04'].map(formatPartialDate)).toEqual([
      '2024',
      'Jun 2025',
      '2 Jun 2025',
      '4 Feb 2026',
    ]);
  });

  test('one tick per stop of the slider, at the stop’s place, naming the meetings of that day', () => {
    const ticks = toTimelineTicks(dates, meetings);
    expect(ticks.map((tick) => [tick.date, tick.offset, tick.meetings])).toEqual([
      ['2024', 0, []],
      ['2025-04', 0.2, ['London talks', 'Witkoff and Putin']],
      ['2025-05-01', 0.4, []],
      ['2025-06-02', 0.6, ['Istanbul talks']],
      ['2026-02-04', 0.8, ['Abu Dhabi talks']],
    ]);
  });

  test('playback steps through the meeting days after the chosen stop, or from the first', () => {
    const ticks = toTimelineTicks(dates, meetings);
    expect(toPlaybackStops(ticks, 1)).toEqual([3, 4]);
    expect(toPlaybackStops(ticks, 0)).toEqual([1, 3, 4]);
    // From "all dates" (past the last stop) or the last meeting day, it starts again.
    expect(toPlaybackStops(ticks, dates.length)).toEqual([1, 3, 4]);
    expect(toPlaybackStops(ticks, 4)).toEqual([1, 3, 4]);
    expect(toPlaybackStops(toTimelineTicks(dates, []), 0)).toEqual([]);
  });
});
