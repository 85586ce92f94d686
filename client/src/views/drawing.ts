import type { Core, ElementDefinition, LayoutOptions, NodeSingular, SingularElementArgument } from 'cytoscape';
import { createGraph } from '../graph/create-graph.js';
import { drawElements } from '../graph/run-layout.js';
import { isByDate, isInRange } from '../state/dates.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';
import { byId } from '../ui/dom.js';

/** The current Cytoscape drawing, shared by the views, with the interactions every view has. */
export class Drawing {
  cy: Core | null = null;
  readonly #store: Store;
  #onExpand: (id: string) => void = () => {};

  constructor(store: Store) {
    this.#store = store;
    byId('graph').addEventListener('keydown', (event) => this.#onKey(event));
    // Cytoscape follows window resizes only; the panel folding or the view bar changing height also
    // resizes the drawing, which must then be measured and fitted again.
    let size = { width: 0, height: 0 };
    new ResizeObserver(([entry]) => {
      const { width, height } = entry?.contentRect ?? size;
      if (!this.cy || (Math.abs(width - size.width) < 40 && Math.abs(height - size.height) < 40)) return;
      size = { width, height };
      this.cy.resize();
      this.cy.fit(undefined, 40);
    }).observe(byId('graph'));
  }

  /** Called when a node is double-clicked or E is pressed on it (the explore view expands it). */
  onExpand(handler: (id: string) => void): void {
    this.#onExpand = handler;
  }

  /** Replaces the drawing with new elements, laid out; returns the new instance. */
  async replace(elements: ElementDefinition[], options: { layout?: LayoutOptions } = {}): Promise<Core> {
    this.cy?.destroy();
    const cy = createGraph({ container: byId('graph'), size: elements.length });
    this.cy = cy;
    // Exposed as Cytoscape's own demos do: for the console and the end-to-end tests.
    (window as unknown as { cy: Core }).cy = cy;
    cy.on('tap', 'node, edge', (event) => this.#store.navigate({ selected: event.target.id() }));
    cy.on('tap', (event) => {
      if (event.target === cy) this.#store.navigate({ selected: null });
    });
    cy.on('dbltap', 'node', (event) => this.#onExpand(event.target.id()));
    await drawElements(cy, elements, options);
    this.applyState(this.#store.state);
    return cy;
  }

  /** Clears the drawing (a view with nothing chosen yet). */
  clear(): void {
    this.cy?.destroy();
    this.cy = null;
  }

  /** Applies what the state says without redrawing: filters, as-of day, hidden and pinned nodes, selection. */
  applyState(state: ViewState): void {
    const cy = this.cy;
    if (!cy) return;
    // Only what changes is touched: each class change restyles its element, which costs seconds
    // over the thousands of elements of a large drawing.
    const setClass = (element: SingularElementArgument, name: string, on: boolean) => {
      if (element.hasClass(name) !== on) element.toggleClass(name, on);
    };
    cy.batch(() => {
      cy.elements().forEach((element) => {
        const date = element.data('date') as string | undefined;
        const type = element.data('type') as string;
        const filteredByType =
          element.isNode() && !element.isParent() && state.types.length > 0 && !state.types.includes(type as never);
        setClass(element, 'filtered', filteredByType || !isInRange(date, state));
        setClass(element, 'future', !isByDate(date, state.asOf));
        setClass(element, 'hidden', state.hidden.includes(element.id()));
        if (element.isNode()) {
          const pinned = state.pinned.includes(element.id());
          setClass(element, 'pinned', pinned);
          if (pinned !== element.locked()) {
            if (pinned) element.lock();
            else element.unlock();
          }
        }
      });
      cy.elements(':selected').unselect();
      if (state.selected) cy.getElementById(state.selected).select();
    });
  }

  /** The visible nodes in reading order (by label), for keyboard navigation. */
  #visibleNodes(): NodeSingular[] {
    if (!this.cy) return [];
    return this.cy
      .nodes(':visible')
      .sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))))
      .toArray() as NodeSingular[];
  }

  #onKey(event: KeyboardEvent): void {
    const nodes = this.#visibleNodes();
    const selected = this.#store.state.selected;
    const index = nodes.findIndex((node) => node.id() === selected);
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step && nodes.length) {
      event.preventDefault();
      const next = nodes[(index + step + nodes.length) % nodes.length]!;
      this.cy?.animate({ center: { eles: next } }, { duration: 150 });
      this.#store.navigate({ selected: next.id() }, { replace: true });
    } else if (event.key === 'Enter' && selected) {
      byId('panel').focus();
    } else if (event.key === 'Escape') {
      this.#store.navigate({ selected: null });
    } else if (selected && (event.key === 'e' || event.key === 'E')) {
      this.#onExpand(selected);
    } else if (selected && (event.key === 'h' || event.key === 'H')) {
      this.#store.navigate({ hidden: [...this.#store.state.hidden, selected], selected: null });
    } else if (selected && (event.key === 'p' || event.key === 'P')) {
      const pinned = this.#store.state.pinned;
      this.#store.navigate({
        pinned: pinned.includes(selected) ? pinned.filter((id) => id !== selected) : [...pinned, selected],
      });
    }
  }
}
