import { describe, expect, test } from 'vitest';
import { replaceMergedId } from '../../client/src/state/merged-ids.js';

describe('the view state after a merge', () => {
  test('every place that named the merged id names the kept one, without doubling it', () => {
    const state = {
      focus: 'd-s-peskov',
      selected: 'd-s-peskov',
      meeting: null,
      pathFrom: 'russia',
      pathTo: 'd-s-peskov',
      expanded: ['d-s-peskov', 'dmitry-peskov', 'russia'],
      hidden: [],
      pinned: ['d-s-peskov'],
      pinnedAt: { 'd-s-peskov': { x: 1, y: 2 } },
    };
    expect(replaceMergedId(state, 'd-s-peskov', 'dmitry-peskov')).toEqual({
      focus: 'dmitry-peskov',
      selected: 'dmitry-peskov',
      meeting: null,
      pathFrom: 'russia',
      pathTo: 'dmitry-peskov',
      expanded: ['dmitry-peskov', 'russia'],
      hidden: [],
      pinned: ['dmitry-peskov'],
      pinnedAt: { 'dmitry-peskov': { x: 1, y: 2 } },
    });
  });
});
