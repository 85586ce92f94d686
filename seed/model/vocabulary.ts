/** The closed vocabularies of the dataset; the seed rejects any other value. */

export const ORGANISATION_KINDS = [
  'alliance',
  'intergovernmental',
  'government-body',
  'ministry',
  'intelligence-agency',
  'armed-forces',
  'presidency',
  'news-agency',
  'news-outlet',
  'emergency-service',
  'bloc',
  'other',
] as const;

export const MEETING_KINDS = [
  'talks-round',
  'bilateral-meeting',
  'multilateral-meeting',
  'phone-call',
  'summit',
  'visit',
] as const;

export const MEDIATOR_ROLES = ['chair', 'mediator', 'broker', 'observer'] as const;

export const DELEGATION_ROLES = ['head', 'member'] as const;

export const ISSUE_CATEGORIES = [
  'territory',
  'security',
  'ceasefire',
  'humanitarian',
  'economic',
  'sanctions',
  'nuclear',
  'process',
] as const;

/** Positions toward an issue phrased as a proposition: the first four are for it, the next two against. */
export const POSITIONS = ['supports', 'demands', 'proposes', 'accepts', 'opposes', 'rejects', 'conditional'] as const;

export const ATTRIBUTIONS = ['official-statement', 'public-remarks', 'social-media', 'document', 'reported'] as const;

/** Which side of its issue each position puts an actor on; agreement and conflict compare these. */
export const STAND_OF: Record<(typeof POSITIONS)[number], 'for' | 'against' | 'conditional'> = {
  supports: 'for',
  demands: 'for',
  proposes: 'for',
  accepts: 'for',
  opposes: 'against',
  rejects: 'against',
  conditional: 'conditional',
};
