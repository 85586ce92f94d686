import type { ViewState } from './view-state.js';

type IdFields = Pick<
  ViewState,
  'focus' | 'selected' | 'meeting' | 'pathFrom' | 'pathTo' | 'expanded' | 'hidden' | 'pinned' | 'pinnedAt'
>;

/**
 * The state change after `merged` was merged into `kept`: every place the state names the merged
 * id names the kept one, so the drawing and the panel show the entity that absorbed it.
 */
export function replaceMergedId(state: IdFields, merged: string, kept: string): IdFields {
  const swap = (id: string | null) => (id === merged ? kept : id);
  const swapAll = (ids: string[]) => [...new Set(ids.map((id) => swap(id)!))];
  const { [merged]: position, ...pinnedAt } = state.pinnedAt;
  return {
    focus: swap(state.focus),
    selected: swap(state.selected),
    meeting: swap(state.meeting),
    pathFrom: swap(state.pathFrom),
    pathTo: swap(state.pathTo),
    expanded: swapAll(state.expanded),
    hidden: swapAll(state.hidden),
    pinned: swapAll(state.pinned),
    pinnedAt: position && !pinnedAt[kept] ? { ...pinnedAt, [kept]: position } : pinnedAt,
  };
}
