import { ENTITY_TYPES, type EntityType } from '../api/types.js';
import { GROUP_BOX, STAND_LOOK, TYPE_LOOK } from '../graph/palette.js';
import type { ViewName } from '../state/view-state.js';
import { byId, h } from './dom.js';

/** What the legend of one view lists: the views draw different things, and say only what they draw. */
interface ViewLegend {
  /** The entity types the view can draw. */
  types: readonly EntityType[];
  /** How a stance's side shows: a stance node's colour, an edge's colour and line (positions), or not at all. */
  stands: 'fill' | 'line' | null;
  /** Whether an edge's line says the fact's status: only where edges carry it (the API's graph). */
  statuses: boolean;
  /** The marks the view adds, in words. */
  marks: readonly string[];
}

const LEGENDS: Record<ViewName, ViewLegend> = {
  explore: { types: ENTITY_TYPES, stands: 'fill', statuses: true, marks: [] },
  meetings: {
    types: ['PERSON', 'STATE', 'ORGANISATION', 'PLACE', 'MEETING', 'DELEGATION'],
    stands: null,
    statuses: false,
    marks: [
      '★ thick border: head of delegation',
      'double border: chair, mediator, host',
      'dashed box: a delegation holding its members',
    ],
  },
  // Its edges carry a side, not a status: there dashed and dotted mean against and conditional.
  positions: {
    types: ['PERSON', 'STATE', 'ORGANISATION', 'ISSUE'],
    stands: 'line',
    statuses: false,
    marks: [
      'hollow arrow, slanted caption: a claim (“Russia says: …”), not the holder’s own word',
      '⚠ double red border: sticking point',
      `${GROUP_BOX.name}: a camp of actors who agree, or an issue category`,
      'a name too small to read here waits: zoom in, or point at or select its node',
    ],
  },
  path: { types: ENTITY_TYPES, stands: 'fill', statuses: true, marks: ['black: the path'] },
  sources: { types: ENTITY_TYPES, stands: 'fill', statuses: true, marks: [] },
};

/** What the line of an edge says where edges carry the fact's status. */
const STATUS_MARK = 'dashed edge: reported, planned or scheduled; dotted: denied or disputed';

/** Marks of every view: size by degree and width by sources (the stylesheet), captions on demand, pins. */
const COMMON_MARKS = [
  'larger node: more connections',
  'thicker edge: more sources',
  'point at or select an edge to read it',
  'grey ring: pinned (drag a node to pin it)',
];

/** The marks the legend explains for a view, in words: its own, the status of facts where drawn, the common ones. */
export function listLegendMarks(view: ViewName): string[] {
  const legend = LEGENDS[view];
  return [...legend.marks, ...(legend.statuses ? [STATUS_MARK] : []), ...COMMON_MARKS];
}

function symbol(type: EntityType): HTMLElement {
  // A delegation is drawn as a hollow dashed box; its legend mark is one too, not a glyph.
  if (type === 'DELEGATION')
    return h('span', {
      class: 'sym box',
      style: `border: 2px dashed ${TYPE_LOOK[type].colour}; background: ${TYPE_LOOK[type].colour}26`,
      'aria-hidden': 'true',
    });
  // An octagon glyph is missing from common fonts: the group's mark is drawn by the page.
  if (type === 'GROUP')
    return h('span', { class: 'sym octagon', style: `background: ${TYPE_LOOK[type].colour}`, 'aria-hidden': 'true' });
  return h(
    'span',
    { class: 'sym', style: `color:${TYPE_LOOK[type].colour}`, 'aria-hidden': 'true' },
    TYPE_LOOK[type].symbol,
  );
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
  const types = LEGENDS[view].types
    .filter((type) => type !== 'STANCE') // stances are listed by side below
    .map((type) => h('li', {}, symbol(type), TYPE_LOOK[type].name));
  const side = LEGENDS[view].stands;
  const marks = listLegendMarks(view).map((mark) => h('li', {}, mark));
  // Folded on narrow screens, where it would cover the drawing; a click opens it.
  const open = byId('legend').querySelector('details')?.open ?? window.innerWidth > 760;
  byId('legend').replaceChildren(
    h('details', { open }, h('summary', {}, 'Legend'), h('ul', {}, types, side ? stands(side) : [], marks)),
  );
}
