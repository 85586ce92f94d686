import { fetchAllPages, MEETING, MEETINGS, request, type MeetingSummary } from '../api/index.js';
import { MEETING_LAYOUT } from '../graph/layouts.js';
import { narrowMeetingLayout } from '../graph/narrow-meeting-layout.js';
import { meetingToElements } from '../graph/meeting-elements.js';
import { NARROW_PX } from '../graph/run-layout.js';
import { isByDate, isInRange } from '../state/dates.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';
import { byId, h } from '../ui/dom.js';
import { clearStatus, showError, showStatus } from '../ui/status.js';
import type { Drawing } from './drawing.js';

const KIND_NAMES: Record<string, string> = {
  TALKS_ROUND: 'talks round',
  BILATERAL_MEETING: 'meeting',
  MULTILATERAL_MEETING: 'meeting',
  PHONE_CALL: 'call',
  SUMMIT: 'summit',
  VISIT: 'visit',
};

/** Meetings: a timeline to pick from, and the chosen meeting's delegations as boxes of their members. */
export class MeetingsView {
  #drawing: Drawing;
  #store: Store;
  #meetings: MeetingSummary[] | null = null;
  #drawn: string | null = null;

  constructor(drawing: Drawing, store: Store) {
    this.#drawing = drawing;
    this.#store = store;
  }

  /** Forgets the drawing, so the next render draws afresh. */
  reset(): void {
    this.#drawn = null;
  }

  /** Shows the timeline and draws the chosen meeting. */
  async render(state: ViewState): Promise<void> {
    try {
      if (!this.#meetings) {
        showStatus('Loading the meetings…');
        this.#meetings = await fetchAllPages(MEETINGS, {}, (d) => d.meetings);
      }
      this.#renderTimeline(state, this.#meetings);
      if (!state.meeting) {
        this.#drawing.clear();
        this.#drawn = null;
        showStatus(this.#meetings.length ? 'Pick a meeting from the timeline.' : 'The dataset holds no meetings.');
        return;
      }
      if (this.#drawn !== state.meeting || !this.#drawing.cy) {
        showStatus('Loading the meeting…');
        const meeting = (await request(MEETING, { id: state.meeting })).meeting;
        const elements = meetingToElements(meeting);
        const narrow = byId('graph').clientWidth < NARROW_PX;
        await this.#drawing.replace(elements, {
          layout: narrow ? narrowMeetingLayout(elements, meeting.id) : MEETING_LAYOUT,
        });
        this.#drawn = state.meeting;
      }
      this.#drawing.applyState(state);
      clearStatus();
    } catch (error) {
      showError(error);
    }
  }

  #renderTimeline(state: ViewState, meetings: MeetingSummary[]): void {
    const buttons = meetings.map((meeting) => {
      const open = isInRange(meeting.start, state) && isByDate(meeting.start, state.asOf);
      return h(
        'button',
        {
          type: 'button',
          'aria-pressed': String(meeting.id === state.meeting),
          'data-meeting': meeting.id,
          disabled: !open,
          title: open ? meeting.name : `${meeting.name} (outside the date filter or after the as-of day)`,
          onclick: () => this.#store.navigate({ meeting: meeting.id, selected: null }),
        },
        h(
          'small',
          {},
          `${meeting.start} · ${KIND_NAMES[meeting.kind] ?? meeting.kind.toLowerCase()}${meeting.place ? ` · ${meeting.place.name}` : ''}`,
        ),
        meeting.name,
      );
    });
    byId('view-bar').replaceChildren(h('nav', { class: 'timeline', 'aria-label': 'Meetings by date' }, buttons));
    // The chosen meeting may lie far along the strip: scroll the strip alone (scrollIntoView would
    // scroll the page sideways too on a narrow screen).
    const nav = byId('view-bar').querySelector<HTMLElement>('nav');
    const chosen = nav?.querySelector<HTMLElement>('[aria-pressed="true"]');
    if (nav && chosen)
      requestAnimationFrame(() => (nav.scrollLeft = chosen.offsetLeft - (nav.clientWidth - chosen.offsetWidth) / 2));
  }
}
