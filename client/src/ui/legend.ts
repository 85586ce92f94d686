import { ENTITY_TYPES } from '../api/types.js';
import { STAND_LOOK, TYPE_LOOK } from '../graph/palette.js';
import type { ViewName } from '../state/view-state.js';
import { byId, h } from './dom.js';

/** The legend: each type's shape and colour, and the marks the current view adds. */
export function renderLegend(view: ViewName): void {
  const types = ENTITY_TYPES.map((type) =>
    h(
      'li',
      {},
      h(
        'span',
        { class: 'sym', style: `color:${TYPE_LOOK[type].colour}`, 'aria-hidden': 'true' },
        TYPE_LOOK[type].symbol,
      ),
      TYPE_LOOK[type].name,
    ),
  );
  const extra: HTMLElement[] = [];
  if (view === 'positions') {
    for (const look of Object.values(STAND_LOOK)) {
      extra.push(
        h(
          'li',
          {},
          h('span', { class: 'line', style: `border-top: 3px ${look.line} ${look.colour}`, 'aria-hidden': 'true' }),
          look.name,
        ),
      );
    }
    extra.push(h('li', {}, '⚠ double red border: sticking point'));
  }
  if (view === 'meetings')
    extra.push(
      h('li', {}, '★ thick border: head of delegation'),
      h('li', {}, 'double border: chair, mediator, host'),
      h('li', {}, 'dashed box: a delegation'),
    );
  if (view === 'path') extra.push(h('li', {}, 'black: the path'));
  extra.push(h('li', {}, 'thicker edge: more sources'));
  if (view === 'explore') extra.push(h('li', {}, 'grey ring: pinned'));
  // Folded on narrow screens, where it would cover the drawing; a click opens it.
  const open = byId('legend').querySelector('details')?.open ?? window.innerWidth > 760;
  byId('legend').replaceChildren(h('details', { open }, h('summary', {}, 'Legend'), h('ul', {}, types, extra)));
}
