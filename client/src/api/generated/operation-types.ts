// Generated from schema.graphql by `npm run codegen`; do not edit.
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type OrganisationKind =
  | 'ALLIANCE'
  | 'INTERGOVERNMENTAL'
  | 'GOVERNMENT_BODY'
  | 'MINISTRY'
  | 'INTELLIGENCE_AGENCY'
  | 'ARMED_FORCES'
  | 'PRESIDENCY'
  | 'NEWS_AGENCY'
  | 'NEWS_OUTLET'
  | 'EMERGENCY_SERVICE'
  | 'BLOC'
  | 'OTHER';

export type MeetingKind =
  'TALKS_ROUND' | 'BILATERAL_MEETING' | 'MULTILATERAL_MEETING' | 'PHONE_CALL' | 'SUMMIT' | 'VISIT';

export type MediatorRole = 'CHAIR' | 'MEDIATOR' | 'BROKER' | 'OBSERVER';

export type DelegationRole = 'HEAD' | 'MEMBER';

/** The kinds of entity, for filters and for drawing. */
export type EntityType =
  | 'PERSON'
  | 'STATE'
  | 'ORGANISATION'
  | 'PLACE'
  | 'MEETING'
  | 'DELEGATION'
  | 'ISSUE'
  | 'STANCE'
  | 'GROUP'
  | 'DOCUMENT'
  | 'DOCUMENT_EVENT'
  | 'CONTACT';

export type IssueCategory =
  'TERRITORY' | 'SECURITY' | 'CEASEFIRE' | 'HUMANITARIAN' | 'ECONOMIC' | 'SANCTIONS' | 'NUCLEAR' | 'PROCESS';

/** A position toward an issue: the first four are for it, OPPOSES and REJECTS against it. */
export type Position = 'SUPPORTS' | 'DEMANDS' | 'PROPOSES' | 'ACCEPTS' | 'OPPOSES' | 'REJECTS' | 'CONDITIONAL';

/** Whether a position is for, against, or conditionally for its issue. */
export type Stand = 'FOR' | 'AGAINST' | 'CONDITIONAL';

export type StanceFilter = {
  actors?: Array<string | number> | null | undefined;
  issues?: Array<string | number> | null | undefined;
  positions?: Array<Position> | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  /** Only the latest stance of each actor on each issue by this day. */
  asOf?: string | null | undefined;
  /** Only stances of these statuses. */
  status?: Array<FactStatus> | null | undefined;
  /** Only stances the article states as fact (status STATED). */
  confirmedOnly?: boolean | null | undefined;
  /** Claims made by these actors about others' positions, instead of the holders' own word. */
  claimedBy?: Array<string | number> | null | undefined;
  /** Every claim, whoever made it (what one actor says another holds), instead of the holders' own word; `claimedBy` narrows it to some claimants. */
  claims?: boolean | null | undefined;
};

/** Who may change the graph: editors write facts, admins also manage API tokens. */
export type Role =
  /** Signed in, writes nothing: every edit is FORBIDDEN. */
  'READER' | 'EDITOR' | 'ADMIN';

/** How an article gives a fact. */
export type FactStatus =
  /** The article states it as fact. */
  | 'STATED'
  /** The article attributes it to others' reports. */
  | 'REPORTED'
  | 'PLANNED'
  | 'SCHEDULED'
  | 'DENIED'
  | 'DISPUTED'
  /** A curator's inference the article does not state in so many words (its note says why). */
  | 'INFERRED';

export type MeetingStatus = 'HELD' | 'SCHEDULED' | 'PLANNED' | 'POSSIBLE' | 'CANCELLED';

/** Whether a meeting's end date is attested, or was only announced ("set to continue on Thursday"). */
export type EndStatus = 'ATTESTED' | 'SCHEDULED';

export type GroupKind = 'COALITION' | 'BLOC' | 'REGION' | 'OFFICIALS' | 'COMMUNITY';

export type DocumentKind =
  | 'MEMORANDUM'
  | 'DRAFT'
  | 'PROPOSAL'
  | 'ROADMAP'
  | 'LETTER'
  | 'PLAN'
  | 'LIST'
  | 'RESOLUTION'
  | 'DOCTRINE'
  | 'AGREEMENT';

export type DocumentEventKind = 'DRAFTED' | 'ISSUED' | 'HANDED_OVER' | 'RECEIVED' | 'PUBLISHED' | 'OBTAINED';

export type ContactKind = 'CONSULTATION' | 'COORDINATION' | 'TECHNICAL_TALKS' | 'MESSAGE';

/** Who withdrew a fact, when, and why. Written by `retractFact`; sent back unchanged when an entry is edited. */
export type RetractionInput = {
  reason: string;
  by: string;
  at: string;
};

/** One quote and the source it is taken from, verbatim (up to spacing). */
export type EvidenceInput = {
  source: string | number;
  quote: string;
};

/** An article: its metadata. Its full text is the `text` argument of `putSource`. */
export type SourceInput = {
  id: string | number;
  /** The text's file under `seed/data/sources/`; `<id>.txt` when absent. */
  file?: string | null | undefined;
  publisher?: string | null | undefined;
  title?: string | null | undefined;
  author?: string | null | undefined;
  date: string;
  /** True when the article's date is inferred rather than printed. */
  dateInferred: boolean;
  url?: string | null | undefined;
  note?: string | null | undefined;
};

export type StateInput = {
  id: string | number;
  name: string;
  aliases?: Array<string> | null | undefined;
  /** The ids of entities merged into this one: sent back unchanged. */
  formerIds?: Array<string | number> | null | undefined;
  evidence: Array<EvidenceInput>;
  status?: string | null | undefined;
  statusBy?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
  retracted?: RetractionInput | null | undefined;
};

export type OrganisationInput = {
  id: string | number;
  name: string;
  aliases?: Array<string> | null | undefined;
  /** The ids of entities merged into this one: sent back unchanged. */
  formerIds?: Array<string | number> | null | undefined;
  kind: string;
  partOf?: string | number | null | undefined;
  evidence: Array<EvidenceInput>;
  status?: string | null | undefined;
  statusBy?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
  retracted?: RetractionInput | null | undefined;
};

export type PostInput = {
  title: string;
  of: string | number;
  from?: string | null | undefined;
  until?: string | null | undefined;
  attested: string;
  evidence: Array<EvidenceInput>;
  status?: string | null | undefined;
  statusBy?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
  retracted?: RetractionInput | null | undefined;
};

