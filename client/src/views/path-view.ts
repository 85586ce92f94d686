import { request, SHORTEST_PATH } from '../api/index.js';
import { pathLayout } from '../graph/layouts.js';
import { NARROW_PX } from '../graph/run-layout.js';
import { toElements } from '../graph/to-elements.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';
import { h, byId } from '../ui/dom.js';
import { createSearchBox } from '../ui/search-box.js';
import { clearStatus, showError, showStatus } from '../ui/status.js';
import type { Drawing } from './drawing.js';

/** Path: two entities and the shortest chain of facts between them, drawn left to right. */
export class PathView {
  #drawing: Drawing;
  #store: Store;
  #drawn: string | null = null;
  #controls: HTMLElement;

  constructor(drawing: Drawing, store: Store) {
    this.#drawing = drawing;
    this.#store = store;
    this.#controls = h(
      'div',
      { class: 'view-controls' },
      h('strong', {}, 'Path'),
      createSearchBox({
        label: 'From',
        placeholder: 'From…',
        onChoose: (c) => this.#store.navigate({ pathFrom: c.id, selected: null }),
      }),
      createSearchBox({
        label: 'To',
        placeholder: 'To…',
        onChoose: (c) => this.#store.navigate({ pathTo: c.id, selected: null }),
      }),
      h(
        'button',
        {
          type: 'button',
          onclick: () =>
            this.#store.navigate({ pathFrom: this.#store.state.pathTo, pathTo: this.#store.state.pathFrom }),
        },
        '⇄ Swap',
      ),
      h('span', { id: 'path-summary' }),
    );
  }

  /** Forgets the drawing, so the next render draws afresh. */
  reset(): void {
    this.#drawn = null;
  }

  /** Draws the path between the two chosen entities. */
  async render(state: ViewState): Promise<void> {
    byId('view-bar').replaceChildren(this.#controls);
    if (!state.pathFrom || !state.pathTo) {
      this.#drawing.clear();
      this.#drawn = null;
      showStatus('Choose two entities to see how they are connected.');
      return;
    }
    if (state.pathFrom === state.pathTo) {
      this.#drawing.clear();
      this.#drawn = null;
      showStatus('Both ends are the same entity: choose another for one of them.');
      return;
    }
    const key = `${state.pathFrom}>${state.pathTo}`;
    try {
      if (this.#drawn !== key || !this.#drawing.cy) {
        showStatus('Finding the shortest path…');
        const path = (await request(SHORTEST_PATH, { from: state.pathFrom, to: state.pathTo })).shortestPath;
        if (!path) {
          this.#drawing.clear();
          this.#drawn = null;
          showStatus('These two are not connected within 8 hops.');
          return;
        }
        const narrow = byId('graph').clientWidth < NARROW_PX;
        await this.#drawing.replace(toElements(path, { classes: 'on-path' }), { layout: pathLayout({ narrow }) });
        this.#drawn = key;
        const names = [...path.nodes].sort((a, b) => a.distance - b.distance).map((n) => n.label);
        byId('path-summary').textContent =
          `${path.edges.length} hop${path.edges.length === 1 ? '' : 's'}: ${names.join(' → ')}`;
        const inputs = this.#controls.querySelectorAll('input');
        if (inputs[0] && !inputs[0].value) inputs[0].value = names[0] ?? '';
        if (inputs[1] && !inputs[1].value) inputs[1].value = names.at(-1) ?? '';
      }
      this.#drawing.applyState(state);
      clearStatus();
    } catch (error) {
      showError(error);
    }
  }
}
