import type { EntityType } from '../api/types.js';

/** The views of the client. */
export type ViewName = 'explore' | 'meetings' | 'positions' | 'path' | 'sources';

/** Everything a link restores: the view, what it draws, the selection, the filters and the as-of day. */
export interface ViewState {
  view: ViewName;
  /** Explore: the entity whose neighbourhood is drawn, its depth, and the nodes expanded since. */
  focus: string | null;
  depth: number;
  expanded: string[];
  hidden: string[];
  pinned: string[];
  /** Where pinned nodes were left (model coordinates), so a shared link draws them there. */
  pinnedAt: Record<string, { x: number; y: number }>;
  /** The node or edge whose details are open. */
  selected: string | null;
  meeting: string | null;
  pathFrom: string | null;
  pathTo: string | null;
  /** Sources: the article open in the reading pane, and the quote chosen in it. */
  source: string | null;
  quote: string | null;
  /** Positions: the table instead of the drawing. */
  table: boolean;
  /** Entity types shown; empty means all. */
  types: EntityType[];
  from: string | null;
  to: string | null;
  asOf: string | null;
  /** The text of the main search box: what was chosen, kept across reloads. */
  query: string | null;
  /** Positions: the drawing grouped by issue category or by camp. */
  group: 'none' | 'issue' | 'camp';
  /** Positions matrix: only issues of this category (`IssueCategory`). */
  category: string | null;
  /** The dataset version the link was made on. */
  dataset: string | null;
  /** A synthetic graph of this many nodes instead of the API's (the large-graph test). */
  synthetic: number | null;
}

/** The state of a fresh page: explore, nothing chosen, no filter. */
export const DEFAULT_STATE: ViewState = Object.freeze({
  view: 'explore',
  focus: null,
  depth: 1,
  expanded: [],
  hidden: [],
  pinned: [],
  pinnedAt: {},
  selected: null,
  meeting: null,
  pathFrom: null,
  pathTo: null,
  source: null,
  quote: null,
  table: false,
  types: [],
  from: null,
  to: null,
  asOf: null,
  query: null,
  group: 'camp',
  category: null,
  dataset: null,
  synthetic: null,
}) as ViewState;
