import { fetchAllPages, MEETINGS, TIMELINE_DATES } from '../api/index.js';
import type { Store } from '../state/store.js';
import { byId, h } from './dom.js';
import { formatPartialDate, toPlaybackStops, toTimelineTicks, type TimelineTick } from './timeline-ticks.js';

/** How long playback shows each meeting day: long enough for the layout to settle and be read. */
const STEP_MS = 1200;

/** The dates of the data, ascending and distinct, and the meetings: the stops and ticks of the timeline. */
async function loadTimeline(): Promise<{ dates: string[]; meetings: { start: string; name: string }[] }> {
  const meetings = await fetchAllPages(MEETINGS, {}, (d) => d.meetings).catch(() => []);
  try {
    const items = await fetchAllPages(TIMELINE_DATES, {}, (d) => d.timeline);
    return { dates: [...new Set(items.map((item) => ('start' in item ? item.start : item.date)))].sort(), meetings };
  } catch {
    // Before `timeline` answers, the meetings' dates still give the slider its stops.
    return { dates: [...new Set(meetings.map((m) => m.start))].sort(), meetings };
  }
}

/** The tick of one stop: a meeting day is a button with its date and the meetings' names; any other a mark. */
function renderTick(tick: TimelineTick, select: (index: number) => void): HTMLLIElement {
  const item = h('li', { style: `--offset: ${tick.offset}` });
  if (tick.meetings.length === 0) return item;
  item.className = 'meeting-day';
  item.append(
    h(
      'button',
      {
        type: 'button',
        'data-date': tick.date,
        title: `${formatPartialDate(tick.date)}: ${tick.meetings.join('; ')}`,
        'aria-label': `As of ${formatPartialDate(tick.date)} (${tick.meetings.join('; ')})`,
        onclick: () => select(tick.index),
      },
      formatPartialDate(tick.date),
    ),
  );
  return item;
}

/**
 * The as-of timeline across the page: a slider whose last stop means "all dates", a dated tick for
 * each meeting day (a click goes there), and Play, which steps through the meeting days.
 */
export async function setUpTimeSlider(store: Store): Promise<void> {
  const range = byId<HTMLInputElement>('asof-range');
  const label = byId<HTMLOutputElement>('asof-label');
  const play = byId<HTMLButtonElement>('asof-play');
  const { dates, meetings } = await loadTimeline().catch(() => ({ dates: [] as string[], meetings: [] }));
  const ticks = toTimelineTicks(dates, meetings);
  range.max = String(dates.length);
  const select = (index: number, replace: boolean) => store.navigate({ asOf: dates[index] ?? null }, { replace });
  byId('asof-ticks').replaceChildren(...ticks.map((tick) => renderTick(tick, (index) => select(index, false))));
  const sync = () => {
    const asOf = store.state.asOf;
    const index = asOf ? dates.findIndex((d) => d >= asOf) : -1;
    range.value = String(index < 0 ? dates.length : index);
    label.textContent = asOf ? formatPartialDate(asOf) : 'all dates';
    label.dataset['date'] = asOf ?? '';
    range.setAttribute('aria-valuetext', asOf ? `as of ${formatPartialDate(asOf)}` : 'all dates');
  };
  range.addEventListener('input', () => select(Number(range.value), true));
  range.addEventListener('change', () => select(Number(range.value), false));
  let timer: number | undefined;
  const stop = () => {
    window.clearInterval(timer);
    timer = undefined;
    play.setAttribute('aria-pressed', 'false');
    play.textContent = '▶ Play';
  };
  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    const stops = toPlaybackStops(ticks, Number(range.value));
    if (stops.length === 0) return;
    play.setAttribute('aria-pressed', 'true');
    play.textContent = '⏸ Pause';
    let step = 0;
    select(stops[step]!, false);
    // Playback replaces the history entry at each step: back should not walk through every frame.
    timer = window.setInterval(() => {
      step += 1;
      if (step >= stops.length) return stop();
      select(stops[step]!, true);
    }, STEP_MS);
  });
  store.subscribe(sync);
  sync();
}
