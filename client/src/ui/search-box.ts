import { request, SEARCH, type EntityType, type SearchHit } from '../api/index.js';
import { TYPE_LOOK } from '../graph/palette.js';
import { h } from './dom.js';
import { describeError } from './status.js';

/** What a search box reports when an entity is chosen. */
export interface Choice {
  id: string;
  name: string;
  type: EntityType;
}

/** Types Enter prefers: a person typing a name most often means someone who acts. */
const ACTOR_TYPES: readonly EntityType[] = ['PERSON', 'STATE', 'ORGANISATION'];

/** A hit's name; the few entities without one (an article) go by their id. */
const nameOf = (hit: SearchHit): string => ('name' in hit.entity ? hit.entity.name : hit.entity.id);

/** How long typing must pause before a search is sent: one request per word, not per key. */
const TYPING_PAUSE_MS = 180;

/** The hit Enter chooses: the best person, state or organisation, else the best hit of any type. */
export function pickBestHit(hits: readonly SearchHit[]): number {
  const actor = hits.findIndex((hit) => ACTOR_TYPES.includes(hit.type));
  return actor >= 0 ? actor : hits.length ? 0 : -1;
}

let boxes = 0;

/**
 * An accessible autocomplete (ARIA combobox): typing queries `search` (names, aliases and what issues
 * say), hits are listed by type, arrow keys move through them, Enter chooses, Escape closes. Enter
 * pressed before the answer arrives waits for the answer to the text as typed, then chooses.
 */
export function createSearchBox({
  label,
  placeholder = 'Search people, states, meetings, issues…',
  value = '',
  types,
  onChoose,
  onAsk,
}: {
  label: string;
  /** Only entities of these types (an entity field of a form); all types when absent. */
  types?: readonly EntityType[];
  placeholder?: string;
  /** The text the box starts with (a reloaded page keeps what was chosen). */
  value?: string;
  onChoose: (choice: Choice) => void;
  /** Told of each search sent, with its answer: a form resolving the same text waits for it instead of asking again. */
  onAsk?: (text: string, hits: Promise<SearchHit[]>) => void;
}): HTMLElement {
  const id = `search-${++boxes}`;
  const input = h('input', {
    id,
    type: 'search',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': `${id}-list`,
    autocomplete: 'off',
    placeholder,
    value,
  });
  const list = h('ul', { id: `${id}-list`, role: 'listbox', hidden: true, 'aria-label': `${label}: results` });
  let hits: SearchHit[] = [];
  /** The text `hits` answer, so Enter never chooses from an answer to older text. */
  let answered = '';
  let active = -1;
  let controller: AbortController | undefined;
  /** The search on its way, so Enter waits for it rather than asking the same text again. */
  let asking: { text: string; answer: Promise<void> } | undefined;
  let timer: number | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = nameOf(hit);
    close();
    onChoose({ id: hit.entity.id, name: nameOf(hit), type: hit.type });
  };
  const option = (hit: SearchHit, index: number) =>
    h(
      'li',
      {
        id: `${id}-${index}`,
        role: 'option',
        'aria-selected': String(index === active),
        onmousedown: (event: Event) => (event.preventDefault(), choose(hit)),
      },
      h('span', { 'aria-hidden': 'true', style: `color:${TYPE_LOOK[hit.type].colour}` }, TYPE_LOOK[hit.type].symbol),
      nameOf(hit),
      hit.matched !== nameOf(hit) ? h('small', {}, `“${hit.matched}”`) : null,
    );
  const renderHits = (message?: string) => {
    // The API sends hits grouped by type; each group gets a heading.
    const groups: { type: EntityType; items: HTMLElement[] }[] = [];
    hits.forEach((hit, index) => {
      if (groups.at(-1)?.type !== hit.type) groups.push({ type: hit.type, items: [] });
      groups.at(-1)!.items.push(option(hit, index));
    });
    list.replaceChildren(
      ...(message
        ? [h('li', { role: 'option', 'aria-disabled': 'true' }, message)]
        : groups.map((group) =>
            h(
              'li',
              { role: 'presentation' },
              h(
                'div',
                { class: 'group', id: `${id}-${group.type}`, 'aria-hidden': 'true' },
                TYPE_LOOK[group.type].name,
              ),
              h('ul', { role: 'group', 'aria-labelledby': `${id}-${group.type}` }, group.items),
            ),
          )),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const lookUp = (text: string): Promise<void> => {
    controller?.abort();
    // Each request checks its own controller: a cancelled request must never report over a newer one.
    const mine = new AbortController();
    controller = mine;
    const variables = { text, limit: 10, ...(types && { types: [...types] }) };
    const found$ = request(SEARCH, variables, { signal: mine.signal }).then((answer) => answer.search);
    onAsk?.(text, found$);
    const answer = (async () => {
      try {
        const found = await found$;
        if (mine.signal.aborted) return;
        hits = found;
        answered = text;
        active = pickBestHit(hits);
        // An answer that comes after the reader moved on opens no list over the next field.
        if (document.activeElement === input) renderHits(hits.length ? undefined : `Nothing matches “${text}”.`);
      } catch (error) {
        if (mine.signal.aborted) return;
        hits = [];
        answered = '';
        renderHits(describeError(error));
      }
    })();
    asking = { text, answer };
    return answer;
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      controller?.abort();
      asking = undefined;
      hits = [];
      answered = '';
      return close();
    }
    timer = window.setTimeout(() => void lookUp(text), TYPING_PAUSE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!hits.length) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      renderHits();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const text = input.value.trim();
      if (text.length < 2) return;
      if (answered === text && !list.hidden) return choose(hits[active]);
      // Typed faster than the answer came: ask for this text now, and choose from its answer.
      window.clearTimeout(timer);
      const waiting = answered === text ? Promise.resolve() : asking?.text === text ? asking.answer : lookUp(text);
      void waiting.then(() => {
        if (answered === input.value.trim()) choose(hits[active >= 0 ? active : pickBestHit(hits)]);
      });
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
  return h('div', { class: 'search' }, h('label', { for: id, class: 'sr-only' }, label), input, list);
}
