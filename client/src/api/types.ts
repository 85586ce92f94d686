// The shapes the client reads, named after what they are: each is the generated type of a selection
// in queries.ts (`npm run codegen`), or, for the details panel, a view every detail query satisfies.
import type * as Generated from './generated/operation-types.js';

export type { EntityType, FactStatus, Position } from './generated/operation-types.js';
type EntityType = Generated.EntityType;

/** Every entity type, in legend order; `satisfies` keeps it to the schema's values. */
export const ENTITY_TYPES = [
  'PERSON',
  'STATE',
  'ORGANISATION',
  'GROUP',
  'PLACE',
  'MEETING',
  'DELEGATION',
  'ISSUE',
  'STANCE',
  'DOCUMENT',
  'DOCUMENT_EVENT',
  'CONTACT',
] as const satisfies readonly EntityType[];

/** What every fact may carry besides evidence: its status, who gave it, a curator's note. */
export interface Attested {
  status?: Generated.FactStatus;
  statusBy?: Named[];
  note?: string | null;
}

/** A quote and the article it comes from; lighter selections leave some of the article's fields out. */
export interface Evidence {
  quote: string;
  source: {
    /** The article's id: "Open in article" goes to it. */
    id?: string;
    publisher: string | null;
    title?: string | null;
    date: string;
    dateInferred?: boolean;
    url?: string | null;
  };
}

/** A fact with its evidence. */
export interface Evidenced {
  evidence: Evidence[];
  sourceCount: number;
}

/** Nodes and edges ready to draw. */
export type Graph = Generated.GraphFieldsFragment;
/** A node of a drawable graph. */
export type GraphNode = Graph['nodes'][number];
/** An edge of a drawable graph: one fact. */
export type GraphEdge = Graph['edges'][number];

/** A reference to a named entity. */
export interface Named {
  __typename?: string;
  id: string;
  name: string;
}

/** One search result. */
export type SearchHit = Generated.SearchQuery['search'][number];

/** A meeting with its parties, as the meetings view draws it. */
export type MeetingDetail = Generated.MeetingQuery['meeting'];
/** A person's seat in a delegation. */
export type Membership = MeetingDetail['delegations'][number]['members'][number];

/** A meeting as the timeline lists it. */
export type MeetingSummary = Generated.MeetingsQuery['meetings']['items'][number];

/** A stance as the positions view shows it; `claimant` set when it is another actor's word. */
export type StanceItem = Generated.StanceFieldsFragment;
/** A stance as the panel lists it: the full stance, or one of the lighter lines. */
export type StanceLine = StanceItem | Generated.StanceLineFragment | Generated.ClaimLineFragment;

/** Pairs of actors with the number of issues they agree (congruence) and disagree (conflict) on. */
export type AgreementNetwork = Generated.AgreementNetworkQuery['agreementNetwork'];

/** An issue on which parties to the same meeting stand opposed. */
export type StickingPoint = Generated.StickingPointsQuery['stickingPoints'][number];

/** Where each actor stands on one issue. */
export type ComparedIssue = Generated.ComparePositionsQuery['comparePositions']['issues'][number];

/** The loaded dataset's identity. */
export type DatasetInfo = Generated.DatasetQuery['dataset'];

/** What the start page shows: the dataset's size and sources, and the talks rounds with who headed them. */
export type StartPageData = Generated.StartPageQuery;

/** A post a person held. */
export interface PostItem extends Evidenced {
  title: string;
  of: Named;
  from: string | null;
  until: string | null;
  attested: string;
}

/** A document's event, as the panel lists it. */
export interface DocumentEventItem extends Evidenced, Attested {
  kind: string;
  date: string | null;
  by: Named;
  to: Named[];
  document?: Named;
}

/** The details panel's view of any entity; fields absent for types that lack them. */
export interface EntityDetail extends Partial<Evidenced>, Attested {
  __typename: string;
  id: string;
  name?: string;
  aliases?: string[];
  orgKind?: string;
  meetingKind?: string;
  description?: string | null;
  start?: string;
  summary?: string | null;
  position?: Generated.Position;
  actor?: Named;
  voicedBy?: Named | null;
  claimant?: Named | null;
  date?: string | null;
  posts?: PostItem[];
  delegations?: (Evidenced & {
    role: string;
    capacity: string | null;
    delegation: { name: string; meeting: Named & { start: string } };
  })[];
  stances?: StanceLine[];
  officeholders?: (Evidenced & { title: string; attested: string; person: Named })[];
  /** Others' claims about this actor, and this actor's claims about others. */
  claimsAbout?: StanceLine[];
  claims?: StanceLine[];
  groupKind?: string;
  members?: (Evidenced & Attested & { actor: Named })[];
  documentKind?: string;
  authors?: Named[];
  addressees?: Named[];
  terms?: StanceLine[];
  events?: DocumentEventItem[];
  contactKind?: string;
  parties?: Named[];
  kind?: string;
  by?: Named;
  to?: Named[];
  endStatus?: string | null;
  meetingStatus?: string;
}

/** The answers of the detail queries, one per entity type. */
type DetailAnswer = NonNullable<
  (
    | Generated.PersonDetailQuery
    | Generated.StateDetailQuery
    | Generated.OrganisationDetailQuery
    | Generated.GroupDetailQuery
    | Generated.DocumentDetailQuery
    | Generated.ContactDetailQuery
    | Generated.IssueDetailQuery
    | Generated.StanceDetailQuery
    | Generated.PlaceDetailQuery
    | Generated.MeetingDetailQuery
    | Generated.DelegationDetailQuery
  )['node']
>;
type Fits<T extends EntityDetail> = T;
/** Every detail query's answer, which must fit the panel's view: this fails to compile when they drift apart. */
export type EntityDetailAnswer = Fits<DetailAnswer>;
