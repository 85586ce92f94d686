/** What an edit changed: the entry, and the article its quote comes from, when it has one. */
export interface GraphChange {
  entryId: string;
  action: 'record' | 'correct' | 'retract' | 'add-article' | 'add-entity' | 'merge';
  source?: string;
}

type Listener = (change: GraphChange) => void;
const listeners: Listener[] = [];

/** Calls `listener` after every edit this page saves, so views that keep data fetch it again. */
export function onGraphChange(listener: Listener): void {
  listeners.push(listener);
}

/** Tells every view that an edit was saved. */
export function announceGraphChange(change: GraphChange): void {
  for (const listener of listeners) listener(change);
}
