import {
  COMPARE_POSITIONS,
  fetchAllPages,
  request,
  STANCES,
  STICKING_POINTS,
  type ComparedIssue,
  type StanceItem,
} from '../api/index.js';
import { positionsToElements } from '../graph/positions-elements.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';
import { byId, h } from '../ui/dom.js';
import { clearStatus, showError, showStatus } from '../ui/status.js';
import type { Drawing } from './drawing.js';
import { renderPositionsTable } from './positions-table.js';

/** Positions: actors against issues, edges coloured by side, sticking points marked; or the same as a table. */
export class PositionsView {
  #drawing: Drawing;
  #store: Store;
  #drawn: string | null = null;
  #data: { stances: StanceItem[]; sticking: Set<string>; table: ComparedIssue[] | null } | null = null;

  constructor(drawing: Drawing, store: Store) {
    this.#drawing = drawing;
    this.#store = store;
  }

  /** Forgets the drawing, so the next render draws afresh. */
  reset(): void {
    this.#drawn = null;
  }

  /** Fetches the stances for the date filter and as-of day, then draws them or tabulates them. */
  async render(state: ViewState): Promise<void> {
    this.#renderControls(state);
    const key = `${state.from}|${state.to}|${state.asOf}`;
    const table = byId('table');
    try {
      if (this.#drawn !== key || !this.#data) {
        showStatus('Loading the positions…');
        const range = { from: state.from, to: state.to };
        const [stances, sticking] = await Promise.all([
          fetchAllPages(STANCES, { filter: { ...range, asOf: state.asOf } }, (d) => d.stances),
          request(STICKING_POINTS, range),
        ]);
        this.#data = { stances, sticking: new Set(sticking.stickingPoints.map((s) => s.issue.id)), table: null };
        this.#drawn = null;
      }
      const data = this.#data;
      if (!data.stances.length) {
        this.#drawing.clear();
        table.hidden = true;
        showStatus('No positions in this date range.');
        return;
      }
      if (state.table) {
        if (!data.table) {
          const actors = [...new Set(data.stances.map((s) => s.actor.id))];
          data.table = (
            await request(COMPARE_POSITIONS, { actors, from: state.from, to: state.to, asOf: state.asOf })
          ).comparePositions.issues;
        }
        table.replaceChildren(renderPositionsTable(data.table, data.sticking));
        table.hidden = false;
      } else {
        table.hidden = true;
        if (this.#drawn !== key || !this.#drawing.cy)
          await this.#drawing.replace(positionsToElements(data.stances, { stickingIssues: data.sticking }));
        this.#drawing.applyState(state);
      }
      this.#drawn = key;
      clearStatus();
    } catch (error) {
      showError(error);
    }
  }

  #renderControls(state: ViewState): void {
    const toggle = (table: boolean, label: string) =>
      h(
        'button',
        {
          type: 'button',
          'aria-pressed': String(state.table === table),
          onclick: () => this.#store.navigate({ table }),
        },
        label,
      );
    byId('view-bar').replaceChildren(
      h(
        'div',
        { class: 'view-controls' },
        h('strong', {}, 'Positions'),
        toggle(false, 'Drawing'),
        toggle(true, 'Table'),
        h('span', {}, 'Issues with a double red border (⚠ in the table) are sticking points.'),
      ),
    );
  }
}
