import { describe, expect, test } from 'vitest';
import { isByDate, isInRange } from '../../client/src/state/dates.js';
import { formatUrlState, parseUrlState } from '../../client/src/state/url-state.js';
import { DEFAULT_STATE, type ViewState } from '../../client/src/state/view-state.js';

describe('URL state ↔ view state', () => {
  test('an empty query string is the default state, and the default state writes no parameter', () => {
    expect(parseUrlState('')).toEqual(DEFAULT_STATE);
    expect(formatUrlState(DEFAULT_STATE)).toBe('?');
  });

  test('every field survives a round trip, in a short readable URL', () => {
    const state: ViewState = {
      ...DEFAULT_STATE,
      view: 'explore',
      focus: 'rustem-umerov',
      depth: 2,
      expanded: ['ukraine', 'istanbul-talks-2025-06-02'],
      hidden: ['kyiv'],
      pinned: ['russia', 'kyiv'],
      pinnedAt: { russia: { x: 120, y: -40 } },
      query: 'Rustem Umerov',
      group: 'issue',
      category: 'TERRITORY',
      selected: 'istanbul-talks-2025-06-02-ukraine/rustem-umerov',
      types: ['PERSON', 'STATE'],
      from: '2025-05',
      to: '2025-12-31',
      asOf: '2025-06-02',
      dataset: '78e20fe5c95c19c0',
    };
    const url = formatUrlState(state);
    expect(url).toBe(
      '?focus=rustem-umerov&sel=istanbul-talks-2025-06-02-ukraine%2Frustem-umerov&data=78e20fe5c95c19c0&q=Rustem+Umerov&cat=TERRITORY&depth=2&expand=ukraine,istanbul-talks-2025-06-02&hide=kyiv&pin=russia~120~-40,kyiv&group=issue&types=PERSON,STATE&from=2025-05&to=2025-12-31&asof=2025-06-02',
    );
    expect(parseUrlState(url)).toEqual(state);
    const other: ViewState = { ...DEFAULT_STATE, view: 'path', pathFrom: 'a', pathTo: 'b' };
    expect(parseUrlState(formatUrlState(other))).toEqual(other);
    const table: ViewState = { ...DEFAULT_STATE, view: 'positions', table: true, synthetic: null };
    expect(parseUrlState(formatUrlState(table))).toEqual(table);
  });

  test('malformed parameters in a hand-edited link fall back to defaults instead of failing', () => {
    expect(parseUrlState('?view=nonsense&depth=7&asof=2025-13-01&types=PERSON,ROBOT&synthetic=-3')).toEqual({
      ...DEFAULT_STATE,
      types: ['PERSON'],
    });
  });

  test('partial dates compare by the days they can mean', () => {
    expect(isInRange('2025-06', { from: '2025-06-02' })).toBe(true);
    expect(isInRange('2025-05-31', { from: '2025-06' })).toBe(false);
    expect(isInRange('2026', { to: '2025-12-31' })).toBe(false);
    expect(isInRange(null, { from: '2030' })).toBe(true);
    expect(isByDate('2025-06-02', '2025-06')).toBe(true);
    expect(isByDate('2025-07-01', '2025-06')).toBe(false);
  });
});
