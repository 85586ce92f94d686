// The shapes the client selects from schema.graphql; each mirrors a selection in queries.ts.

/** The kinds of entity, as `EntityType` in the schema. */
export type EntityType =
  | 'PERSON'
  | 'STATE'
  | 'ORGANISATION'
  | 'GROUP'
  | 'PLACE'
  | 'MEETING'
  | 'DELEGATION'
  | 'ISSUE'
  | 'STANCE'
  | 'DOCUMENT'
  | 'DOCUMENT_EVENT'
  | 'CONTACT';

/** Every entity type, in legend order. */
export const ENTITY_TYPES: readonly EntityType[] = [
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
];

/** How an article gives a fact, as `FactStatus` in the schema. */
export type FactStatus = 'STATED' | 'REPORTED' | 'PLANNED' | 'SCHEDULED' | 'DENIED' | 'DISPUTED' | 'INFERRED';

/** What every fact may carry besides evidence: its status, who gave it, a curator's note. */
export interface Attested {
  status?: FactStatus;
  statusBy?: Named[];
  note?: string | null;
}

/** A position toward an issue, as `Position` in the schema. */
export type Position = 'SUPPORTS' | 'DEMANDS' | 'PROPOSES' | 'ACCEPTS' | 'OPPOSES' | 'REJECTS' | 'CONDITIONAL';

/** A quote and the article it comes from. */
export interface Evidence {
  quote: string;
  source: { publisher: string | null; title: string | null; date: string; dateInferred?: boolean; url?: string | null };
}

/** A fact with its evidence. */
export interface Evidenced {
  evidence: Evidence[];
  sourceCount: number;
}

/** A node of a drawable graph. */
export interface GraphNode {
  id: string;
  type: EntityType;
  label: string;
  distance: number;
  date: string | null;
}

/** An edge of a drawable graph: one fact. */
export interface GraphEdge extends Evidenced {
  id: string;
  type: string;
  source: string;
  target: string;
  label: string | null;
  date: string | null;
}

/** Nodes and edges ready to draw. */
export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** A reference to a named entity. */
export interface Named {
  __typename?: string;
  id: string;
  name: string;
}

/** One search result. */
export interface SearchHit {
  type: EntityType;
  matched: string;
  score: number;
  entity: Named;
}

/** A person's seat in a delegation. */
export interface Membership extends Evidenced {
  person: Named;
  role: 'HEAD' | 'MEMBER';
  capacity: string | null;
}

/** A meeting with its parties, as the meetings view draws it. */
export interface MeetingDetail extends Evidenced {
  id: string;
  name: string;
  kind: string;
  start: string;
  end: string | null;
  place: Named | null;
  hosts: (Evidenced & { actor: Named })[];
  mediators: (Evidenced & { actor: Named; role: string })[];
  delegations: (Evidenced & { id: string; name: string; represents: Named; members: Membership[] })[];
}

/** A meeting as the timeline lists it. */
export interface MeetingSummary {
  id: string;
  name: string;
  kind: string;
  start: string;
  end: string | null;
  place: { name: string } | null;
}

/** A stance as the positions view and the panel show it; `claimant` set when it is another actor's word. */
export interface StanceItem extends Evidenced, Attested {
  id: string;
  actor: Named;
  claimant?: Named | null;
  condition?: { text: string; issue: Named | null } | null;
  issue: Named & { category?: string };
  position: Position;
  stand: 'FOR' | 'AGAINST' | 'CONDITIONAL';
  date: string;
  summary: string;
  voicedBy: Named | null;
}

/** Pairs of actors with the number of issues they agree (congruence) and disagree (conflict) on. */
export interface AgreementNetwork {
  links: { a: { id: string }; b: { id: string }; congruence: number; conflict: number }[];
}

/** An issue on which parties to the same meeting stand opposed. */
export interface StickingPoint {
  issue: Named;
  meeting: Named & { start: string };
}

/** Where each actor stands on one issue. */
export interface ComparedIssue {
  issue: Named;
  positions: { actor: Named; stance: { position: Position; date: string } | null }[];
}

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
  description?: string;
  start?: string;
  summary?: string;
  position?: Position;
  actor?: Named;
  voicedBy?: Named | null;
  claimant?: Named | null;
  date?: string;
  posts?: PostItem[];
  delegations?: (Evidenced & {
    role: string;
    capacity: string | null;
    delegation: { name: string; meeting: Named & { start: string } };
  })[];
  stances?: StanceItem[];
  officeholders?: (Evidenced & { title: string; attested: string; person: Named })[];
  /** Others' claims about this actor, and this actor's claims about others. */
  claimsAbout?: StanceItem[];
  claims?: StanceItem[];
  groupKind?: string;
  members?: (Evidenced & Attested & { actor: Named })[];
  documentKind?: string;
  authors?: Named[];
  addressees?: Named[];
  terms?: StanceItem[];
  events?: DocumentEventItem[];
  contactKind?: string;
  parties?: Named[];
  kind?: string;
  by?: Named;
  to?: Named[];
  endStatus?: string | null;
  meetingStatus?: string;
}

/** The loaded dataset's identity. */
export interface DatasetInfo {
  version: string;
  facts: number;
  quotes: number;
}

/** What the start page shows: the dataset's size and sources, and the talks rounds with who headed them. */
export interface StartPageData {
  dataset: { facts: number; quotes: number };
  meetings: { total: number };
  people: { total: number };
  issues: { total: number };
  sources: { id: string; publisher: string | null }[];
  talks: {
    items: {
      id: string;
      name: string;
      start: string;
      place: { name: string } | null;
      delegations: { represents: Named; heads: { person: Named }[] }[];
    }[];
  };
}
