import { z } from 'zod';
import { isPartialDate } from './dates.js';
import {
  ATTRIBUTIONS,
  DELEGATION_ROLES,
  ISSUE_CATEGORIES,
  MEDIATOR_ROLES,
  MEETING_KINDS,
  ORGANISATION_KINDS,
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
const aliases = z.array(text).default([]);

export const sourceSchema = z.strictObject({
  id,
  file: text,
  publisher: text.nullable(),
  title: text.nullable(),
  author: text.nullable().optional(),
  date: partialDate,
  dateInferred: z.boolean(),
  note: text.optional(),
});

export const stateSchema = z.strictObject({ id, name: text, aliases, evidence });

export const organisationSchema = z.strictObject({
  id,
  name: text,
  aliases,
  kind: oneOf(ORGANISATION_KINDS),
  partOf: reference.optional(),
  evidence,
});

export const placeSchema = z.strictObject({ id, name: text, aliases, in: reference.optional(), evidence });

export const postSchema = z.strictObject({
  title: text,
  of: reference,
  from: partialDate.optional(),
  until: partialDate.optional(),
  attested: partialDate,
  evidence,
});

export const representationSchema = z.strictObject({
  for: reference,
  role: text,
  attested: partialDate,
  evidence,
});

export const relationSchema = z.strictObject({ to: reference, kind: text, evidence });

export const personSchema = z.strictObject({
  id,
  name: text,
  aliases,
  nationality: reference.optional(),
  evidence,
  posts: z.array(postSchema).default([]),
  represents: z.array(representationSchema).default([]),
  relations: z.array(relationSchema).default([]),
});

export const memberSchema = z.strictObject({
  person: reference,
  role: oneOf(DELEGATION_ROLES),
  capacity: text.optional(),
  evidence,
});

export const delegationSchema = z.strictObject({
  id,
  represents: reference,
  evidence,
  members: z.array(memberSchema).default([]),
});

export const meetingSchema = z.strictObject({
  id,
  name: text,
  aliases,
  kind: oneOf(MEETING_KINDS),
  start: partialDate,
  end: partialDate.optional(),
  place: reference.optional(),
  follows: reference.optional(),
  evidence,
  hosts: z.array(z.strictObject({ actor: reference, evidence })).default([]),
  mediators: z.array(z.strictObject({ actor: reference, role: oneOf(MEDIATOR_ROLES), evidence })).default([]),
  delegations: z.array(delegationSchema).default([]),
});

export const issueSchema = z.strictObject({
  id,
  name: text,
  aliases,
  category: oneOf(ISSUE_CATEGORIES),
  description: text,
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
} as const;

export type Collection = keyof typeof DATA_FILES;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type State = z.infer<typeof stateSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Person = z.infer<typeof personSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Delegation = z.infer<typeof delegationSchema>;
export type Issue = z.infer<typeof issueSchema>;
export type Stance = z.infer<typeof stanceSchema>;

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
}