export type RepresentationInput = {
  for: string | number;
  role: string;
  attested: string;
  evidence: Array<EvidenceInput>;
  status?: string | null | undefined;
  statusBy?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
  retracted?: RetractionInput | null | undefined;
};

export type RelationInput = {
  to: string | number;
  kind: string;
  evidence: Array<EvidenceInput>;
  status?: string | null | undefined;
  statusBy?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
  retracted?: RetractionInput | null | undefined;
};

export type PersonInput = {
  id: string | number;
  name: string;
  aliases?: Array<string> | null | undefined;
  /** The ids of entities merged into this one: sent back unchanged. */
  formerIds?: Array<string | number> | null | undefined;
  nationality?: string | number | null | undefined;
  evidence: Array<EvidenceInput>;
  status?: string | null | undefined;
  statusBy?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
  retracted?: RetractionInput | null | undefined;
  posts?: Array<PostInput> | null | undefined;
  represents?: Array<RepresentationInput> | null | undefined;
  relations?: Array<RelationInput> | null | undefined;
};

export type GroupMemberInput = {
  actor: string | number;
  evidence: Array<EvidenceInput>;
  status?: string | null | undefined;
  statusBy?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
  retracted?: RetractionInput | null | undefined;
};

export type GroupInput = {
  id: string | number;
  name: string;
  aliases?: Array<string> | null | undefined;
  /** The ids of entities merged into this one: sent back unchanged. */
  formerIds?: Array<string | number> | null | undefined;
  kind: string;
  description: string;
  of?: string | number | null | undefined;
  members?: Array<GroupMemberInput> | null | undefined;
  evidence: Array<EvidenceInput>;
  status?: string | null | undefined;
  statusBy?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
  retracted?: RetractionInput | null | undefined;
};

export type HostInput = {
  actor: string | number;
  evidence: Array<EvidenceInput>;
  status?: string | null | undefined;
  statusBy?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
  retracted?: RetractionInput | null | undefined;
};

export type MediatorInput = {
  actor: string | number;
  role: string;
  evidence: Array<EvidenceInput>;
  status?: string | null | undefined;
  statusBy?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
  retracted?: RetractionInput | null | undefined;
};

export type MemberInput = {
  person: string | number;
  role: string;
  capacity?: string | null | undefined;
  evidence: Array<EvidenceInput>;
  status?: string | null | undefined;
  statusBy?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
  retracted?: RetractionInput | null | undefined;
};

export type DelegationInput = {
  id: string | number;
  represents: string | number;
  evidence: Array<EvidenceInput>;
  status?: string | null | undefined;
  statusBy?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
  retracted?: RetractionInput | null | undefined;
  members?: Array<MemberInput> | null | undefined;
};

export type MeetingInput = {
  id: string | number;
  name: string;
  aliases?: Array<string> | null | undefined;
  kind: string;
  start: string;
  end?: string | null | undefined;
  place?: string | number | null | undefined;
  follows?: string | number | null | undefined;
  evidence: Array<EvidenceInput>;
  status?: string | null | undefined;
  endStatus?: string | null | undefined;
  statusBy?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
  retracted?: RetractionInput | null | undefined;
  hosts?: Array<HostInput> | null | undefined;
  mediators?: Array<MediatorInput> | null | undefined;
  delegations?: Array<DelegationInput> | null | undefined;
};

export type IssueInput = {
  id: string | number;
  name: string;
  aliases?: Array<string> | null | undefined;
  /** The ids of entities merged into this one: sent back unchanged. */
  formerIds?: Array<string | number> | null | undefined;
  category: string;
  description: string;
  keywords?: Array<string> | null | undefined;
  evidence: Array<EvidenceInput>;
  status?: string | null | undefined;
  statusBy?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
  retracted?: RetractionInput | null | undefined;
};

export type ConditionInput = {
  text: string;
  issue?: string | number | null | undefined;
};

export type StanceInput = {
  id: string | number;
  actor: string | number;
  issue: string | number;
  position: string;
  date: string;
  voicedBy?: string | number | null | undefined;
  attribution: string;
  reportedBy?: string | number | null | undefined;
  meeting?: string | number | null | undefined;
  summary: string;
  evidence: Array<EvidenceInput>;
  status?: string | null | undefined;
  statusBy?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
  retracted?: RetractionInput | null | undefined;
  claimant?: string | number | null | undefined;
  condition?: ConditionInput | null | undefined;
  document?: string | number | null | undefined;
  event?: string | null | undefined;
  /** The actors the act is directed at. */
  target?: Array<string | number> | null | undefined;
};

export type DocumentEventInput = {
  kind: string;
  date?: string | null | undefined;
  by: string | number;
  to?: Array<string | number> | null | undefined;
  meeting?: string | number | null | undefined;
  event?: string | null | undefined;
  evidence: Array<EvidenceInput>;
  status?: string | null | undefined;
  statusBy?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
  retracted?: RetractionInput | null | undefined;
};

export type DocumentInput = {
  id: string | number;
  name: string;
  aliases?: Array<string> | null | undefined;
  kind: string;
  date?: string | null | undefined;
  authors: Array<string | number>;
  addressees?: Array<string | number> | null | undefined;
  description?: string | null | undefined;
  evidence: Array<EvidenceInput>;
  status?: string | null | undefined;
  statusBy?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
  retracted?: RetractionInput | null | undefined;
  events?: Array<DocumentEventInput> | null | undefined;
};

export type ChangeAction =
  | 'ADD'
  | 'EDIT'
  | 'RETRACT'
  /** The entry took part in a merge: the kept one, the merged one (removed, so no `after`), or one that referred to it. */
  | 'MERGE';

export type AgreementNetworkQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type AgreementNetworkQuery = {
  agreementNetwork: {
    links: Array<{
      congruence: number;
      conflict: number;
      a: { id: string } | { id: string } | { id: string } | { id: string };
      b: { id: string } | { id: string } | { id: string } | { id: string };
    }>;
  };
};

export type ComparePositionsQueryVariables = Exact<{
  actors: Array<string | number> | string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  asOf?: string | null | undefined;
}>;

export type ComparePositionsQuery = {
  comparePositions: {
    issues: Array<{
      issue: { id: string; name: string };
      positions: Array<{
        actor:
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string };
        stance: { position: Position; date: string } | null;
      }>;
    }>;
  };
};

export type DatasetQueryVariables = Exact<{ [key: string]: never }>;

export type DatasetQuery = { dataset: { version: string; facts: number; quotes: number } };

export type PersonDetailQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;

