import { request, START_PAGE, type StartPageData } from '../api/index.js';
import type { Store } from '../state/store.js';
import { parseUrlState } from '../state/url-state.js';
import { byId, h } from './dom.js';
import { showError } from './status.js';
import { formatPartialDate } from './timeline-ticks.js';

/** Three questions a newcomer can ask at once, each the link of the view that answers it. */
export const EXAMPLE_QUESTIONS: readonly { question: string; link: string }[] = [
  {
    question: 'Who headed each delegation at the Istanbul talks of 2 June 2025?',
    link: '?view=meetings&meeting=istanbul-talks-2025-06-02',
  },
  {
    question: 'Who supports and who opposes Ukraine’s membership of NATO?',
    link: '?focus=ukraine-nato-membership&depth=2&sel=ukraine-nato-membership',
  },
  {
    question: 'How is Steve Witkoff connected to Vladimir Putin?',
    link: '?view=path&pfrom=steve-witkoff&pto=vladimir-putin',
  },
];

/** The publishers the articles come from, most cited first, each with its number of articles. */
function countPublishers(sources: StartPageData['sources']): string {
  const counts = new Map<string, number>();
  for (const { publisher } of sources) {
    const name = publisher ?? 'publisher not named';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([name, count]) => `${name} (${count})`)
    .join(', ');
}

/** The page's own link to a state: opened in place through the store (a history entry), or in a new tab. */
function renderLink(store: Store, link: string, ...text: string[]): HTMLAnchorElement {
  return h(
    'a',
    {
      href: link,
      onclick: (event: Event) => {
        const mouse = event as MouseEvent;
        if (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.button !== 0) return;
        event.preventDefault();
        store.navigate(parseUrlState(link));
      },
    },
    ...text,
  );
}

function renderPage(store: Store, data: StartPageData): Node[] {
  const talks = [...data.talks.items].sort((a, b) => b.start.localeCompare(a.start));
  const heads = new Map(
    talks.flatMap((talk) => talk.delegations.flatMap((d) => d.heads.map(({ person }) => [person.id, person.name]))),
  );
  const explore = (id: string, name: string) =>
    `?focus=${encodeURIComponent(id)}&sel=${encodeURIComponent(id)}&q=${encodeURIComponent(name)}`;
  return [
    h('h2', { id: 'start-title' }, 'Who represented whom, who met whom, who stands where'),
    h(
      'p',
      { class: 'size' },
      `${data.dataset.facts} facts and ${data.dataset.quotes} quotes from ${data.sources.length} articles: ` +
        `${data.meetings.total} meetings, ${data.people.total} people, ${data.issues.total} issues.`,
    ),
    h('p', { class: 'sources' }, `Sources: ${countPublishers(data.sources)}.`),
    h('h3', {}, 'Try a question'),
    h(
      'ul',
      { class: 'examples' },
      ...EXAMPLE_QUESTIONS.map(({ question, link }) => h('li', {}, renderLink(store, link, question))),
    ),
    h('h3', {}, 'Talks'),
    h(
      'ul',
      { class: 'talks' },
      ...talks.map((talk) =>
        h(
          'li',
          {},
          renderLink(store, `?view=meetings&meeting=${encodeURIComponent(talk.id)}`, talk.name),
          ` · ${formatPartialDate(talk.start)}${talk.place ? ` · ${talk.place.name}` : ''}`,
        ),
      ),
    ),
    h('h3', {}, 'People who led the delegations'),
    h(
      'ul',
      { class: 'people' },
      ...[...heads].map(([id, name]) => h('li', {}, renderLink(store, explore(id, name), name))),
    ),
  ];
}

/** The start page: what the dataset holds, example questions, the talks and who led them; over the empty drawing. */
export class StartPage {
  #store: Store;
  #loaded: Promise<void> | null = null;

  constructor(store: Store) {
    this.#store = store;
  }

  /** Shows the page, asking the API for its figures the first time. */
  show(): Promise<void> {
    const section = byId('start');
    section.hidden = false;
    this.#loaded ??= request(START_PAGE, {})
      .then((data) => section.replaceChildren(...renderPage(this.#store, data)))
      .catch((error: unknown) => {
        this.#loaded = null; // asked again the next time the page shows
        showError(error);
      });
    return this.#loaded;
  }

  /** Hides the page while a view draws. */
  hide(): void {
    byId('start').hidden = true;
  }
}
