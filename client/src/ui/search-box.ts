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

let boxes = 0;

/**
 * An accessible autocomplete (ARIA combobox): typing queries `search` (names and aliases), arrow
 * keys move through the hits, Enter chooses, Escape closes.
 */
export function createSearchBox({
  label,
  placeholder = 'Search people, states, meetings, issues…',
  onChoose,
}: {
  label: string;
  placeholder?: string;
  onChoose: (choice: Choice) => void;
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
  });
  const list = h('ul', { id: `${id}-list`, role: 'listbox', hidden: true, 'aria-label': `${label}: results` });
  let hits: SearchHit[] = [];
  let active = -1;
  let controller: AbortController | undefined;
  let timer: number | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.entity.name;
    close();
    onChoose({ id: hit.entity.id, name: hit.entity.name, type: hit.type });
  };
  const renderHits = (message?: string) => {
    list.replaceChildren(
      ...(message
        ? [h('li', { role: 'option', 'aria-disabled': 'true' }, message)]
        : hits.map((hit, index) =>
            h(
              'li',
              {
                id: `${id}-${index}`,
                role: 'option',
                'aria-selected': String(index === active),
                onmousedown: (event: Event) => (event.preventDefault(), choose(hit)),
              },
              h(
                'span',
                { 'aria-hidden': 'true', style: `color:${TYPE_LOOK[hit.type].colour}` },
                TYPE_LOOK[hit.type].symbol,
              ),
              hit.entity.name,
              h(
                'small',
                {},
                `${TYPE_LOOK[hit.type].name}${hit.matched !== hit.entity.name ? ` · “${hit.matched}”` : ''}`,
              ),
            ),
          )),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${id}-${active}`);
  };
  const lookUp = async (text: string) => {
    controller?.abort();
    controller = new AbortController();
    try {
      hits = (await request(SEARCH, { text, limit: 10 }, { signal: controller.signal })).search;
      active = hits.length ? 0 : -1;
      renderHits(hits.length ? undefined : `Nothing matches “${text}”.`);
    } catch (error) {
      if (!controller.signal.aborted) renderHits(describeError(error));
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) return close();
    // Wait for a pause in typing: one request per word, not per key.
    timer = window.setTimeout(() => void lookUp(text), 180);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!hits.length) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      renderHits();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(hits[active]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
  return h('div', { class: 'search' }, h('label', { for: id, class: 'sr-only' }, label), input, list);
}
