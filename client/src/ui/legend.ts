import { ENTITY_TYPES, type EntityType } from '../api/types.js';
import { STAND_LOOK, TYPE_LOOK } from '../graph/palette.js';
import type { ViewName } from '../state/view-state.js';
import { byId, h } from './dom.js';

/** The types each view can draw: the legend lists only those. */
const TYPES_OF: Record<ViewName, readonly EntityType[]> = {
  explore: ENTITY_TYPES,
  meetings: ['PERSON', 'STATE', 'ORGANISATION', 'PLACE', 'MEETING', 'DELEGATION'],
  positions: ['PERSON', 'STATE', 'ORGANISATION', 'ISSUE'],
  path: ENTITY_TYPES,
  sources: ENTITY_TYPES,
};

function symbol(type: EntityType): HTMLElement {
  // A delegation is drawn hollow and dashed; its legend mark is too.
  const style =
    type === 'DELEGATION' ? `color:${TYPE_LOOK[type].colour};font-weight:bold` : `color:${TYPE_LOOK[type].colour}`;
  return h('span', { class: 'sym', style, 'aria-hidden': 'true' }, TYPE_LOOK[type].symbol);
}

function stands(kind: 'line' | 'fill'): HTMLElement[] {
  return Object.values(STAND_LOOK).map((look) =>
    h(
      'li',
      {},
      kind === 'line'
        ? h('span', { class: 'line', style: `border-top: 3px ${look.line} ${look.colour}`, 'aria-hidden': 'true' })
        : h('span', { class: 'sym', style: `color:${look.colour}`, 'aria-hidden': 'true' }, TYPE_LOOK.STANCE.symbol),
      kind === 'line' ? look.name : `stance ${look.name}`,
    ),
  );
}

/** The legend: the shape and colour of each type the view draws, and the marks the view adds. */
export function renderLegend(view: ViewName): void {
  const types = TYPES_OF[view]
    .filter((type) => type !== 'STANCE') // stances are listed by side below
    .map((type) => h('li', {}, symbol(type), TYPE_LOOK[type].name));
  const extra: HTMLElement[] = [];
  if (view === 'explore' || view === 'path' || view === 'sources') extra.push(...stands('fill'));
  if (view === 'positions') {
    extra.push(...stands('line'));
    extra.push(
      h('li', {}, 'hollow arrow, slanted caption: a claim (“Russia says: …”), not the holder’s own word'),
      h('li', {}, '⚠ double red border: sticking point'),
      h('li', {}, 'grey box: a camp or issue category'),
    );
  }
  if (view === 'meetings')
    extra.push(
      h('li', {}, '★ thick border: head of delegation'),
      h('li', {}, 'double border: chair, mediator, host'),
      h('li', {}, 'dashed box: a delegation'),
    );
  if (view === 'path') extra.push(h('li', {}, 'black: the path'));
  extra.push(
    h('li', {}, 'larger node: more connections'),
    h('li', {}, 'thicker edge: more sources'),
    h('li', {}, 'dashed edge: reported, planned or scheduled; dotted: denied or disputed'),
    h('li', {}, 'point at or select an edge to read it'),
  );
  if (view !== 'positions') extra.push(h('li', {}, 'grey ring: pinned (drag a node to pin it)'));
  // Folded on narrow screens, where it would cover the drawing; a click opens it.
  const open = byId('legend').querySelector('details')?.open ?? window.innerWidth > 760;
  byId('legend').replaceChildren(h('details', { open }, h('summary', {}, 'Legend'), h('ul', {}, types, extra)));
}
