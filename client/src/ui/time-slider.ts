import { fetchAllPages, MEETINGS, TIMELINE_DATES } from '../api/index.js';
import type { Store } from '../state/store.js';
import { byId } from './dom.js';

const STEP_MS = 1200;

/** The dates of the data, ascending and distinct: the stops of the as-of slider. */
async function loadDates(): Promise<string[]> {
  try {
    const items = await fetchAllPages(TIMELINE_DATES, {}, (d) => d.timeline);
    return [...new Set(items.map((item) => ('start' in item ? item.start : item.date)))].sort();
  } catch {
    // Before `timeline` answers, the meetings' dates still give the slider its stops.
    const meetings = await fetchAllPages(MEETINGS, {}, (d) => d.meetings);
    return [...new Set(meetings.map((m) => m.start))].sort();
  }
}

/** The as-of slider: its last stop means "all dates"; Play steps through the dates one by one. */
export async function setUpTimeSlider(store: Store): Promise<void> {
  const range = byId<HTMLInputElement>('asof-range');
  const label = byId<HTMLOutputElement>('asof-label');
  const play = byId<HTMLButtonElement>('asof-play');
  const dates = await loadDates().catch(() => [] as string[]);
  range.max = String(dates.length);
  const sync = () => {
    const asOf = store.state.asOf;
    const index = asOf ? dates.findIndex((d) => d >= asOf) : -1;
    range.value = String(index < 0 ? dates.length : index);
    label.textContent = asOf ?? 'all dates';
    range.setAttribute('aria-valuetext', asOf ? `as of ${asOf}` : 'all dates');
  };
  const select = (index: number, replace: boolean) => store.navigate({ asOf: dates[index] ?? null }, { replace });
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
    play.setAttribute('aria-pressed', 'true');
    play.textContent = '⏸ Pause';
    let index = Number(range.value) >= dates.length ? 0 : Number(range.value);
    select(index, false);
    // Playback replaces the history entry at each step: back should not walk through every frame.
    timer = window.setInterval(() => {
      index += 1;
      if (index >= dates.length) return stop();
      select(index, true);
    }, STEP_MS);
  });
  store.subscribe(sync);
  sync();
}
