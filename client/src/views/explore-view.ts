import type { ElementDefinition } from 'cytoscape';
import { NEIGHBOURHOOD, request } from '../api/index.js';
import { expandLayout } from '../graph/layouts.js';
import { mergeGraphs } from '../graph/merge-graphs.js';
import { createSyntheticGraph } from '../graph/synthetic-graph.js';
import { toElements } from '../graph/to-elements.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';
import { byId, h } from '../ui/dom.js';
import { clearStatus, showError, showStatus } from '../ui/status.js';
import type { Drawing } from './drawing.js';

/** Explore: the neighbourhood of a chosen entity, grown by expanding nodes, pruned by hiding them. */
export class ExploreView {
  #drawing: Drawing;
  #store: Store;
  #loaded: { key: string; expanded: string[] } | null = null;

  constructor(drawing: Drawing, store: Store) {
    this.#drawing = drawing;
    this.#store = store;
  }

  /** Forgets the drawing, so the next render draws afresh (another view drew in between). */
  reset(): void {
    this.#loaded = null;
  }

  /** Asks to add a node's neighbours; the URL records it and render() fetches only them. */
  expand(id: string): void {
    const state = this.#store.state;
    if (!state.expanded.includes(id)) this.#store.navigate({ expanded: [...state.expanded, id] });
  }

  /** Draws what the state asks for, fetching only what is not drawn yet. */
  async render(state: ViewState): Promise<void> {
    if (state.synthetic) return this.#renderSynthetic(state.synthetic);
    this.#renderControls(state);
    if (!state.focus) {
      this.#drawing.clear();
      this.#loaded = null;
      // The start page stands in this place and says what to search for: no status line under it.
      clearStatus();
      return;
    }
    const key = `${state.focus}|${state.depth}`;
    const loaded = this.#loaded;
    if (loaded?.key === key && loaded.expanded.every((id) => state.expanded.includes(id)) && this.#drawing.cy) {
      const added = state.expanded.filter((id) => !loaded.expanded.includes(id));
      for (const id of added) await this.#addNeighbours(id);
      this.#loaded = { key, expanded: state.expanded };
      this.#drawing.applyState(state);
      return;
    }
    try {
      showStatus('Loading the neighbourhood…');
      const graphs = await Promise.all(
        [{ id: state.focus, depth: state.depth }, ...state.expanded.map((id) => ({ id, depth: 1 }))].map(
          async (v) => (await request(NEIGHBOURHOOD, v)).neighbourhood,
        ),
      );
      const elements = toElements(mergeGraphs(graphs));
      showStatus(`Laying out ${elements.filter((e) => e.group === 'nodes').length} nodes…`);
      await this.#drawing.replace(elements);
      this.#loaded = { key, expanded: state.expanded };
      clearStatus();
    } catch (error) {
      showError(error);
    }
  }

  /** How far from the chosen entity to draw: one, two or three hops. */
  #renderControls(state: ViewState): void {
    if (!state.focus) return byId('view-bar').replaceChildren();
    byId('view-bar').replaceChildren(
      h(
        'div',
        { class: 'view-controls', role: 'group', 'aria-label': 'Hops from the chosen entity' },
        h('strong', {}, 'Explore'),
        h('span', {}, 'Hops:'),
        [1, 2, 3].map((depth) =>
          h(
            'button',
            {
              type: 'button',
              'aria-pressed': String(state.depth === depth),
              'aria-label': `${depth} hop${depth === 1 ? '' : 's'}`,
              onclick: () => this.#store.navigate({ depth, expanded: [], selected: state.focus }),
            },
            String(depth),
          ),
        ),
        h('span', {}, 'Double-click a node (or E) to add its neighbours; drag one to pin it.'),
      ),
    );
  }

  async #addNeighbours(id: string): Promise<void> {
    const cy = this.#drawing.cy;
    if (!cy) return;
    try {
      showStatus('Loading neighbours…');
      const graph = (await request(NEIGHBOURHOOD, { id, depth: 1 })).neighbourhood;
      const fresh: ElementDefinition[] = toElements(graph).filter((e) => cy.getElementById(e.data.id!).empty());
      for (const element of fresh) if (element.group === 'nodes') element.data.distance = 2;
      const center = cy.getElementById(id).position();
      const added = cy.add(fresh);
      // Only the newcomers move: the rest of the drawing stays where the reader left it.
      added.nodes().layout(expandLayout(center, added.nodes().length)).run();
      // The newcomers and the nodes they join are sized by their degrees, as in a fresh drawing.
      this.#drawing.updateDegrees();
      showStatus(added.nodes().length ? '' : 'No further neighbours.');
    } catch (error) {
      showError(error);
    }
  }

  async #renderSynthetic(size: number): Promise<void> {
    const key = `synthetic:${size}`;
    if (this.#loaded?.key === key) return this.#drawing.applyState(this.#store.state);
    showStatus(`Generating a synthetic graph of ${size.toLocaleString('en')} nodes…`);
    const elements = toElements(createSyntheticGraph({ nodes: size }));
    showStatus(`Laying out ${size.toLocaleString('en')} nodes in the background…`);
    const started = performance.now();
    await this.#drawing.replace(elements);
    this.#loaded = { key, expanded: [] };
    // Exposed for the end-to-end test and the benchmark (tests/e2e/chromium.ts): since the view
    // started drawing, and since navigation start.
    const { dataset } = document.body;
    dataset['drawnIn'] = String(Math.round(performance.now() - started));
    dataset['drawnAt'] = dataset['settledAt'] = String(Math.round(performance.now()));
    clearStatus();
  }
}
