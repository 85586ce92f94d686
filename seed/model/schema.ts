import { z } from 'zod';
import { isPartialDate } from './dates.js';
import {
  ATTRIBUTIONS,
  CONTACT_KINDS,
  DELEGATION_ROLES,
  DOCUMENT_EVENT_KINDS,
  DOCUMENT_KINDS,
  END_STATUSES,
  FACT_STATUSES,
  GROUP_KINDS,
  ISSUE_CATEGORIES,
  MEDIATOR_ROLES,
  MEETING_KINDS,
  MEETING_STATUSES,
  ORGANISATION_KINDS,
  PLOVER_EVENT_TYPES,
  POSITIONS,
} from './vocabulary.js';

/**
 * The schema of every file in `seed/data/`. Objects are strict so a misspelt field is an error,
 * not a silently ignored key. Cross-file rules (references, unique ids) live in `validate/`.
 */

// Plain words for the commonest mistakes: a missing or misspelt field, a value of the wrong type.
z.config({
  customError: (issue) => {
    if (issue.code === 'unrecognized_keys')
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    if (issue.code !== 'invalid_type') return undefined;
    if (issue.input === undefined) return 'is required';
    const got = issue.input === null ? 'null' : Array.isArray(issue.input) ? 'a list' : typeof issue.input;
    return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, got ${got}`;
  },
});

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = z.string().regex(ID_PATTERN, {
  error: (issue) => `not a slug id (lower-case words joined by '-'): ${JSON.stringify(issue.input)}`,
});
const reference = id;
const text = z.string().trim().min(1, { error: 'must not be empty' });
// A name is printed in lists, labels and CSV rows: a tab, a line break or a NUL there is a slip.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
const name = text.refine((value) => !CONTROL_CHARACTER.test(value), {
  error: (issue) => `contains a control character: ${JSON.stringify(issue.input)}`,
});
const partialDate = z.string().refine(isPartialDate, {
  error: (issue) => `not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${JSON.stringify(issue.input)}`,
});

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => `unknown value ${JSON.stringify(issue.input)}; expected one of: ${values.join(', ')}`,
  });
}

export const evidenceSchema = z.strictObject({ source: reference, quote: text });
const evidence = z.array(evidenceSchema).min(1, { error: 'needs at least one piece of evidence' });
const aliases = z.array(name).default([]);
/**
 * The ids of entities merged into this one (`mergeEntities`): no other entry may declare them,
 * nothing may refer to them, and the API answers for this entity when asked for one of them.
 */
const formerIds = z.array(id).default([]);
const references = z.array(reference);

/**
 * A fact withdrawn by an editor: it stays in its file, readable on request, but the graph no longer
 * holds it. `by` is the user who retracted it and `at` when (an ISO date-time).
 */
export const retractionSchema = z.strictObject({
  reason: text,
  by: name,
  at: z.iso.datetime({ offset: true, error: (issue) => `not an ISO date-time: ${JSON.stringify(issue.input)}` }),
});

/**
 * Fields every fact may carry: how the article gives it, who reported, denied or disputed it, a
 * curator's caveat, and its retraction. Spread into every schema that has `evidence`.
 */
const factFields = {
  status: oneOf(FACT_STATUSES).default('stated'),
  statusBy: references.default([]),
  note: text.optional(),
  retracted: retractionSchema.optional(),
};
/** Meetings say whether they took place with their own words, and whether their end is attested. */
const meetingFactFields = {
  status: oneOf(MEETING_STATUSES).default('held'),
  endStatus: oneOf(END_STATUSES).optional(),
  statusBy: references.default([]),
  note: text.optional(),
  retracted: retractionSchema.optional(),
};
const eventType = oneOf(PLOVER_EVENT_TYPES);

export const sourceSchema = z.strictObject({
  id,
  file: text,
  publisher: text.nullable(),
  title: text.nullable(),
  author: text.nullable().optional(),
  date: partialDate,
  dateInferred: z.boolean(),
  url: z.url({ error: (issue) => `not a URL: ${JSON.stringify(issue.input)}` }).optional(),
  note: text.optional(),
});

export const stateSchema = z.strictObject({ id, name, aliases, formerIds, evidence, ...factFields });

export const organisationSchema = z.strictObject({
  id,
  name,
  aliases,
  formerIds,
  kind: oneOf(ORGANISATION_KINDS),
  partOf: reference.optional(),
  evidence,
  ...factFields,
});

export const placeSchema = z.strictObject({
  id,
  name,
  aliases,
  formerIds,
  in: reference.optional(),
  evidence,
  ...factFields,
});

export const postSchema = z.strictObject({
  title: text,
  of: reference,
  from: partialDate.optional(),
  until: partialDate.optional(),
  attested: partialDate,
  evidence,
  ...factFields,
});

export const representationSchema = z.strictObject({
  for: reference,
  role: text,
  attested: partialDate,
  evidence,
  ...factFields,
});

export const relationSchema = z.strictObject({ to: reference, kind: text, evidence, ...factFields });

export const personSchema = z.strictObject({
  id,
  name,
  aliases,
  formerIds,
  nationality: reference.optional(),
  evidence,
  ...factFields,
  posts: z.array(postSchema).default([]),
  represents: z.array(representationSchema).default([]),
  relations: z.array(relationSchema).default([]),
});

export const memberSchema = z.strictObject({
  person: reference,
  role: oneOf(DELEGATION_ROLES),
  capacity: text.optional(),
  evidence,
  ...factFields,
});

export const delegationSchema = z.strictObject({
  id,
  represents: reference,
  evidence,
  ...factFields,
  members: z.array(memberSchema).default([]),
});

export const meetingSchema = z.strictObject({
  id,
  name,
  aliases,
  kind: oneOf(MEETING_KINDS),
  start: partialDate,
  end: partialDate.optional(),
  place: reference.optional(),
  follows: reference.optional(),
  evidence,
  ...meetingFactFields,
  hosts: z.array(z.strictObject({ actor: reference, evidence, ...factFields })).default([]),
  mediators: z
    .array(z.strictObject({ actor: reference, role: oneOf(MEDIATOR_ROLES), evidence, ...factFields }))
    .default([]),
  delegations: z.array(delegationSchema).default([]),
});

export const issueSchema = z.strictObject({
  id,
  name,
  aliases,
  formerIds,
  category: oneOf(ISSUE_CATEGORIES),
  description: text,
  /** Words a reader would search with ("deported children"); searchable like aliases. */
  keywords: z.array(name).default([]),
  evidence,
  ...factFields,
});

export const stanceSchema = z.strictObject({
  id,
  actor: reference,
  issue: reference,
  position: oneOf(POSITIONS),
  date: partialDate,
  voicedBy: reference.optional(),
  attribution: oneOf(ATTRIBUTIONS),
  reportedBy: reference.optional(),
  meeting: reference.optional(),
  summary: text,
  evidence,
  ...factFields,
  /** Who says the holder (`actor`) holds this position, when it is not the holder's own word. */
  claimant: reference.optional(),
  /** What the position depends on; required when `position` is `conditional` (see validate/consistency.ts). */
  condition: z.strictObject({ text, issue: reference.optional() }).optional(),
  /** The document this position is a term of. */
  document: reference.optional(),
  /** The PLOVER type of the act, and the actor or actors it is directed at (one dyad per target). */
  event: eventType.optional(),
  target: z
    .union([reference, references.min(1, { error: 'must name at least one actor' })])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .optional(),
});

/** A known member of a group. */
export const groupMemberSchema = z.strictObject({ actor: reference, evidence, ...factFields });

/** An actor that stands for a set of others: a coalition, a bloc, a region, unnamed officials, a community. */
export const groupSchema = z.strictObject({
  id,
  name,
  aliases,
  formerIds,
  kind: oneOf(GROUP_KINDS),
  description: text,
  /** For unnamed officials of one state ("Ukrainian sources"): the state. */
  of: reference.optional(),
  members: z.array(groupMemberSchema).default([]),
  evidence,
  ...factFields,
});

/** Something that happened to a document: drafted, issued, handed over, received, published, obtained. */
export const documentEventSchema = z.strictObject({
  kind: oneOf(DOCUMENT_EVENT_KINDS),
  date: partialDate.optional(),
  by: reference,
  to: references.default([]),
  meeting: reference.optional(),
  event: eventType.optional(),
  evidence,
  ...factFields,
});

/** A memorandum, draft, proposal, roadmap, letter or plan; its terms are stances with `document: <id>`. */
export const documentSchema = z.strictObject({
  id,
  name,
  aliases,
  kind: oneOf(DOCUMENT_KINDS),
  date: partialDate.optional(),
  authors: references.min(1, { error: 'needs at least one author' }),
  addressees: references.default([]),
  description: text.optional(),
  evidence,
  ...factFields,
  events: z.array(documentEventSchema).default([]),
});

/** A consultation, coordination, technical talks or message between actors outside any meeting. */
export const contactSchema = z.strictObject({
  id,
  kind: oneOf(CONTACT_KINDS),
  parties: references.min(2, { error: 'needs at least two parties' }),
  initiator: reference.optional(),
  date: partialDate.optional(),
  summary: text,
  event: eventType.optional(),
  evidence,
  ...factFields,
});

/** Each data file holds one top-level list, named after the file. */
export const DATA_FILES = {
  sources: sourceSchema,
  states: stateSchema,
  organisations: organisationSchema,
  places: placeSchema,
  people: personSchema,
  meetings: meetingSchema,
  issues: issueSchema,
  stances: stanceSchema,
  groups: groupSchema,
  documents: documentSchema,
  contacts: contactSchema,
} as const;

export type Collection = keyof typeof DATA_FILES;

/** True for the collections whose entries can absorb a duplicate (`formerIds`): actors, places, issues. */
export function isMergeable(collection: Collection): boolean {
  return 'formerIds' in DATA_FILES[collection].shape;
}

/** Files added after the first release: absent means an empty list, so older datasets still load. */
export const OPTIONAL_FILES: ReadonlySet<Collection> = new Set(['groups', 'documents', 'contacts']);
export type Evidence = z.infer<typeof evidenceSchema>;
export type Source = z.infer<typeof sourceSchema> & {
  /** The article's full text, read from `sources/<file>` when the dataset is validated. */
  text?: string;
};
export type State = z.infer<typeof stateSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Person = z.infer<typeof personSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Delegation = z.infer<typeof delegationSchema>;
export type Issue = z.infer<typeof issueSchema>;
export type Stance = z.infer<typeof stanceSchema>;
export type Group = z.infer<typeof groupSchema>;
export type GroupMember = z.infer<typeof groupMemberSchema>;
export type DocumentEntry = z.infer<typeof documentSchema>;
export type DocumentEvent = z.infer<typeof documentEventSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Retraction = z.infer<typeof retractionSchema>;
/** The fields every fact carries (see factFields). */
export interface FactFields {
  status: string;
  statusBy: string[];
  note?: string | undefined;
  retracted?: Retraction | undefined;
  evidence: Evidence[];
}

/** The whole validated dataset, one list per collection. */
export interface Dataset {
  sources: Source[];
  states: State[];
  organisations: Organisation[];
  places: Place[];
  people: Person[];
  meetings: Meeting[];
  issues: Issue[];
  stances: Stance[];
  groups: Group[];
  documents: DocumentEntry[];
  contacts: Contact[];
}
