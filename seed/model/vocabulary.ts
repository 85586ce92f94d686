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

/**
 * How an article gives a fact: `stated` as fact (the default), `reported` as others' reports,
 * `planned` or `scheduled` ahead of time, `denied` or `disputed` by someone, or `inferred` by the
 * curator from words that do not state it outright (the fact's `note` says why).
 */
export const FACT_STATUSES = ['stated', 'reported', 'planned', 'scheduled', 'denied', 'disputed', 'inferred'] as const;

/** Whether a meeting took place: `held` (the default), or only announced, planned, possible, or called off. */
export const MEETING_STATUSES = ['held', 'scheduled', 'planned', 'possible', 'cancelled'] as const;

/**
 * How a meeting's status reads as a fact's status. A meeting's own links (its place, the round it
 * follows) carry the meeting's word; where a fact's status is asked, as on a drawn edge, a link of
 * a meeting that has not taken place reads as planned.
 */
export const MEETING_STATUS_AS_FACT_STATUS = {
  held: 'stated',
  scheduled: 'scheduled',
  planned: 'planned',
  possible: 'planned',
  cancelled: 'planned',
} as const satisfies Record<(typeof MEETING_STATUSES)[number], (typeof FACT_STATUSES)[number]>;

/** Whether a meeting's end date is attested (the default when `end` is given) or was only announced. */
export const END_STATUSES = ['attested', 'scheduled'] as const;

/** The statuses a "confirmed only" question keeps: the article states the fact, or that the meeting was held. */
export const CONFIRMED_FACT_STATUS = 'stated' satisfies (typeof FACT_STATUSES)[number];
export const CONFIRMED_MEETING_STATUS = 'held' satisfies (typeof MEETING_STATUSES)[number];

/** What kind of set of actors a group is: "Europe" is a region, "Ukrainian sources" are officials. */
export const GROUP_KINDS = ['coalition', 'bloc', 'region', 'officials', 'community'] as const;

export const DOCUMENT_KINDS = [
  'memorandum',
  'draft',
  'proposal',
  'roadmap',
  'letter',
  'plan',
  'list',
  'resolution',
  'doctrine',
  'agreement',
] as const;

/** What happened to a document; for `received`, `by` is who received it. */
export const DOCUMENT_EVENT_KINDS = ['drafted', 'issued', 'handed-over', 'received', 'published', 'obtained'] as const;

/** Contacts between actors outside meetings. */
export const CONTACT_KINDS = ['consultation', 'coordination', 'technical-talks', 'message'] as const;

/**
 * The sixteen event types of PLOVER, the Open Event Data Alliance's successor to CAMEO, for acts
 * of one actor toward another ("who did what to whom").
 * https://github.com/openeventdata/PLOVER
 */
export const PLOVER_EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