export type PersonDetailQuery = {
  node:
    | { __typename: 'Source'; id: string }
    | {
        __typename: 'Person';
        name: string;
        aliases: Array<string>;
        id: string;
        sourceCount: number;
        posts: Array<{
          title: string;
          from: string | null;
          until: string | null;
          attested: string;
          sourceCount: number;
          of:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string };
          evidence: Array<{
            quote: string;
            source: {
              id: string;
              publisher: string | null;
              title: string | null;
              date: string;
              dateInferred: boolean;
              url: string | null;
            };
          }>;
        }>;
        delegations: Array<{
          role: DelegationRole;
          capacity: string | null;
          sourceCount: number;
          delegation: { name: string; meeting: { id: string; name: string; start: string } };
          evidence: Array<{
            quote: string;
            source: {
              id: string;
              publisher: string | null;
              title: string | null;
              date: string;
              dateInferred: boolean;
              url: string | null;
            };
          }>;
        }>;
        stances: Array<{
          id: string;
          position: Position;
          date: string;
          status: FactStatus;
          note: string | null;
          sourceCount: number;
          actor:
            | { __typename: 'Person'; id: string; name: string }
            | { __typename: 'State'; id: string; name: string }
            | { __typename: 'Organisation'; id: string; name: string }
            | { __typename: 'Group'; id: string; name: string };
          issue: { id: string; name: string };
          voicedBy: { id: string; name: string } | null;
          claimant:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | null;
          condition: { text: string } | null;
          evidence: Array<{
            quote: string;
            source: {
              id: string;
              publisher: string | null;
              title: string | null;
              date: string;
              dateInferred: boolean;
              url: string | null;
            };
          }>;
        }>;
        claimsAbout: Array<{
          id: string;
          position: Position;
          date: string;
          status: FactStatus;
          note: string | null;
          sourceCount: number;
          evidence: Array<{ quote: string; source: { id: string; publisher: string | null; date: string } }>;
          actor:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string };
          issue: { id: string; name: string };
          claimant:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | null;
          condition: { text: string } | null;
        }>;
        claims: Array<{
          id: string;
          position: Position;
          date: string;
          status: FactStatus;
          note: string | null;
          sourceCount: number;
          evidence: Array<{ quote: string; source: { id: string; publisher: string | null; date: string } }>;
          actor:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string };
          issue: { id: string; name: string };
          claimant:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | null;
          condition: { text: string } | null;
        }>;
        evidence: Array<{
          quote: string;
          source: {
            id: string;
            publisher: string | null;
            title: string | null;
            date: string;
            dateInferred: boolean;
            url: string | null;
          };
        }>;
      }
    | { __typename: 'State'; id: string }
    | { __typename: 'Organisation'; id: string }
    | { __typename: 'Place'; id: string }
    | { __typename: 'Meeting'; id: string }
    | { __typename: 'Delegation'; id: string }
    | { __typename: 'Issue'; id: string }
    | { __typename: 'Stance'; id: string }
    | { __typename: 'Group'; id: string }
    | { __typename: 'Document'; id: string }
    | { __typename: 'Contact'; id: string }
    | null;
};

