import type { EntityType, Position } from '../api/types.js';

/** How one entity type is drawn: a shape and a colour, always together, so colour is never the only cue. */
export interface TypeLook {
  shape: string;
  colour: string;
  /** What the legend calls it. */
  name: string;
  /** A text symbol for the legend and the table, matching the shape. */
  symbol: string;
}

// The Okabe–Ito palette: distinguishable with the common colour-vision deficiencies.
/** The drawing of each entity type; the stylesheet and the legend both read this table. */
export const TYPE_LOOK: Record<EntityType, TypeLook> = {
  PERSON: { shape: 'ellipse', colour: '#0072B2', name: 'Person', symbol: '●' },
  STATE: { shape: 'round-rectangle', colour: '#E69F00', name: 'State', symbol: '■' },
  ORGANISATION: { shape: 'hexagon', colour: '#009E73', name: 'Organisation', symbol: '⬢' },
  PLACE: { shape: 'round-triangle', colour: '#56B4E9', name: 'Place', symbol: '▲' },
  MEETING: { shape: 'diamond', colour: '#CC79A7', name: 'Meeting', symbol: '◆' },
  DELEGATION: { shape: 'round-rectangle', colour: '#C9B800', name: 'Delegation', symbol: '▢' },
  ISSUE: { shape: 'star', colour: '#D55E00', name: 'Issue', symbol: '★' },
  STANCE: { shape: 'round-tag', colour: '#777777', name: 'Stance', symbol: '⬟' },
  GROUP: { shape: 'round-octagon', colour: '#E69F00', name: 'Group', symbol: '⯃' },
  DOCUMENT: { shape: 'rectangle', colour: '#000000', name: 'Document', symbol: '▭' },
  DOCUMENT_EVENT: { shape: 'vee', colour: '#555555', name: 'Document event', symbol: '▼' },
  CONTACT: { shape: 'round-diamond', colour: '#CC79A7', name: 'Contact', symbol: '◇' },
};

/**
 * The box around a camp or an issue category (positions): grey, to read as a grouping rather than as
 * a node of some type; its caption a little larger than the names it holds.
 */
export const GROUP_BOX = { colour: '#777777', name: 'grey box', fontSize: 18, padding: 10 } as const;

/** How one side of an issue is drawn: a colour and a line style, again never colour alone. */
export interface StandLook {
  colour: string;
  line: 'solid' | 'dashed' | 'dotted';
  name: string;
}

/** For, against and conditional positions. */
export const STAND_LOOK: Record<'FOR' | 'AGAINST' | 'CONDITIONAL', StandLook> = {
  FOR: { colour: '#0072B2', line: 'solid', name: 'for (supports, demands, proposes, accepts)' },
  AGAINST: { colour: '#D55E00', line: 'dashed', name: 'against (opposes, rejects)' },
  CONDITIONAL: { colour: '#8C6D00', line: 'dotted', name: 'conditional' },
};

/** Which side of its issue each position is on (the schema's `Stand`). */
export function standOf(position: Position): keyof typeof STAND_LOOK {
  if (position === 'OPPOSES' || position === 'REJECTS') return 'AGAINST';
  if (position === 'CONDITIONAL') return 'CONDITIONAL';
  return 'FOR';
}
