import { formatUrlState, parseUrlState } from './url-state.js';
import type { ViewState } from './view-state.js';

type Listener = (state: ViewState, previous: ViewState) => void;

/**
 * The one source of the view state: the URL. Changes push a history entry (or replace it, for
 * steps such as playback), so reloading, sharing a link, back and forward all restore the view.
 */
export class Store {
  #state: ViewState;
  #listeners: Listener[] = [];
  /** The dataset version the server reports; written into every link. */
  datasetVersion: string | null = null;

  constructor() {
    this.#state = parseUrlState(location.search);
    window.addEventListener('popstate', () => this.#set(parseUrlState(location.search)));
  }

  get state(): ViewState {
    return this.#state;
  }

  /** Applies a change, records it in the URL and tells the listeners. */
  navigate(patch: Partial<ViewState>, { replace = false }: { replace?: boolean } = {}): void {
    const next = { ...this.#state, ...patch, dataset: this.datasetVersion ?? this.#state.dataset };
    const url = formatUrlState(next);
    if (url !== location.search || replace)
      history[replace ? 'replaceState' : 'pushState'](null, '', url === '?' ? location.pathname : url);
    this.#set(next);
  }

  /** Calls `listener` on every change, with the state before it. */
  subscribe(listener: Listener): void {
    this.#listeners.push(listener);
  }

  #set(next: ViewState): void {
    const previous = this.#state;
    this.#state = next;
    for (const listener of this.#listeners) listener(next, previous);
  }
}
