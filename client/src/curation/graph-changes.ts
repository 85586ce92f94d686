/** What an edit answers (`EntryChange`): the entry as it now stands, and where each of its quotes is. */
export interface EditAnswer {
  entry: { id: string; collection: string; body: unknown };
  quotes: readonly { path: string; source: string; start: number; end: number }[];
}

/**
 * What an edit changed: the entry, the article its quote comes from when it has one, and the
 * server's answer when the edit wrote one entry (views update from it instead of fetching again).
 */
export interface GraphChange {
  entryId: string;
  action: 'record' | 'correct' | 'retract' | 'add-article' | 'add-entity' | 'merge';
  source?: string;
  answer?: EditAnswer;
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
