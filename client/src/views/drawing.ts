import type { Core, ElementDefinition, LayoutOptions, NodeSingular, SingularElementArgument } from 'cytoscape';
import { createGraph, LARGE_GRAPH } from '../graph/create-graph.js';
import { hideUnreadableLabels } from '../graph/readable-labels.js';
import { drawElements, fitReadably, setDegrees } from '../graph/run-layout.js';
import { isByDate, isInRange } from '../state/dates.js';
import { pinAt, togglePin } from '../state/pins.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';
import { byId } from '../ui/dom.js';

/** A selected node's edges are all captioned when it has at most this many. */
const MAX_CAPTIONED_EDGES = 8;

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
      if (this.cy.elements().length <= LARGE_GRAPH) fitReadably(this.cy);
      else this.cy.fit(undefined, 40);
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
    // Captions on demand: the element under the pointer shows its own. Not on a large drawing,
    // which shows no captions, and where each class change restyles while the reader pans.
    if (elements.length <= LARGE_GRAPH) {
      cy.on('mouseover', 'node, edge', (event) => event.target.addClass('hover'));
      cy.on('mouseout', 'node, edge', (event) => event.target.removeClass('hover'));
    }
    // A node dragged somewhere stays there, in the link too: it is pinned where it was dropped.
    cy.on('dragfree', 'node', (event) => {
      const node = event.target as NodeSingular;
      if (node.isParent()) return;
      this.#store.navigate(pinAt(this.#store.state, node.id(), node.position()));
    });
    await drawElements(cy, elements, options);
    if (elements.length <= LARGE_GRAPH) {
      // An overview's names are thinned to those readable at this zoom; zooming in brings the rest.
      let pending = false;
      cy.on('zoom', () => {
        if (pending) return;
        pending = true;
        requestAnimationFrame(() => {
          pending = false;
          if (!cy.destroyed()) hideUnreadableLabels(cy);
        });
      });
    }
    this.applyState(this.#store.state);
    return cy;
  }

  /** Records each node's degree again, after nodes were added to the drawing (an expansion). */
  updateDegrees(): void {
    if (this.cy) setDegrees(this.cy);
  }

  /** Zooms in or out by a factor about the centre of the drawing. */
  zoomBy(factor: number): void {
    const cy = this.cy;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Fits the visible drawing to the screen. */
  fit(): void {
    this.cy?.fit(this.cy.elements(':visible'), 40);
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
    const chosen = state.selected ? cy.getElementById(state.selected) : null;
    const edgesOfChosen = chosen?.isNode() ? (chosen as NodeSingular).connectedEdges() : null;
    // A hub's twenty captions pile onto each other: its edges are read one by one under the
    // pointer, and all of them in the panel.
    const near = new Set(
      edgesOfChosen && edgesOfChosen.length <= MAX_CAPTIONED_EDGES ? edgesOfChosen.map((e) => e.id()) : [],
    );
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
          const at = state.pinnedAt[element.id()];
          const here = element.position();
          if (pinned && at && (Math.round(here.x) !== at.x || Math.round(here.y) !== at.y)) {
            element.unlock();
            element.position(at);
          }
          if (pinned !== element.locked()) {
            if (pinned) element.lock();
            else element.unlock();
          }
        }
        if (element.isEdge()) setClass(element, 'near-selected', near.has(element.id()));
      });
      cy.elements(':selected').unselect();
      if (state.selected) cy.getElementById(state.selected).select();
    });
    // What is filtered out no longer covers anything: its neighbours' names may be drawn.
    if (cy.elements().length <= LARGE_GRAPH) hideUnreadableLabels(cy);
    this.#sayWhatTheDateHides(state.asOf);
  }

  /** Says, beside the slider, how much of the drawing the as-of day hides: nothing is hidden silently. */
  #sayWhatTheDateHides(asOf: string | null): void {
    const line = byId('asof-hides');
    const hidden = asOf && this.cy ? this.cy.nodes('.future') : null;
    if (!hidden?.length) {
      line.textContent = asOf ? `Nothing drawn is dated after ${asOf}.` : '';
      line.title = line.textContent;
      return;
    }
    const edges = this.cy!.edges('.future').length;
    const names = hidden
      .map((node) => String(node.data('label')).split('\n')[0])
      .slice(0, 2)
      .join('; ');
    line.textContent = `Hides ${hidden.length} node${hidden.length === 1 ? '' : 's'} (${names}${hidden.length > 2 ? '…' : ''}) and ${edges} edge${edges === 1 ? '' : 's'} dated after ${asOf}.`;
    line.title = line.textContent;
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
      const node = this.cy?.getElementById(selected);
      if (node?.isNode()) this.#store.navigate(togglePin(this.#store.state, selected, node.position()));
    } else if (event.key === '+' || event.key === '=') {
      this.zoomBy(1.25);
    } else if (event.key === '-') {
      this.zoomBy(0.8);
    } else if (event.key === '0') {
      this.fit();
    }
  }
}
