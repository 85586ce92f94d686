import type { ViewState } from './view-state.js';

/**
 * The state change that pins a node where it stands (or unpins it): the position goes into the
 * link, so whoever opens it sees the node where it was left.
 */
export function togglePin(
  state: Pick<ViewState, 'pinned' | 'pinnedAt'>,
  id: string,
  position: { x: number; y: number },
): Pick<ViewState, 'pinned' | 'pinnedAt'> {
  const { [id]: _dropped, ...others } = state.pinnedAt;
  if (state.pinned.includes(id)) return { pinned: state.pinned.filter((p) => p !== id), pinnedAt: others };
  return { pinned: [...state.pinned, id], pinnedAt: { ...others, [id]: position } };
}

/** The state change that pins a node at a new place (after it was dragged there). */
export function pinAt(
  state: Pick<ViewState, 'pinned' | 'pinnedAt'>,
  id: string,
  position: { x: number; y: number },
): Pick<ViewState, 'pinned' | 'pinnedAt'> {
  return {
    pinned: state.pinned.includes(id) ? state.pinned : [...state.pinned, id],
    pinnedAt: { ...state.pinnedAt, [id]: { x: Math.round(position.x), y: Math.round(position.y) } },
  };
}
