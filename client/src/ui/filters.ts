import { ENTITY_TYPES, type EntityType } from '../api/types.js';
import { TYPE_LOOK } from '../graph/palette.js';
import { isPartialDate } from '../state/dates.js';
import type { Store } from '../state/store.js';
import { byId, h } from './dom.js';

/** The filter controls: entity types and a date range, for every view, kept in step with the URL. */
export function setUpFilters(store: Store): void {
  const fieldset = byId('type-filter');
  const boxes = ENTITY_TYPES.map((type) => {
    const box = h('input', { type: 'checkbox', value: type });
    box.addEventListener('change', () => {
      const checked = boxes.filter((b) => b.checked).map((b) => b.value as EntityType);
      // All checked is the same as no filter; keep links short.
      store.navigate({ types: checked.length === ENTITY_TYPES.length ? [] : checked });
    });
    fieldset.append(h('label', {}, box, ` ${TYPE_LOOK[type].symbol} ${TYPE_LOOK[type].name}`));
    return box;
  });
  const from = byId<HTMLInputElement>('filter-from');
  const to = byId<HTMLInputElement>('filter-to');
  const onDate = (input: HTMLInputElement, key: 'from' | 'to') => () => {
    const value = input.value.trim();
    input.setCustomValidity(value && !isPartialDate(value) ? 'A date as YYYY, YYYY-MM or YYYY-MM-DD' : '');
    if (!input.reportValidity()) return;
    store.navigate({ [key]: value || null });
  };
  from.addEventListener('change', onDate(from, 'from'));
  to.addEventListener('change', onDate(to, 'to'));
  byId('filter-clear').addEventListener('click', () => store.navigate({ types: [], from: null, to: null }));
  const sync = () => {
    const { types, from: f, to: t } = store.state;
    for (const box of boxes) box.checked = types.length === 0 || types.includes(box.value as EntityType);
    from.value = f ?? '';
    to.value = t ?? '';
  };
  store.subscribe(sync);
  sync();
}