export type StanceLineFragment = {
  id: string;
  position: Position;
  date: string;
  status: FactStatus;
  note: string | null;
  sourceCount: number;
  actor:
    | { __typename: 'Person'; id: string; name: string }
    | { __typename: 'State'; id: string; name: string }
    | { __typename: 'Organisation'; id: string; name: string }
    | { __typename: 'Group'; id: string; name: string };
  issue: { id: string; name: string };
  voicedBy: { id: string; name: string } | null;
  claimant:
    | { id: string; name: string }
    | { id: string; name: string }
    | { id: string; name: string }
    | { id: string; name: string }
    | null;
  condition: { text: string } | null;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

export type ClaimLineFragment = {
  id: string;
  position: Position;
  date: string;
  status: FactStatus;
  note: string | null;
  sourceCount: number;
  evidence: Array<{ quote: string; source: { id: string; publisher: string | null; date: string } }>;
  actor:
    | { id: string; name: string }
    | { id: string; name: string }
    | { id: string; name: string }
    | { id: string; name: string };
  issue: { id: string; name: string };
  claimant:
    | { id: string; name: string }
    | { id: string; name: string }
    | { id: string; name: string }
    | { id: string; name: string }
    | null;
  condition: { text: string } | null;
};

type Ev_Person_Fragment = {
  sourceCount: number;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

type Ev_State_Fragment = {
  sourceCount: number;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

type Ev_Organisation_Fragment = {
  sourceCount: number;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

type Ev_Place_Fragment = {
  sourceCount: number;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

type Ev_Post_Fragment = {
  sourceCount: number;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

type Ev_Representation_Fragment = {
  sourceCount: number;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

type Ev_Meeting_Fragment = {
  sourceCount: number;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

type Ev_Host_Fragment = {
  sourceCount: number;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

type Ev_Mediator_Fragment = {
  sourceCount: number;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

type Ev_Delegation_Fragment = {
  sourceCount: number;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

type Ev_Membership_Fragment = {
  sourceCount: number;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

type Ev_Issue_Fragment = {
  sourceCount: number;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

type Ev_Stance_Fragment = {
  sourceCount: number;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

type Ev_GraphEdge_Fragment = {
  sourceCount: number;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

type Ev_Group_Fragment = {
  sourceCount: number;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

type Ev_GroupMember_Fragment = {
  sourceCount: number;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

type Ev_Document_Fragment = {
  sourceCount: number;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

type Ev_DocumentEvent_Fragment = {
  sourceCount: number;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

type Ev_Contact_Fragment = {
  sourceCount: number;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

type Ev_ActorEvent_Fragment = {
  sourceCount: number;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

export type EvFragment =
  | Ev_Person_Fragment
  | Ev_State_Fragment
  | Ev_Organisation_Fragment
  | Ev_Place_Fragment
  | Ev_Post_Fragment
  | Ev_Representation_Fragment
  | Ev_Meeting_Fragment
  | Ev_Host_Fragment
  | Ev_Mediator_Fragment
  | Ev_Delegation_Fragment
  | Ev_Membership_Fragment
  | Ev_Issue_Fragment
  | Ev_Stance_Fragment
  | Ev_GraphEdge_Fragment
  | Ev_Group_Fragment
  | Ev_GroupMember_Fragment
  | Ev_Document_Fragment
  | Ev_DocumentEvent_Fragment
  | Ev_Contact_Fragment
  | Ev_ActorEvent_Fragment;

export type StateDetailQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;

export type StateDetailQuery = {
  node:
    | { __typename: 'Source'; id: string }
    | { __typename: 'Person'; id: string }
    | {
        __typename: 'State';
        name: string;
        aliases: Array<string>;
        id: string;
        sourceCount: number;
        officeholders: Array<{
          title: string;
          attested: string;
          sourceCount: number;
          person: { id: string; name: string };
          evidence: Array<{
            quote: string;
            source: {
              id: string;
              publisher: string | null;
              title: string | null;
              date: string;
              dateInferred: boolean;
              url: string | null;
            };
          }>;
        }>;
        stances: Array<{
          id: string;
          position: Position;
          date: string;
          status: FactStatus;
          note: string | null;
          sourceCount: number;
          actor:
            | { __typename: 'Person'; id: string; name: string }
            | { __typename: 'State'; id: string; name: string }
            | { __typename: 'Organisation'; id: string; name: string }
            | { __typename: 'Group'; id: string; name: string };
          issue: { id: string; name: string };
          voicedBy: { id: string; name: string } | null;
          claimant:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | null;
          condition: { text: string } | null;
          evidence: Array<{
            quote: string;
            source: {
              id: string;
              publisher: string | null;
              title: string | null;
              date: string;
              dateInferred: boolean;
              url: string | null;
            };
          }>;
        }>;
        claimsAbout: Array<{
          id: string;
          position: Position;
          date: string;
          status: FactStatus;
          note: string | null;
          sourceCount: number;
          evidence: Array<{ quote: string; source: { id: string; publisher: string | null; date: string } }>;
          actor:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string };
          issue: { id: string; name: string };
          claimant:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | null;
          condition: { text: string } | null;
        }>;
        claims: Array<{
          id: string;
          position: Position;
          date: string;
          status: FactStatus;
          note: string | null;
          sourceCount: number;
          evidence: Array<{ quote: string; source: { id: string; publisher: string | null; date: string } }>;
          actor:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string };
          issue: { id: string; name: string };
          claimant:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | null;
          condition: { text: string } | null;
        }>;
        evidence: Array<{
          quote: string;
          source: {
            id: string;
            publisher: string | null;
            title: string | null;
            date: string;
            dateInferred: boolean;
            url: string | null;
          };
        }>;
      }
    | { __typename: 'Organisation'; id: string }
    | { __typename: 'Place'; id: string }
    | { __typename: 'Meeting'; id: string }
    | { __typename: 'Delegation'; id: string }
    | { __typename: 'Issue'; id: string }
    | { __typename: 'Stance'; id: string }
    | { __typename: 'Group'; id: string }
    | { __typename: 'Document'; id: string }
    | { __typename: 'Contact'; id: string }
    | null;
};

export type OrganisationDetailQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;

export type OrganisationDetailQuery = {
  node:
    | { __typename: 'Source'; id: string }
    | { __typename: 'Person'; id: string }
    | { __typename: 'State'; id: string }
    | {
        __typename: 'Organisation';
        name: string;
        aliases: Array<string>;
        id: string;
        sourceCount: number;
        orgKind: OrganisationKind;
        officeholders: Array<{
          title: string;
          attested: string;
          sourceCount: number;
          person: { id: string; name: string };
          evidence: Array<{
            quote: string;
            source: {
              id: string;
              publisher: string | null;
              title: string | null;
              date: string;
              dateInferred: boolean;
              url: string | null;
            };
          }>;
        }>;
        stances: Array<{
          id: string;
          position: Position;
          date: string;
          status: FactStatus;
          note: string | null;
          sourceCount: number;
          actor:
            | { __typename: 'Person'; id: string; name: string }
            | { __typename: 'State'; id: string; name: string }
            | { __typename: 'Organisation'; id: string; name: string }
            | { __typename: 'Group'; id: string; name: string };
          issue: { id: string; name: string };
          voicedBy: { id: string; name: string } | null;
          claimant:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | null;
          condition: { text: string } | null;
          evidence: Array<{
            quote: string;
            source: {
              id: string;
              publisher: string | null;
              title: string | null;
              date: string;
              dateInferred: boolean;
              url: string | null;
            };
          }>;
        }>;
        claimsAbout: Array<{
          id: string;
          position: Position;
          date: string;
          status: FactStatus;
          note: string | null;
          sourceCount: number;
          evidence: Array<{ quote: string; source: { id: string; publisher: string | null; date: string } }>;
          actor:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string };
          issue: { id: string; name: string };
          claimant:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | null;
          condition: { text: string } | null;
        }>;
        claims: Array<{
          id: string;
          position: Position;
          date: string;
          status: FactStatus;
          note: string | null;
          sourceCount: number;
          evidence: Array<{ quote: string; source: { id: string; publisher: string | null; date: string } }>;
          actor:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string };
          issue: { id: string; name: string };
          claimant:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | null;
          condition: { text: string } | null;
        }>;
        evidence: Array<{
          quote: string;
          source: {
            id: string;
            publisher: string | null;
            title: string | null;
            date: string;
            dateInferred: boolean;
            url: string | null;
          };
        }>;
      }
    | { __typename: 'Place'; id: string }
    | { __typename: 'Meeting'; id: string }
    | { __typename: 'Delegation'; id: string }
    | { __typename: 'Issue'; id: string }
    | { __typename: 'Stance'; id: string }
    | { __typename: 'Group'; id: string }
    | { __typename: 'Document'; id: string }
    | { __typename: 'Contact'; id: string }
    | null;
};

export type GroupDetailQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;

export type GroupDetailQuery = {
  node:
    | { __typename: 'Source'; id: string }
    | { __typename: 'Person'; id: string }
    | { __typename: 'State'; id: string }
    | { __typename: 'Organisation'; id: string }
    | { __typename: 'Place'; id: string }
    | { __typename: 'Meeting'; id: string }
    | { __typename: 'Delegation'; id: string }
    | { __typename: 'Issue'; id: string }
    | { __typename: 'Stance'; id: string }
    | {
        __typename: 'Group';
        name: string;
        aliases: Array<string>;
        description: string;
        status: FactStatus;
        note: string | null;
        id: string;
        sourceCount: number;
        groupKind: GroupKind;
        members: Array<{
          status: FactStatus;
          sourceCount: number;
          actor:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string };
          evidence: Array<{
            quote: string;
            source: {
              id: string;
              publisher: string | null;
              title: string | null;
              date: string;
              dateInferred: boolean;
              url: string | null;
            };
          }>;
        }>;
        stances: Array<{
          id: string;
          position: Position;
          date: string;
          status: FactStatus;
          note: string | null;
          sourceCount: number;
          actor:
            | { __typename: 'Person'; id: string; name: string }
            | { __typename: 'State'; id: string; name: string }
            | { __typename: 'Organisation'; id: string; name: string }
            | { __typename: 'Group'; id: string; name: string };
          issue: { id: string; name: string };
          voicedBy: { id: string; name: string } | null;
          claimant:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | null;
          condition: { text: string } | null;
          evidence: Array<{
            quote: string;
            source: {
              id: string;
              publisher: string | null;
              title: string | null;
              date: string;
              dateInferred: boolean;
              url: string | null;
            };
          }>;
        }>;
        claimsAbout: Array<{
          id: string;
          position: Position;
          date: string;
          status: FactStatus;
          note: string | null;
          sourceCount: number;
          evidence: Array<{ quote: string; source: { id: string; publisher: string | null; date: string } }>;
          actor:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string };
          issue: { id: string; name: string };
          claimant:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | null;
          condition: { text: string } | null;
        }>;
        claims: Array<{
          id: string;
          position: Position;
          date: string;
          status: FactStatus;
          note: string | null;
          sourceCount: number;
          evidence: Array<{ quote: string; source: { id: string; publisher: string | null; date: string } }>;
          actor:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string };
          issue: { id: string; name: string };
          claimant:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | null;
          condition: { text: string } | null;
        }>;
        evidence: Array<{
          quote: string;
          source: {
            id: string;
            publisher: string | null;
            title: string | null;
            date: string;
            dateInferred: boolean;
            url: string | null;
          };
        }>;
      }
    | { __typename: 'Document'; id: string }
    | { __typename: 'Contact'; id: string }
    | null;
};

export type DocumentDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type DocumentDetailQuery = {
  node:
    | { __typename: 'Source'; id: string }
    | { __typename: 'Person'; id: string }
    | { __typename: 'State'; id: string }
    | { __typename: 'Organisation'; id: string }
    | { __typename: 'Place'; id: string }
    | { __typename: 'Meeting'; id: string }
    | { __typename: 'Delegation'; id: string }
    | { __typename: 'Issue'; id: string }
    | { __typename: 'Stance'; id: string }
    | { __typename: 'Group'; id: string }
    | {
        __typename: 'Document';
        name: string;
        aliases: Array<string>;
        date: string | null;
        description: string | null;
        status: FactStatus;
        note: string | null;
        id: string;
        sourceCount: number;
        documentKind: DocumentKind;
        statusBy: Array<
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string }
        >;
        authors: Array<
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string }
        >;
        addressees: Array<
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string }
        >;
        terms: Array<{
          id: string;
          position: Position;
          date: string;
          status: FactStatus;
          note: string | null;
          sourceCount: number;
          actor:
            | { __typename: 'Person'; id: string; name: string }
            | { __typename: 'State'; id: string; name: string }
            | { __typename: 'Organisation'; id: string; name: string }
            | { __typename: 'Group'; id: string; name: string };
          issue: { id: string; name: string };
          voicedBy: { id: string; name: string } | null;
          claimant:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | null;
          condition: { text: string } | null;
          evidence: Array<{
            quote: string;
            source: {
              id: string;
              publisher: string | null;
              title: string | null;
              date: string;
              dateInferred: boolean;
              url: string | null;
            };
          }>;
        }>;
        events: Array<{
          kind: DocumentEventKind;
          date: string | null;
          status: FactStatus;
          note: string | null;
          sourceCount: number;
          by:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string };
          to: Array<
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
          >;
          statusBy: Array<
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
          >;
          evidence: Array<{
            quote: string;
            source: {
              id: string;
              publisher: string | null;
              title: string | null;
              date: string;
              dateInferred: boolean;
              url: string | null;
            };
          }>;
        }>;
        evidence: Array<{
          quote: string;
          source: {
            id: string;
            publisher: string | null;
            title: string | null;
            date: string;
            dateInferred: boolean;
            url: string | null;
          };
        }>;
      }
    | { __typename: 'Contact'; id: string }
    | null;
};

export type ContactDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type ContactDetailQuery = {
  node:
    | { __typename: 'Source'; id: string }
    | { __typename: 'Person'; id: string }
    | { __typename: 'State'; id: string }
    | { __typename: 'Organisation'; id: string }
    | { __typename: 'Place'; id: string }
    | { __typename: 'Meeting'; id: string }
    | { __typename: 'Delegation'; id: string }
    | { __typename: 'Issue'; id: string }
    | { __typename: 'Stance'; id: string }
    | { __typename: 'Group'; id: string }
    | { __typename: 'Document'; id: string }
    | {
        __typename: 'Contact';
        name: string;
        date: string | null;
        summary: string;
        status: FactStatus;
        note: string | null;
        id: string;
        sourceCount: number;
        contactKind: ContactKind;
        parties: Array<
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string }
        >;
        evidence: Array<{
          quote: string;
          source: {
            id: string;
            publisher: string | null;
            title: string | null;
            date: string;
            dateInferred: boolean;
            url: string | null;
          };
        }>;
      }
    | null;
};

export type IssueDetailQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;

export type IssueDetailQuery = {
  node:
    | { __typename: 'Source'; id: string }
    | { __typename: 'Person'; id: string }
    | { __typename: 'State'; id: string }
    | { __typename: 'Organisation'; id: string }
    | { __typename: 'Place'; id: string }
    | { __typename: 'Meeting'; id: string }
    | { __typename: 'Delegation'; id: string }
    | {
        __typename: 'Issue';
        name: string;
        aliases: Array<string>;
        description: string;
        id: string;
        stances: Array<{
          id: string;
          position: Position;
          date: string;
          status: FactStatus;
          note: string | null;
          sourceCount: number;
          actor:
            | { __typename: 'Person'; id: string; name: string }
            | { __typename: 'State'; id: string; name: string }
            | { __typename: 'Organisation'; id: string; name: string }
            | { __typename: 'Group'; id: string; name: string };
          issue: { id: string; name: string };
          voicedBy: { id: string; name: string } | null;
          claimant:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | null;
          condition: { text: string } | null;
          evidence: Array<{
            quote: string;
            source: {
              id: string;
              publisher: string | null;
              title: string | null;
              date: string;
              dateInferred: boolean;
              url: string | null;
            };
          }>;
        }>;
      }
    | { __typename: 'Stance'; id: string }
    | { __typename: 'Group'; id: string }
    | { __typename: 'Document'; id: string }
    | { __typename: 'Contact'; id: string }
    | null;
};

export type StanceDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type StanceDetailQuery = {
  node:
    | { __typename: 'Source'; id: string }
    | { __typename: 'Person'; id: string }
    | { __typename: 'State'; id: string }
    | { __typename: 'Organisation'; id: string }
    | { __typename: 'Place'; id: string }
    | { __typename: 'Meeting'; id: string }
    | { __typename: 'Delegation'; id: string }
    | { __typename: 'Issue'; id: string }
    | {
        __typename: 'Stance';
        id: string;
        position: Position;
        stand: Stand;
        date: string;
        summary: string;
        status: FactStatus;
        note: string | null;
        sourceCount: number;
        actor:
          | { __typename: 'Person'; id: string; name: string }
          | { __typename: 'State'; id: string; name: string }
          | { __typename: 'Organisation'; id: string; name: string }
          | { __typename: 'Group'; id: string; name: string };
        issue: { id: string; name: string; category: IssueCategory };
        voicedBy: { id: string; name: string } | null;
        claimant:
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string }
          | null;
        statusBy: Array<
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string }
        >;
        condition: { text: string; issue: { id: string; name: string; category: IssueCategory } | null } | null;
        evidence: Array<{
          quote: string;
          source: {
            id: string;
            publisher: string | null;
            title: string | null;
            date: string;
            dateInferred: boolean;
            url: string | null;
          };
        }>;
      }
    | { __typename: 'Group'; id: string }
    | { __typename: 'Document'; id: string }
    | { __typename: 'Contact'; id: string }
    | null;
};

export type StanceFieldsFragment = {
  id: string;
  position: Position;
  stand: Stand;
  date: string;
  summary: string;
  status: FactStatus;
  note: string | null;
  sourceCount: number;
  actor:
    | { __typename: 'Person'; id: string; name: string }
    | { __typename: 'State'; id: string; name: string }
    | { __typename: 'Organisation'; id: string; name: string }
    | { __typename: 'Group'; id: string; name: string };
  issue: { id: string; name: string; category: IssueCategory };
  voicedBy: { id: string; name: string } | null;
  claimant:
    | { id: string; name: string }
    | { id: string; name: string }
    | { id: string; name: string }
    | { id: string; name: string }
    | null;
  statusBy: Array<
    | { id: string; name: string }
    | { id: string; name: string }
    | { id: string; name: string }
    | { id: string; name: string }
  >;
  condition: { text: string; issue: { id: string; name: string; category: IssueCategory } | null } | null;
  evidence: Array<{
    quote: string;
    source: {
      id: string;
      publisher: string | null;
      title: string | null;
      date: string;
      dateInferred: boolean;
      url: string | null;
    };
  }>;
};

export type PlaceDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type PlaceDetailQuery = {
  node:
    | { __typename: 'Source'; id: string }
    | { __typename: 'Person'; id: string }
    | { __typename: 'State'; id: string }
    | { __typename: 'Organisation'; id: string }
    | {
        __typename: 'Place';
        name: string;
        aliases: Array<string>;
        id: string;
        sourceCount: number;
        evidence: Array<{
          quote: string;
          source: {
            id: string;
            publisher: string | null;
            title: string | null;
            date: string;
            dateInferred: boolean;
            url: string | null;
          };
        }>;
      }
    | { __typename: 'Meeting'; id: string }
    | { __typename: 'Delegation'; id: string }
    | { __typename: 'Issue'; id: string }
    | { __typename: 'Stance'; id: string }
    | { __typename: 'Group'; id: string }
    | { __typename: 'Document'; id: string }
    | { __typename: 'Contact'; id: string }
    | null;
};

export type MeetingDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type MeetingDetailQuery = {
  node:
    | { __typename: 'Source'; id: string }
    | { __typename: 'Person'; id: string }
    | { __typename: 'State'; id: string }
    | { __typename: 'Organisation'; id: string }
    | { __typename: 'Place'; id: string }
    | {
        __typename: 'Meeting';
        name: string;
        aliases: Array<string>;
        endStatus: EndStatus | null;
        note: string | null;
        start: string;
        id: string;
        sourceCount: number;
        meetingKind: MeetingKind;
        meetingStatus: MeetingStatus;
        evidence: Array<{
          quote: string;
          source: {
            id: string;
            publisher: string | null;
            title: string | null;
            date: string;
            dateInferred: boolean;
            url: string | null;
          };
        }>;
      }
    | { __typename: 'Delegation'; id: string }
    | { __typename: 'Issue'; id: string }
    | { __typename: 'Stance'; id: string }
    | { __typename: 'Group'; id: string }
    | { __typename: 'Document'; id: string }
    | { __typename: 'Contact'; id: string }
    | null;
};

export type DelegationDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type DelegationDetailQuery = {
  node:
    | { __typename: 'Source'; id: string }
    | { __typename: 'Person'; id: string }
    | { __typename: 'State'; id: string }
    | { __typename: 'Organisation'; id: string }
    | { __typename: 'Place'; id: string }
    | { __typename: 'Meeting'; id: string }
    | {
        __typename: 'Delegation';
        name: string;
        id: string;
        sourceCount: number;
        evidence: Array<{
          quote: string;
          source: {
            id: string;
            publisher: string | null;
            title: string | null;
            date: string;
            dateInferred: boolean;
            url: string | null;
          };
        }>;
      }
    | { __typename: 'Issue'; id: string }
    | { __typename: 'Stance'; id: string }
    | { __typename: 'Group'; id: string }
    | { __typename: 'Document'; id: string }
    | { __typename: 'Contact'; id: string }
    | null;
};

export type EntryQueryVariables = Exact<{
  id: string | number;
}>;

export type EntryQuery = {
  entry: { id: string; collection: string; version: string; body: Record<string, unknown>; retracted: boolean } | null;
};

export type HistoryQueryVariables = Exact<{
  id: string | number;
}>;

export type HistoryQuery = {
  history: Array<{
    id: string;
    at: string;
    by: string;
    action: ChangeAction;
    path: string | null;
    comment: string | null;
  }>;
};

export type MeetingQueryVariables = Exact<{
  id: string | number;
}>;

export type MeetingQuery = {
  meeting: {
    id: string;
    name: string;
    kind: MeetingKind;
    start: string;
    end: string | null;
    sourceCount: number;
    place: { id: string; name: string } | null;
    hosts: Array<{
      sourceCount: number;
      actor:
        | { __typename: 'Person'; id: string; name: string }
        | { __typename: 'State'; id: string; name: string }
        | { __typename: 'Organisation'; id: string; name: string }
        | { __typename: 'Group'; id: string; name: string };
      evidence: Array<{
        quote: string;
        source: {
          id: string;
          publisher: string | null;
          title: string | null;
          date: string;
          dateInferred: boolean;
          url: string | null;
        };
      }>;
    }>;
    mediators: Array<{
      role: MediatorRole;
      sourceCount: number;
      actor:
        | { __typename: 'Person'; id: string; name: string }
        | { __typename: 'State'; id: string; name: string }
        | { __typename: 'Organisation'; id: string; name: string }
        | { __typename: 'Group'; id: string; name: string };
      evidence: Array<{
        quote: string;
        source: {
          id: string;
          publisher: string | null;
          title: string | null;
          date: string;
          dateInferred: boolean;
          url: string | null;
        };
      }>;
    }>;
    delegations: Array<{
      id: string;
      name: string;
      sourceCount: number;
      represents:
        | { __typename: 'Person'; id: string; name: string }
        | { __typename: 'State'; id: string; name: string }
        | { __typename: 'Organisation'; id: string; name: string }
        | { __typename: 'Group'; id: string; name: string };
      members: Array<{
        role: DelegationRole;
        capacity: string | null;
        sourceCount: number;
        person: { id: string; name: string };
        evidence: Array<{
          quote: string;
          source: {
            id: string;
            publisher: string | null;
            title: string | null;
            date: string;
            dateInferred: boolean;
            url: string | null;
          };
        }>;
      }>;
      evidence: Array<{
        quote: string;
        source: {
          id: string;
          publisher: string | null;
          title: string | null;
          date: string;
          dateInferred: boolean;
          url: string | null;
        };
      }>;
    }>;
    evidence: Array<{
      quote: string;
      source: {
        id: string;
        publisher: string | null;
        title: string | null;
        date: string;
        dateInferred: boolean;
        url: string | null;
      };
    }>;
  };
};

export type MeetingsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;

export type MeetingsQuery = {
  meetings: {
    total: number;
    items: Array<{
      id: string;
      name: string;
      kind: MeetingKind;
      start: string;
      end: string | null;
      place: { name: string } | null;
    }>;
  };
};

export type MergeEntitiesMutationVariables = Exact<{
  keep: string | number;
  merge: string | number;
  keepVersion: string;
  mergeVersion: string;
  comment?: string | null | undefined;
}>;

export type MergeEntitiesMutation = {
  mergeEntities: { entry: { id: string; version: string }; changes: Array<{ id: string }> };
};

export type MergePreviewQueryVariables = Exact<{
  keep: string | number;
  merge: string | number;
}>;

export type MergePreviewQuery = {
  mergePreview: {
    result: Record<string, unknown>;
    aliasesAdded: Array<string>;
    formerIdsAdded: Array<string>;
    keep: { id: string; version: string };
    merge: { id: string; version: string };
    factsMoved: Array<{ from: string; to: string; combined: boolean }>;
    rewritten: Array<{ collection: string; id: string; fields: Array<string> }>;
    conflicts: Array<{ entryId: string; field: string | null; message: string; blocking: boolean }>;
  };
};

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  types?: Array<EntityType> | EntityType | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type NeighbourhoodQuery = {
  neighbourhood: {
    nodes: Array<{ id: string; type: EntityType; label: string; distance: number; date: string | null }>;
    edges: Array<{
      id: string;
      type: string;
      source: string;
      target: string;
      label: string | null;
      date: string | null;
      status: FactStatus;
      sourceCount: number;
      evidence: Array<{
        quote: string;
        source: {
          id: string;
          publisher: string | null;
          title: string | null;
          date: string;
          dateInferred: boolean;
          url: string | null;
        };
      }>;
    }>;
  };
};

export type GraphFieldsFragment = {
  nodes: Array<{ id: string; type: EntityType; label: string; distance: number; date: string | null }>;
  edges: Array<{
    id: string;
    type: string;
    source: string;
    target: string;
    label: string | null;
    date: string | null;
    status: FactStatus;
    sourceCount: number;
    evidence: Array<{
      quote: string;
      source: {
        id: string;
        publisher: string | null;
        title: string | null;
        date: string;
        dateInferred: boolean;
        url: string | null;
      };
    }>;
  }>;
};

export type PutDocumentMutationVariables = Exact<{
  entry: DocumentInput;
  version?: string | null | undefined;
  comment?: string | null | undefined;
}>;

export type PutDocumentMutation = {
  putDocument: {
    entry: { id: string; collection: string; version: string; body: Record<string, unknown> };
    change: { id: string };
    quotes: Array<{ path: string; source: string; start: number; end: number }>;
  };
};

export type PutGroupMutationVariables = Exact<{
  entry: GroupInput;
  version?: string | null | undefined;
  comment?: string | null | undefined;
}>;

export type PutGroupMutation = {
  putGroup: {
    entry: { id: string; collection: string; version: string; body: Record<string, unknown> };
    change: { id: string };
    quotes: Array<{ path: string; source: string; start: number; end: number }>;
  };
};

export type PutIssueMutationVariables = Exact<{
  entry: IssueInput;
  version?: string | null | undefined;
  comment?: string | null | undefined;
}>;

export type PutIssueMutation = {
  putIssue: {
    entry: { id: string; collection: string; version: string; body: Record<string, unknown> };
    change: { id: string };
    quotes: Array<{ path: string; source: string; start: number; end: number }>;
  };
};

export type PutMeetingMutationVariables = Exact<{
  entry: MeetingInput;
  version?: string | null | undefined;
  comment?: string | null | undefined;
}>;

export type PutMeetingMutation = {
  putMeeting: {
    entry: { id: string; collection: string; version: string; body: Record<string, unknown> };
    change: { id: string };
    quotes: Array<{ path: string; source: string; start: number; end: number }>;
  };
};

export type PutOrganisationMutationVariables = Exact<{
  entry: OrganisationInput;
  version?: string | null | undefined;
  comment?: string | null | undefined;
}>;

export type PutOrganisationMutation = {
  putOrganisation: {
    entry: { id: string; collection: string; version: string; body: Record<string, unknown> };
    change: { id: string };
    quotes: Array<{ path: string; source: string; start: number; end: number }>;
  };
};

export type PutPersonMutationVariables = Exact<{
  entry: PersonInput;
  version?: string | null | undefined;
  comment?: string | null | undefined;
}>;

export type PutPersonMutation = {
  putPerson: {
    entry: { id: string; collection: string; version: string; body: Record<string, unknown> };
    change: { id: string };
    quotes: Array<{ path: string; source: string; start: number; end: number }>;
  };
};

export type PutSourceMutationVariables = Exact<{
  entry: SourceInput;
  text?: string | null | undefined;
  version?: string | null | undefined;
  comment?: string | null | undefined;
}>;

export type PutSourceMutation = {
  putSource: {
    entry: { id: string; collection: string; version: string; body: Record<string, unknown> };
    change: { id: string };
    quotes: Array<{ path: string; source: string; start: number; end: number }>;
  };
};

export type PutStanceMutationVariables = Exact<{
  entry: StanceInput;
  version?: string | null | undefined;
  comment?: string | null | undefined;
}>;

export type PutStanceMutation = {
  putStance: {
    entry: { id: string; collection: string; version: string; body: Record<string, unknown> };
    change: { id: string };
    quotes: Array<{ path: string; source: string; start: number; end: number }>;
  };
};

export type PutStateMutationVariables = Exact<{
  entry: StateInput;
  version?: string | null | undefined;
  comment?: string | null | undefined;
}>;

export type PutStateMutation = {
  putState: {
    entry: { id: string; collection: string; version: string; body: Record<string, unknown> };
    change: { id: string };
    quotes: Array<{ path: string; source: string; start: number; end: number }>;
  };
};

export type RetractFactMutationVariables = Exact<{
  id: string | number;
  path?: string | null | undefined;
  reason: string;
  version: string;
}>;

export type RetractFactMutation = {
  retractFact: {
    entry: { id: string; collection: string; version: string; body: Record<string, unknown> };
    change: { id: string };
    quotes: Array<{ path: string; source: string; start: number; end: number }>;
  };
};

export type SearchQueryVariables = Exact<{
  text: string;
  types?: Array<EntityType> | EntityType | null | undefined;
  limit?: number | null | undefined;
}>;

export type SearchQuery = {
  search: Array<{
    type: EntityType;
    matched: string;
    score: number;
    entity:
      | { __typename: 'Source'; id: string }
      | { __typename: 'Person'; name: string; id: string }
      | { __typename: 'State'; name: string; id: string }
      | { __typename: 'Organisation'; name: string; id: string }
      | { __typename: 'Place'; name: string; id: string }
      | { __typename: 'Meeting'; name: string; id: string }
      | { __typename: 'Delegation'; name: string; id: string }
      | { __typename: 'Issue'; name: string; id: string }
      | { __typename: 'Stance'; id: string }
      | { __typename: 'Group'; name: string; id: string }
      | { __typename: 'Document'; id: string }
      | { __typename: 'Contact'; id: string };
  }>;
};

export type ShortestPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;

export type ShortestPathQuery = {
  shortestPath: {
    nodes: Array<{ id: string; type: EntityType; label: string; distance: number; date: string | null }>;
    edges: Array<{
      id: string;
      type: string;
      source: string;
      target: string;
      label: string | null;
      date: string | null;
      status: FactStatus;
      sourceCount: number;
      evidence: Array<{
        quote: string;
        source: {
          id: string;
          publisher: string | null;
          title: string | null;
          date: string;
          dateInferred: boolean;
          url: string | null;
        };
      }>;
    }>;
  } | null;
};

export type SignInMutationVariables = Exact<{
  name: string;
  password: string;
}>;

export type SignInMutation = { signIn: { name: string; role: Role } };

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = { signOut: boolean };

export type SourceListQueryVariables = Exact<{ [key: string]: never }>;

export type SourceListQuery = {
  sources: Array<{
    id: string;
    publisher: string | null;
    title: string | null;
    author: string | null;
    date: string;
    dateInferred: boolean;
    url: string | null;
  }>;
  sourceUses: Array<{ source: string; facts: number }>;
};

export type SourceTextQueryVariables = Exact<{
  id: string | number;
}>;

export type SourceTextQuery = {
  node:
    | {
        __typename: 'Source';
        publisher: string | null;
        title: string | null;
        author: string | null;
        date: string;
        dateInferred: boolean;
        url: string | null;
        text: string | null;
        id: string;
      }
    | { __typename: 'Person'; id: string }
    | { __typename: 'State'; id: string }
    | { __typename: 'Organisation'; id: string }
    | { __typename: 'Place'; id: string }
    | { __typename: 'Meeting'; id: string }
    | { __typename: 'Delegation'; id: string }
    | { __typename: 'Issue'; id: string }
    | { __typename: 'Stance'; id: string }
    | { __typename: 'Group'; id: string }
    | { __typename: 'Document'; id: string }
    | { __typename: 'Contact'; id: string }
    | null;
  citations: Array<{
    entryId: string;
    collection: string;
    path: string | null;
    quote: string;
    start: number;
    end: number;
  }>;
};

export type StancesQueryVariables = Exact<{
  filter?: StanceFilter | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;

export type StancesQuery = {
  stances: {
    total: number;
    items: Array<{
      id: string;
      position: Position;
      stand: Stand;
      date: string;
      summary: string;
      status: FactStatus;
      note: string | null;
      sourceCount: number;
      actor:
        | { __typename: 'Person'; id: string; name: string }
        | { __typename: 'State'; id: string; name: string }
        | { __typename: 'Organisation'; id: string; name: string }
        | { __typename: 'Group'; id: string; name: string };
      issue: { id: string; name: string; category: IssueCategory };
      voicedBy: { id: string; name: string } | null;
      claimant:
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | null;
      statusBy: Array<
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
      >;
      condition: { text: string; issue: { id: string; name: string; category: IssueCategory } | null } | null;
      evidence: Array<{
        quote: string;
        source: {
          id: string;
          publisher: string | null;
          title: string | null;
          date: string;
          dateInferred: boolean;
          url: string | null;
        };
      }>;
    }>;
  };
};

export type StartPageQueryVariables = Exact<{ [key: string]: never }>;

export type StartPageQuery = {
  dataset: { facts: number; quotes: number };
  meetings: { total: number };
  people: { total: number };
  issues: { total: number };
  sources: Array<{ id: string; publisher: string | null }>;
  talks: {
    items: Array<{
      id: string;
      name: string;
      start: string;
      place: { name: string } | null;
      delegations: Array<{
        represents:
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string };
        heads: Array<{ person: { id: string; name: string } }>;
      }>;
    }>;
  };
};

export type StickingPointsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type StickingPointsQuery = {
  stickingPoints: Array<{ issue: { id: string; name: string }; meeting: { id: string; name: string; start: string } }>;
};

export type TimelineDatesQueryVariables = Exact<{
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;

export type TimelineDatesQuery = { timeline: { total: number; items: Array<{ start: string } | { date: string }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = { viewer: { name: string; role: Role } | null };
