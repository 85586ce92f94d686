import { ENTITY_TYPES, type EntityType } from '../api/types.js';
import { isPartialDate } from './dates.js';
import { DEFAULT_STATE, type ViewName, type ViewState } from './view-state.js';

const VIEWS: readonly ViewName[] = ['explore', 'meetings', 'positions', 'path', 'sources'];

// Short, stable parameter names: links stay readable and survive being pasted into chat.
const LISTS = { expanded: 'expand', hidden: 'hide' } as const;
const GROUPS: readonly ViewState['group'][] = ['none', 'issue', 'camp'];
const IDS = {
  focus: 'focus',
  selected: 'sel',
  meeting: 'meeting',
  pathFrom: 'pfrom',
  pathTo: 'pto',
  dataset: 'data',
  query: 'q',
  category: 'cat',
  source: 'source',
  quote: 'quote',
} as const;
const DATES = { from: 'from', to: 'to', asOf: 'asof' } as const;

function readList(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '').split(',').filter(Boolean);
}

/**
 * Pinned nodes as `id~x~y` (a position rounded to the pixel) or `id` alone: `~` is one of the few
 * characters a query string carries unescaped, and never part of an id.
 */
function readPins(params: URLSearchParams): Pick<ViewState, 'pinned' | 'pinnedAt'> {
  const pinned: string[] = [];
  const pinnedAt: ViewState['pinnedAt'] = {};
  for (const item of readList(params, 'pin')) {
    const [id, x, y] = item.split('~');
    if (!id) continue;
    pinned.push(id);
    if (x !== undefined && y !== undefined && Number.isFinite(Number(x)) && Number.isFinite(Number(y)))
      pinnedAt[id] = { x: Number(x), y: Number(y) };
  }
  return { pinned, pinnedAt };
}

function formatPins({ pinned, pinnedAt }: Pick<ViewState, 'pinned' | 'pinnedAt'>): string {
  return pinned
    .map((id) => {
      const at = pinnedAt[id];
      return at ? `${id}~${Math.round(at.x)}~${Math.round(at.y)}` : id;
    })
    .join(',');
}

function readDate(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  // A malformed date in a hand-edited link is dropped rather than sent to the API to fail.
  return value && isPartialDate(value) ? value : null;
}

/** Reads a view state from a URL's query string; unknown or malformed parameters fall back to defaults. */
export function parseUrlState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const view = params.get('view') as ViewName | null;
  const depth = Number(params.get('depth'));
  const synthetic = Number(params.get('synthetic'));
  const state: ViewState = {
    ...DEFAULT_STATE,
    view: view && VIEWS.includes(view) ? view : DEFAULT_STATE.view,
    depth: Number.isInteger(depth) && depth >= 1 && depth <= 3 ? depth : DEFAULT_STATE.depth,
    table: params.get('table') === '1',
    types: readList(params, 'types').filter((t): t is EntityType => ENTITY_TYPES.includes(t as EntityType)),
    synthetic: Number.isInteger(synthetic) && synthetic > 0 && synthetic <= 50_000 ? synthetic : null,
    group: GROUPS.find((group) => group === params.get('group')) ?? DEFAULT_STATE.group,
    ...readPins(params),
  };
  for (const [key, name] of Object.entries(LISTS)) state[key as keyof typeof LISTS] = readList(params, name);
  for (const [key, name] of Object.entries(IDS)) state[key as keyof typeof IDS] = params.get(name) || null;
  for (const [key, name] of Object.entries(DATES)) state[key as keyof typeof DATES] = readDate(params, name);
  return state;
}

/** Writes a view state as a query string (with `?`), leaving defaults out so equal states give equal URLs. */
export function formatUrlState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
  for (const [key, name] of Object.entries(IDS)) {
    const value = state[key as keyof typeof IDS];
    if (value) params.set(name, value);
  }
  if (state.depth !== DEFAULT_STATE.depth) params.set('depth', String(state.depth));
  for (const [key, name] of Object.entries(LISTS)) {
    const list = state[key as keyof typeof LISTS];
    if (list.length) params.set(name, list.join(','));
  }
  if (state.pinned.length) params.set('pin', formatPins(state));
  if (state.table) params.set('table', '1');
  if (state.group !== DEFAULT_STATE.group) params.set('group', state.group);
  if (state.types.length) params.set('types', state.types.join(','));
  for (const [key, name] of Object.entries(DATES)) {
    const value = state[key as keyof typeof DATES];
    if (value) params.set(name, value);
  }
  if (state.synthetic) params.set('synthetic', String(state.synthetic));
  const query = params.toString().replaceAll('%2C', ',').replaceAll('%7E', '~');
  return query ? `?${query}` : '?';
}
