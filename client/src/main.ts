import { DATASET, request } from './api/index.js';
import { exportDrawing, type ExportFormat } from './export/download.js';
import { setUpAccount } from './curation/account.js';
import { onGraphChange } from './curation/graph-changes.js';
import { Session } from './curation/session.js';
import { Store } from './state/store.js';
import type { ViewName, ViewState } from './state/view-state.js';
import { DetailsPanel } from './ui/details-panel.js';
import { byId } from './ui/dom.js';
import { setUpFilters } from './ui/filters.js';
import { renderLegend } from './ui/legend.js';
import { createSearchBox } from './ui/search-box.js';
import { shareLink } from './ui/share.js';
import { StartPage } from './ui/start-page.js';
import { showError, showStatus } from './ui/status.js';
import { setUpTimeSlider } from './ui/time-slider.js';
import { Drawing } from './views/drawing.js';
import { ExploreView } from './views/explore-view.js';
import { MeetingsView } from './views/meetings-view.js';
import { PathView } from './views/path-view.js';
import { PositionsView } from './views/positions-view.js';
import { SourcesView } from './views/sources-view.js';

const store = new Store();
const session = new Session();
const drawing = new Drawing(store);
const panel = new DetailsPanel(store, session);
const startPage = new StartPage(store);
const views = {
  explore: new ExploreView(drawing, store),
  meetings: new MeetingsView(drawing, store),
  positions: new PositionsView(drawing, store),
  path: new PathView(drawing, store),
  sources: new SourcesView(drawing, store, session),
} satisfies Record<ViewName, { render(state: ViewState): Promise<void>; reset(): void }>;
drawing.onExpand((id) => views.explore.expand(id));

byId('main-search').replaceWith(
  createSearchBox({
    label: 'Search',
    value: store.state.query ?? '',
    // Choosing an entity starts a fresh exploration from it.
    onChoose: (choice) =>
      store.navigate({
        view: 'explore',
        focus: choice.id,
        query: choice.name,
        expanded: [],
        hidden: [],
        pinned: [],
        pinnedAt: {},
        selected: choice.id,
        synthetic: null,
      }),
  }),
);
byId('share').addEventListener('click', () => void shareLink(location.href));
byId('zoom-in').addEventListener('click', () => drawing.zoomBy(1.25));
byId('zoom-out').addEventListener('click', () => drawing.zoomBy(0.8));
byId('zoom-fit').addEventListener('click', () => drawing.fit());
byId('zoom-reset').addEventListener('click', () => {
  // A fresh layout: unpinned, and drawn again from the same seed.
  for (const view of Object.values(views)) view.reset();
  store.navigate({ pinned: [], pinnedAt: {} });
});
for (const link of document.querySelectorAll<HTMLAnchorElement>('#views a')) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    store.navigate({ view: link.dataset['view'] as ViewName, selected: null });
  });
}
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
  button.addEventListener('click', () => {
    if (!drawing.cy) return showStatus('Nothing is drawn yet: there is nothing to export.');
    exportDrawing(drawing.cy, button.dataset['export'] as ExportFormat, `peace-talks-${store.state.view}`).catch(
      showError,
    );
  });
}

let rendering = Promise.resolve();
/** Renders one state after another: a fast back-and-forward never interleaves two drawings. */
function render(state: ViewState, previous: ViewState | null): void {
  rendering = rendering.then(async () => {
    if (store.state !== state) return; // superseded while waiting
    delete document.body.dataset['ready'];
    for (const link of document.querySelectorAll<HTMLAnchorElement>('#views a')) {
      link.toggleAttribute('aria-current', link.dataset['view'] === state.view);
      if (link.dataset['view'] === state.view) link.setAttribute('aria-current', 'page');
    }
    if (!previous || previous.view !== state.view) {
      for (const view of Object.values(views)) view.reset();
      byId('view-bar').replaceChildren();
      byId('table').hidden = true;
      renderLegend(state.view);
    }
    // A fresh page, with nothing chosen to draw, opens on the start page.
    if (state.view === 'explore' && !state.focus && !state.synthetic) void startPage.show();
    else startPage.hide();
    await views[state.view].render(state);
    await panel.show(drawing.cy, state.selected, state.asOf);
    document.body.dataset['ready'] = state.view;
  });
}

store.subscribe((state, previous) => render(state, previous));
setUpAccount(session);
// Signing in or out shows or hides the editing controls of the view and the panel.
session.subscribe(() => {
  panel.forget();
  views.sources.forget(undefined);
  render(store.state, store.state);
});
// An edit saved on this page: the sources view takes in the server's answer, the others fetch again,
// and what is shown is redrawn.
onGraphChange((change) => {
  views.sources.applyChange(change);
  views.positions.forget();
  for (const view of Object.values(views)) if (view !== views.sources) view.reset();
  // A retraction keeps its panel, which says so and shows the history; anything else shows the new version.
  if (change.action !== 'retract') panel.forget();
  render(store.state, store.state);
});
// "Open in article" on a quote: a move within the page rather than a reload.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.open-article') : null;
  if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  store.navigate({
    view: 'sources',
    source: link.dataset['source'] ?? null,
    quote: link.dataset['quote'] ?? null,
    selected: null,
  });
});
setUpFilters(store);
void setUpTimeSlider(store);
render(store.state, null);
void session.refreshUntilAnswered(showError);

// The dataset version goes into every link; a link made on other data says so when opened.
request(DATASET, {})
  .then(({ dataset }) => {
    store.datasetVersion = dataset.version;
    const linked = store.state.dataset;
    if (linked && linked !== dataset.version) {
      const notice = byId('notice');
      notice.textContent = `This link was made on dataset ${linked}; the server now holds ${dataset.version}. The view may differ from the one shared.`;
      notice.hidden = false;
    }
    if (linked !== dataset.version) store.navigate({}, { replace: true });
  })
  .catch(showError);
