// Generated from schema.graphql by `npm run codegen`; do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RequestContext } from '../request-context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A date as precise as the sources allow: a year (`2024`), a month (`2025-04`) or a day (`2025-06-02`). */
  PartialDate: { input: string; output: string };
  /** A JSON object: an entry as written in its data file. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown> };
};

export type Query = {
  __typename?: 'Query';
  /** Any entity or source by its id. Fails with NOT_FOUND for an unknown id. */
  node?: Maybe<Node>;
  /** A meeting by id, with its delegations, hosts and mediators. Fails with NOT_FOUND for an unknown id. */
  meeting: Meeting;
  /**
   * Meetings in chronological order, optionally within a date range (inclusive), of one kind, and of
   * some statuses only (`confirmedOnly`: meetings that were held).
   */
  meetings: MeetingPage;
  /** A person by id. Fails with NOT_FOUND for an unknown id. */
  person: Person;
  /** A state, an organisation or a person by id. Fails with NOT_FOUND for an unknown id. */
  actor: Actor;
  /** Actors by name, optionally of some types only. */
  actors: ActorPage;
  /** An issue by id, with the stances taken on it. Fails with NOT_FOUND for an unknown id. */
  issue: Issue;
  /** Issues by name. */
  issues: IssuePage;
  /** Stances, by date then actor, filtered by actors, issues, positions and a date range. */
  stances: StancePage;
  /** The source articles, by date. */
  sources: Array<Source>;
  /**
   * Full-text search over names and aliases: case- and accent-insensitive, tolerant of small
   * misspellings ("Zelenskyy", "zelenski" and "Zelensky" all find Volodymyr Zelensky).
   */
  search: Array<SearchHit>;
  /**
   * Everything within `depth` (1–3) hops of an entity, as nodes and edges ready to draw. Name the
   * entity by `id`, or by `name` (the best full-text match of a name or alias, as `search` finds it).
   * `types` and the date range limit which nodes are crossed and drawn.
   */
  neighbourhood: Graph;
  /** The shortest path between two entities (at most 8 hops), or null when they are not connected. */
  shortestPath?: Maybe<Graph>;
  /** Meetings and stances in a date range, in date order. */
  timeline: TimelinePage;
  /**
   * Where several actors agree and conflict, issue by issue: each actor's latest position on each
   * issue within the range (or as of a date).
   */
  comparePositions: PositionComparison;
  /**
   * Issues on which parties to the same talks hold opposed positions, for one meeting or for every
   * meeting in a date range.
   */
  stickingPoints: Array<StickingPoint>;
  /** How one party's representation changed between two meetings: who joined, who left, who changed capacity. */
  rosterChange: RosterChange;
  /**
   * Actors linked by the number of issues on which they agree (congruence) or disagree (conflict),
   * as discourse network analysis does with statements, ready to draw.
   */
  agreementNetwork: AgreementNetwork;
  /** The dataset the database holds: its version (a hash of the seed files) and size. */
  dataset: DatasetInfo;
  /** A document (memorandum, draft, proposal…) by id. Fails with NOT_FOUND for an unknown id. */
  document: Document;
  /** Documents by date (undated last), then name. */
  documents: DocumentPage;
  /** Groups (coalitions, blocs, regions, unnamed officials, communities) by name. */
  groups: GroupPage;
  /** Contacts outside meetings (consultations, coordination, technical talks), by date; optionally of one actor. */
  contacts: ContactPage;
  /**
   * Who did what to whom: acts of one actor toward another in PLOVER's event types, by date, taken
   * from positions, contacts and what happened to documents. Also at `/export/events.json` and `.csv`.
   */
  events: ActorEventPage;
  /**
   * The quotes that facts still standing take from one article, in the order of its text. NOT_FOUND
   * for an unknown article.
   */
  citations: Array<Citation>;
  /** How many facts cite each article; an article no fact cites is left out. */
  sourceUses: Array<SourceUse>;
  /** The signed-in user, or null for an anonymous request. */
  viewer?: Maybe<Viewer>;
  /** Every API token, newest first. Admins only (FORBIDDEN otherwise). */
  apiTokens: Array<ApiToken>;
  /** The entry of the data files with this id, retracted facts included; null when there is none. */
  entry?: Maybe<Entry>;
  /**
   * The changes made to an entry (or to a fact inside it), oldest first; for an entity, those of the
   * entities merged into it too. A merged entity's id gives the history of the one that absorbed it.
   */
  history: Array<Change>;
  /**
   * What merging `merge` into `keep` would do, without doing it: the kept entry as it would be, the
   * aliases and former ids it gains, the facts that move, the entries that would refer to it instead,
   * and the conflicts (a blocking one stops the merge). Send the versions of `keep` and `merge` to
   * `mergeEntities`.
   */
  mergePreview: MergePlan;
};

export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};

export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};

export type QueryMeetingsArgs = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  kind?: InputMaybe<MeetingKind>;
  status?: InputMaybe<Array<MeetingStatus>>;
  confirmedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};

export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};

export type QueryActorsArgs = {
  types?: InputMaybe<Array<EntityType>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryIssueArgs = {
  id: Scalars['ID']['input'];
};

export type QueryIssuesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryStancesArgs = {
  filter?: InputMaybe<StanceFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type QuerySearchArgs = {
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryNeighbourhoodArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

export type QueryShortestPathArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
};

export type QueryTimelineArgs = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryComparePositionsArgs = {
  actors: Array<Scalars['ID']['input']>;
  issues?: InputMaybe<Array<Scalars['ID']['input']>>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  asOf?: InputMaybe<Scalars['PartialDate']['input']>;
};

export type QueryStickingPointsArgs = {
  meeting?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

export type QueryRosterChangeArgs = {
  party: Scalars['ID']['input'];
  before: Scalars['ID']['input'];
  after: Scalars['ID']['input'];
};

export type QueryAgreementNetworkArgs = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  issues?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};

export type QueryDocumentsArgs = {
  kind?: InputMaybe<DocumentKind>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryGroupsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryContactsArgs = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  actor?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryEventsArgs = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  types?: InputMaybe<Array<EventType>>;
  confirmedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryCitationsArgs = {
  source: Scalars['ID']['input'];
};

export type QueryEntryArgs = {
  id: Scalars['ID']['input'];
};

export type QueryHistoryArgs = {
  id: Scalars['ID']['input'];
};

export type QueryMergePreviewArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
};

/** Anything with a stable id (a slug such as `rustem-umerov`). */
export type Node = {
  id: Scalars['ID']['output'];
};

/** A fact that carries its evidence: the quotes that state it and the articles they come from. */
export type Evidenced = {
  evidence: Array<Evidence>;
  /** How many independent source articles state this fact. */
  sourceCount: Scalars['Int']['output'];
};

/** A verbatim quote from a source article. */
export type Evidence = {
  __typename?: 'Evidence';
  quote: Scalars['String']['output'];
  source: Source;
};

/** A news article the facts are taken from. Publisher and title are null when the article does not give them. */
export type Source = Node & {
  __typename?: 'Source';
  id: Scalars['ID']['output'];
  publisher?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  author?: Maybe<Scalars['String']['output']>;
  date: Scalars['PartialDate']['output'];
  /** True when the article does not print its date and it was inferred from the events it reports. */
  dateInferred: Scalars['Boolean']['output'];
  /** Where the article was published, when known. */
  url?: Maybe<Scalars['String']['output']>;
  /** The article's full text, against which every quote is checked. */
  text?: Maybe<Scalars['String']['output']>;
};

/** One quote a fact takes from an article, and where it stands in the article's text. */
export type Citation = {
  __typename?: 'Citation';
  /** The entry of the data files that states the fact; `entry(id)` and `history(id)` take it. */
  entryId: Scalars['ID']['output'];
  /** The entry's collection: `stances`, `people`, `meetings`… */
  collection: Scalars['String']['output'];
  /** The fact inside the entry (`posts[1]`, `delegations[0].members[2]`); null for the entry itself. */
  path?: Maybe<Scalars['String']['output']>;
  quote: Scalars['String']['output'];
  /** Where the quote stands in the article's text (string offsets, end exclusive), as the quote check finds it. */
  start: Scalars['Int']['output'];
  end: Scalars['Int']['output'];
};

/** How many facts cite one article. */
export type SourceUse = {
  __typename?: 'SourceUse';
  source: Scalars['ID']['output'];
  /** The facts (an entry or a fact inside one, as `posts[1]`) that quote the article; retracted ones are not counted. */
  facts: Scalars['Int']['output'];
};

/** A person, state, organisation or group: anything that can be represented or take a position. */
export type Actor = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Other spellings and names the sources use (Zelenskyy for Zelensky, the Kremlin for the presidency). */
  aliases: Array<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  sourceCount: Scalars['Int']['output'];
  /**
   * Positions held on this actor's behalf in its own word (never others' claims about it), by date;
   * with `asOf`, only the latest on each issue by that day; with `confirmedOnly`, only stated ones.
   */
  stances: Array<Stance>;
  /** Delegations that acted for this actor, by meeting date: who represented it where and when. */
  representedBy: Array<Delegation>;
  /** Positions this actor says others hold (its claims about them), by date; optionally about one actor only. */
  claims: Array<Stance>;
  /** Positions others say this actor holds (their claims about it, never its own word), by date; optionally by one claimant. */
  claimsAbout: Array<Stance>;
  /** The groups this actor is a known member of. */
  groups: Array<GroupMember>;
  /** Documents this actor wrote or co-wrote, by date. */
  documents: Array<Document>;
  /** Contacts outside meetings this actor took part in, by date. */
  contacts: Array<Contact>;
  /** How the article gives this fact: stated as fact, reported, planned, scheduled, denied, disputed, or inferred. */
  status: FactStatus;
  /** Who reported, denied or disputed it. */
  statusBy: Array<Actor>;
  /** A curator's caveat. */
  note?: Maybe<Scalars['String']['output']>;
};

/** A person, state, organisation or group: anything that can be represented or take a position. */
export type ActorStancesArgs = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  asOf?: InputMaybe<Scalars['PartialDate']['input']>;
  confirmedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A person, state, organisation or group: anything that can be represented or take a position. */
export type ActorRepresentedByArgs = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** A person, state, organisation or group: anything that can be represented or take a position. */
export type ActorClaimsArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
};

/** A person, state, organisation or group: anything that can be represented or take a position. */
export type ActorClaimsAboutArgs = {
  by?: InputMaybe<Scalars['ID']['input']>;
};

export type Person = Actor &
  Node &
  Evidenced & {
    __typename?: 'Person';
    id: Scalars['ID']['output'];
    name: Scalars['String']['output'];
    aliases: Array<Scalars['String']['output']>;
    evidence: Array<Evidence>;
    sourceCount: Scalars['Int']['output'];
    /**
     * Positions held on this actor's behalf in its own word (never others' claims about it), by date;
     * with `asOf`, only the latest on each issue by that day; with `confirmedOnly`, only stated ones.
     */
    stances: Array<Stance>;
    /** Delegations that acted for this actor, by meeting date: who represented it where and when. */
    representedBy: Array<Delegation>;
    /** Positions this actor says others hold (its claims about them), by date; optionally about one actor only. */
    claims: Array<Stance>;
    /** Positions others say this actor holds (their claims about it, never its own word), by date; optionally by one claimant. */
    claimsAbout: Array<Stance>;
    /** The groups this actor is a known member of. */
    groups: Array<GroupMember>;
    /** Documents this actor wrote or co-wrote, by date. */
    documents: Array<Document>;
    /** Contacts outside meetings this actor took part in, by date. */
    contacts: Array<Contact>;
    /** How the article gives this fact: stated as fact, reported, planned, scheduled, denied, disputed, or inferred. */
    status: FactStatus;
    /** Who reported, denied or disputed it. */
    statusBy: Array<Actor>;
    /** A curator's caveat. */
    note?: Maybe<Scalars['String']['output']>;
    /**
     * Posts held, in order of the date the sources attest them. With `asOf`, the posts held on that
     * day: begun by then (`from`, else the first attested date) and not ended (`until`) before it.
     */
    posts: Array<Post>;
    /** Seats in delegations, in order of the meetings' dates; with `asOf`, only meetings begun by that day. */
    delegations: Array<Membership>;
    /** Persons, states or organisations this person acts for (an envoy, an adviser, an aide). */
    actsFor: Array<Representation>;
    /** People who act for this person. */
    representatives: Array<Representation>;
    /** Positions this person voiced, on anyone's behalf, by date. */
    voiced: Array<Stance>;
    /** Meetings this person chaired, mediated, brokered or observed. */
    mediated: Array<Meeting>;
  };

export type PersonStancesArgs = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  asOf?: InputMaybe<Scalars['PartialDate']['input']>;
  confirmedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PersonRepresentedByArgs = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

export type PersonClaimsArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
};

export type PersonClaimsAboutArgs = {
  by?: InputMaybe<Scalars['ID']['input']>;
};

export type PersonPostsArgs = {
  asOf?: InputMaybe<Scalars['PartialDate']['input']>;
};

export type PersonDelegationsArgs = {
  asOf?: InputMaybe<Scalars['PartialDate']['input']>;
};

export type State = Actor &
  Node &
  Evidenced & {
    __typename?: 'State';
    id: Scalars['ID']['output'];
    name: Scalars['String']['output'];
    aliases: Array<Scalars['String']['output']>;
    evidence: Array<Evidence>;
    sourceCount: Scalars['Int']['output'];
    /**
     * Positions held on this actor's behalf in its own word (never others' claims about it), by date;
     * with `asOf`, only the latest on each issue by that day; with `confirmedOnly`, only stated ones.
     */
    stances: Array<Stance>;
    /** Delegations that acted for this actor, by meeting date: who represented it where and when. */
    representedBy: Array<Delegation>;
    /** Positions this actor says others hold (its claims about them), by date; optionally about one actor only. */
    claims: Array<Stance>;
    /** Positions others say this actor holds (their claims about it, never its own word), by date; optionally by one claimant. */
    claimsAbout: Array<Stance>;
    /** The groups this actor is a known member of. */
    groups: Array<GroupMember>;
    /** Documents this actor wrote or co-wrote, by date. */
    documents: Array<Document>;
    /** Contacts outside meetings this actor took part in, by date. */
    contacts: Array<Contact>;
    /** How the article gives this fact: stated as fact, reported, planned, scheduled, denied, disputed, or inferred. */
    status: FactStatus;
    /** Who reported, denied or disputed it. */
    statusBy: Array<Actor>;
    /** A curator's caveat. */
    note?: Maybe<Scalars['String']['output']>;
    /** People who held a post of this state, by attested date. */
    officeholders: Array<Post>;
  };

export type StateStancesArgs = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  asOf?: InputMaybe<Scalars['PartialDate']['input']>;
  confirmedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type StateRepresentedByArgs = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

export type StateClaimsArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
};

export type StateClaimsAboutArgs = {
  by?: InputMaybe<Scalars['ID']['input']>;
};

export type Organisation = Actor &
  Node &
  Evidenced & {
    __typename?: 'Organisation';
    id: Scalars['ID']['output'];
    name: Scalars['String']['output'];
    aliases: Array<Scalars['String']['output']>;
    evidence: Array<Evidence>;
    sourceCount: Scalars['Int']['output'];
    kind: OrganisationKind;
    /** The state or organisation this one belongs to (the GRU to Russia). */
    partOf?: Maybe<Actor>;
    /**
     * Positions held on this actor's behalf in its own word (never others' claims about it), by date;
     * with `asOf`, only the latest on each issue by that day; with `confirmedOnly`, only stated ones.
     */
    stances: Array<Stance>;
    /** Delegations that acted for this actor, by meeting date: who represented it where and when. */
    representedBy: Array<Delegation>;
    /** Positions this actor says others hold (its claims about them), by date; optionally about one actor only. */
    claims: Array<Stance>;
    /** Positions others say this actor holds (their claims about it, never its own word), by date; optionally by one claimant. */
    claimsAbout: Array<Stance>;
    /** The groups this actor is a known member of. */
    groups: Array<GroupMember>;
    /** Documents this actor wrote or co-wrote, by date. */
    documents: Array<Document>;
    /** Contacts outside meetings this actor took part in, by date. */
    contacts: Array<Contact>;
    /** How the article gives this fact: stated as fact, reported, planned, scheduled, denied, disputed, or inferred. */
    status: FactStatus;
    /** Who reported, denied or disputed it. */
    statusBy: Array<Actor>;
    /** A curator's caveat. */
    note?: Maybe<Scalars['String']['output']>;
    /** People who held a post in this organisation, by attested date. */
    officeholders: Array<Post>;
  };

export type OrganisationStancesArgs = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  asOf?: InputMaybe<Scalars['PartialDate']['input']>;
  confirmedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type OrganisationRepresentedByArgs = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

export type OrganisationClaimsArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
};

export type OrganisationClaimsAboutArgs = {
  by?: InputMaybe<Scalars['ID']['input']>;
};

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

export type Place = Node &
  Evidenced & {
    __typename?: 'Place';
    id: Scalars['ID']['output'];
    name: Scalars['String']['output'];
    aliases: Array<Scalars['String']['output']>;
    evidence: Array<Evidence>;
    sourceCount: Scalars['Int']['output'];
    /** The state the place lies in. */
    state?: Maybe<State>;
    /** How the article gives this fact: stated as fact, reported, planned, scheduled, denied, disputed, or inferred. */
    status: FactStatus;
    /** Who reported, denied or disputed it. */
    statusBy: Array<Actor>;
    /** A curator's caveat. */
    note?: Maybe<Scalars['String']['output']>;
  };

/** A post a person held, at the dates the sources attest. */
export type Post = Evidenced & {
  __typename?: 'Post';
  /** Who held it. */
  person: Person;
  title: Scalars['String']['output'];
  /** The state or organisation the post belongs to. */
  of: Actor;
  /** When the post began, only where a source says so. */
  from?: Maybe<Scalars['PartialDate']['output']>;
  /** When the post ended, only where a source says so. */
  until?: Maybe<Scalars['PartialDate']['output']>;
  /** The date at which a source attests the person held the post. */
  attested: Scalars['PartialDate']['output'];
  evidence: Array<Evidence>;
  sourceCount: Scalars['Int']['output'];
  /** How the article gives this fact: stated as fact, reported, planned, scheduled, denied, disputed, or inferred. */
  status: FactStatus;
  /** Who reported, denied or disputed it. */
  statusBy: Array<Actor>;
  /** A curator's caveat. */
  note?: Maybe<Scalars['String']['output']>;
};

/** A person acting for another actor: an envoy, an adviser, a spokesperson. */
export type Representation = Evidenced & {
  __typename?: 'Representation';
  /** The person acting. */
  person: Person;
  for: Actor;
  role: Scalars['String']['output'];
  attested: Scalars['PartialDate']['output'];
  evidence: Array<Evidence>;
  sourceCount: Scalars['Int']['output'];
  /** How the article gives this fact: stated as fact, reported, planned, scheduled, denied, disputed, or inferred. */
  status: FactStatus;
  /** Who reported, denied or disputed it. */
  statusBy: Array<Actor>;
  /** A curator's caveat. */
  note?: Maybe<Scalars['String']['output']>;
};

export type MeetingKind =
  'TALKS_ROUND' | 'BILATERAL_MEETING' | 'MULTILATERAL_MEETING' | 'PHONE_CALL' | 'SUMMIT' | 'VISIT';

/** A talks round, meeting, call, summit or visit. */
export type Meeting = Node &
  Evidenced & {
    __typename?: 'Meeting';
    id: Scalars['ID']['output'];
    name: Scalars['String']['output'];
    aliases: Array<Scalars['String']['output']>;
    kind: MeetingKind;
    start: Scalars['PartialDate']['output'];
    /** Null when the sources do not say when it ended. */
    end?: Maybe<Scalars['PartialDate']['output']>;
    /** Whether it was held, or only scheduled, planned, possible, or called off. */
    status: MeetingStatus;
    /** Whether the end date is attested or was only announced; null without an end. */
    endStatus?: Maybe<EndStatus>;
    /** Who reported, denied or disputed that it took place. */
    statusBy: Array<Actor>;
    /** A curator's caveat. */
    note?: Maybe<Scalars['String']['output']>;
    /** Documents drafted, handed over or received at this meeting. */
    documents: Array<DocumentEvent>;
    place?: Maybe<Place>;
    /** The previous round of the same series. */
    follows?: Maybe<Meeting>;
    hosts: Array<Host>;
    /** Chairs, mediators, brokers and observers. */
    mediators: Array<Mediator>;
    delegations: Array<Delegation>;
    /** Positions voiced at or around this meeting. */
    stances: Array<Stance>;
    evidence: Array<Evidence>;
    sourceCount: Scalars['Int']['output'];
  };

export type Host = Evidenced & {
  __typename?: 'Host';
  actor: Actor;
  evidence: Array<Evidence>;
  sourceCount: Scalars['Int']['output'];
  /** How the article gives this fact: stated as fact, reported, planned, scheduled, denied, disputed, or inferred. */
  status: FactStatus;
  /** Who reported, denied or disputed it. */
  statusBy: Array<Actor>;
  /** A curator's caveat. */
  note?: Maybe<Scalars['String']['output']>;
};

export type MediatorRole = 'CHAIR' | 'MEDIATOR' | 'BROKER' | 'OBSERVER';

export type Mediator = Evidenced & {
  __typename?: 'Mediator';
  actor: Actor;
  role: MediatorRole;
  evidence: Array<Evidence>;
  sourceCount: Scalars['Int']['output'];
  /** How the article gives this fact: stated as fact, reported, planned, scheduled, denied, disputed, or inferred. */
  status: FactStatus;
  /** Who reported, denied or disputed it. */
  statusBy: Array<Actor>;
  /** A curator's caveat. */
  note?: Maybe<Scalars['String']['output']>;
};

/** The people who sat at a meeting for one party. */
export type Delegation = Node &
  Evidenced & {
    __typename?: 'Delegation';
    id: Scalars['ID']['output'];
    name: Scalars['String']['output'];
    meeting: Meeting;
    /** The party the delegation acted for. */
    represents: Actor;
    /** The members who led the delegation. */
    heads: Array<Membership>;
    /** Every member, heads first, then by name. */
    members: Array<Membership>;
    evidence: Array<Evidence>;
    sourceCount: Scalars['Int']['output'];
    /** How the article gives this fact: stated as fact, reported, planned, scheduled, denied, disputed, or inferred. */
    status: FactStatus;
    /** Who reported, denied or disputed it. */
    statusBy: Array<Actor>;
    /** A curator's caveat. */
    note?: Maybe<Scalars['String']['output']>;
  };

export type DelegationRole = 'HEAD' | 'MEMBER';

/** A person's seat in a delegation. */
export type Membership = Evidenced & {
  __typename?: 'Membership';
  person: Person;
  delegation: Delegation;
  role: DelegationRole;
  /** The capacity in which they sat, as the source gives it (Defence Minister, military intelligence chief). */
  capacity?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  sourceCount: Scalars['Int']['output'];
  /** How the article gives this fact: stated as fact, reported, planned, scheduled, denied, disputed, or inferred. */
  status: FactStatus;
  /** Who reported, denied or disputed it. */
  statusBy: Array<Actor>;
  /** A curator's caveat. */
  note?: Maybe<Scalars['String']['output']>;
};

export type DatasetInfo = {
  __typename?: 'DatasetInfo';
  /** A hash of the seed files the database was loaded from. */
  version: Scalars['String']['output'];
  facts: Scalars['Int']['output'];
  quotes: Scalars['Int']['output'];
  /** Counts the committed changes to the graph: every seed that changed something advances it by one. */
  revision: Scalars['Int']['output'];
};

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

/** A question the parties take positions on, phrased as a proposition ("Ukraine's membership of NATO"). */
export type Issue = Node &
  Evidenced & {
    __typename?: 'Issue';
    id: Scalars['ID']['output'];
    name: Scalars['String']['output'];
    aliases: Array<Scalars['String']['output']>;
    /** Words a reader would search with; the search finds the issue by them. */
    keywords: Array<Scalars['String']['output']>;
    category: IssueCategory;
    description: Scalars['String']['output'];
    /**
     * The stances its holders take on this issue in their own word, by date; with `asOf`, each
     * actor's latest by that day; with `confirmedOnly`, only stated ones.
     */
    stances: Array<Stance>;
    /** What some actors say others hold on this issue, by date. */
    claims: Array<Stance>;
    /** Positions that depend on this issue: their condition names it. */
    conditionOf: Array<Stance>;
    evidence: Array<Evidence>;
    sourceCount: Scalars['Int']['output'];
    /** How the article gives this fact: stated as fact, reported, planned, scheduled, denied, disputed, or inferred. */
    status: FactStatus;
    /** Who reported, denied or disputed it. */
    statusBy: Array<Actor>;
    /** A curator's caveat. */
    note?: Maybe<Scalars['String']['output']>;
  };

/** A question the parties take positions on, phrased as a proposition ("Ukraine's membership of NATO"). */
export type IssueStancesArgs = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  asOf?: InputMaybe<Scalars['PartialDate']['input']>;
  confirmedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type IssueCategory =
  'TERRITORY' | 'SECURITY' | 'CEASEFIRE' | 'HUMANITARIAN' | 'ECONOMIC' | 'SANCTIONS' | 'NUCLEAR' | 'PROCESS';

/** A position toward an issue: the first four are for it, OPPOSES and REJECTS against it. */
export type Position = 'SUPPORTS' | 'DEMANDS' | 'PROPOSES' | 'ACCEPTS' | 'OPPOSES' | 'REJECTS' | 'CONDITIONAL';

/** Whether a position is for, against, or conditionally for its issue. */
export type Stand = 'FOR' | 'AGAINST' | 'CONDITIONAL';

/** How a position is known. */
export type Attribution = 'OFFICIAL_STATEMENT' | 'PUBLIC_REMARKS' | 'SOCIAL_MEDIA' | 'DOCUMENT' | 'REPORTED';

/**
 * One actor's position on one issue at one date: its own word, or, when `claimant` is set, what
 * another actor says it holds.
 */
export type Stance = Node &
  Evidenced & {
    __typename?: 'Stance';
    id: Scalars['ID']['output'];
    /** On whose behalf the position is held (the holder). */
    actor: Actor;
    /** Who says the holder holds it, when that is not the holder's own word; null for its own word. */
    claimant?: Maybe<Actor>;
    /** What a conditional position depends on. */
    condition?: Maybe<Condition>;
    /** The document this position is a term of. */
    document?: Maybe<Document>;
    /** The PLOVER type of the act, when the position is an act toward other actors. */
    event?: Maybe<EventType>;
    /** The actors the act is directed at. */
    targets: Array<Actor>;
    issue: Issue;
    position: Position;
    stand: Stand;
    date: Scalars['PartialDate']['output'];
    /** Who voiced it: a spokesman for his government, a leader for his state. */
    voicedBy?: Maybe<Person>;
    attribution: Attribution;
    /** The agency or outlet the article credits for the report. */
    reportedBy?: Maybe<Actor>;
    /** The meeting in whose context it was voiced. */
    meeting?: Maybe<Meeting>;
    summary: Scalars['String']['output'];
    evidence: Array<Evidence>;
    sourceCount: Scalars['Int']['output'];
    /** How the article gives this fact: stated as fact, reported, planned, scheduled, denied, disputed, or inferred. */
    status: FactStatus;
    /** Who reported, denied or disputed it. */
    statusBy: Array<Actor>;
    /** A curator's caveat. */
    note?: Maybe<Scalars['String']['output']>;
  };

/** What a conditional position depends on: in the article's words, and the issue it names, if any. */
export type Condition = {
  __typename?: 'Condition';
  text: Scalars['String']['output'];
  issue?: Maybe<Issue>;
};

export type StanceFilter = {
  actors?: InputMaybe<Array<Scalars['ID']['input']>>;
  issues?: InputMaybe<Array<Scalars['ID']['input']>>;
  positions?: InputMaybe<Array<Position>>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Only the latest stance of each actor on each issue by this day. */
  asOf?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Only stances of these statuses. */
  status?: InputMaybe<Array<FactStatus>>;
  /** Only stances the article states as fact (status STATED). */
  confirmedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Claims made by these actors about others' positions, instead of the holders' own word. */
  claimedBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Every claim, whoever made it (what one actor says another holds), instead of the holders' own word; `claimedBy` narrows it to some claimants. */
  claims?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A page of a list in a stable order, with the total for paging. */
export type MeetingPage = {
  __typename?: 'MeetingPage';
  items: Array<Meeting>;
  total: Scalars['Int']['output'];
};

export type ActorPage = {
  __typename?: 'ActorPage';
  items: Array<Actor>;
  total: Scalars['Int']['output'];
};

export type IssuePage = {
  __typename?: 'IssuePage';
  items: Array<Issue>;
  total: Scalars['Int']['output'];
};

export type StancePage = {
  __typename?: 'StancePage';
  items: Array<Stance>;
  total: Scalars['Int']['output'];
};

/** A meeting or a stance, placed in time. */
export type TimelineEvent = Meeting | Stance;

export type TimelinePage = {
  __typename?: 'TimelinePage';
  items: Array<TimelineEvent>;
  total: Scalars['Int']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Node;
  type: EntityType;
  /** The name or alias that matched best. */
  matched: Scalars['String']['output'];
  score: Scalars['Float']['output'];
};

/** Nodes and edges ready to draw (Cytoscape's elements map onto them one to one). */
export type Graph = {
  __typename?: 'Graph';
  nodes: Array<GraphNode>;
  edges: Array<GraphEdge>;
};

export type GraphNode = {
  __typename?: 'GraphNode';
  id: Scalars['ID']['output'];
  type: EntityType;
  label: Scalars['String']['output'];
  /** Hops from the entity asked about (0 for itself); position along a path. */
  distance: Scalars['Int']['output'];
  /** The earliest day the node is about (a meeting's start, a stance's date, a delegation's meeting's start), for time filters. */
  date?: Maybe<Scalars['PartialDate']['output']>;
};

/** One fact drawn as an edge, with its evidence. */
export type GraphEdge = Evidenced & {
  __typename?: 'GraphEdge';
  /** Stable across requests. */
  id: Scalars['ID']['output'];
  /** The relationship: MEMBER_OF, REPRESENTS, HELD_POST, TAKES… */
  type: Scalars['String']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  /** A short caption: a role, a post's title, a capacity, a kind or a PLOVER event type. */
  label?: Maybe<Scalars['String']['output']>;
  /** The day the fact is about, when it has one; a delegation's seats, party and meeting take its meeting's day. */
  date?: Maybe<Scalars['PartialDate']['output']>;
  /** How the article gives the fact: STATED unless it says it was reported, planned, denied… */
  status: FactStatus;
  evidence: Array<Evidence>;
  sourceCount: Scalars['Int']['output'];
};

/** One actor's latest position on one issue in a comparison. */
export type PositionCell = {
  __typename?: 'PositionCell';
  actor: Actor;
  stance?: Maybe<Stance>;
};

/** One issue of a comparison: where each actor stands, and whether they agree. */
export type ComparedIssue = {
  __typename?: 'ComparedIssue';
  issue: Issue;
  positions: Array<PositionCell>;
  /** Pairs of actors on the same side of the issue. */
  agreements: Array<ActorPair>;
  /** Pairs of actors on opposite sides of the issue. */
  conflicts: Array<ActorPair>;
};

export type ActorPair = {
  __typename?: 'ActorPair';
  a: Actor;
  b: Actor;
};

export type PositionComparison = {
  __typename?: 'PositionComparison';
  actors: Array<Actor>;
  issues: Array<ComparedIssue>;
};

/** An issue on which parties to the same meeting stand on opposite sides. */
export type StickingPoint = {
  __typename?: 'StickingPoint';
  issue: Issue;
  meeting: Meeting;
  for: Array<Stance>;
  against: Array<Stance>;
};

export type RosterChange = {
  __typename?: 'RosterChange';
  party: Actor;
  before?: Maybe<Delegation>;
  after?: Maybe<Delegation>;
  joined: Array<Membership>;
  left: Array<Membership>;
  /** Members in both delegations whose role or capacity changed, as seated after. */
  changed: Array<CapacityChange>;
  stayed: Array<Membership>;
};

export type CapacityChange = {
  __typename?: 'CapacityChange';
  person: Person;
  before: Membership;
  after: Membership;
};

/** Actors linked by shared (congruence) or opposed (conflict) positions. */
export type AgreementNetwork = {
  __typename?: 'AgreementNetwork';
  actors: Array<Actor>;
  links: Array<AgreementLink>;
};

export type AgreementLink = {
  __typename?: 'AgreementLink';
  a: Actor;
  b: Actor;
  /** Issues on which both stand on the same side. */
  congruence: Scalars['Int']['output'];
  /** Issues on which they stand on opposite sides. */
  conflict: Scalars['Int']['output'];
  agreeOn: Array<Issue>;
  disagreeOn: Array<Issue>;
};

/** Who may change the graph: editors write facts, admins also manage API tokens. */
export type Role =
  /** Signed in, writes nothing: every edit is FORBIDDEN. */
  'READER' | 'EDITOR' | 'ADMIN';

/** The user a request acts for. */
export type Viewer = {
  __typename?: 'Viewer';
  name: Scalars['String']['output'];
  role: Role;
  /** How the request proved it. */
  via: Credential;
};

/** What a request presents to act for a user. */
export type Credential =
  /** The session cookie `signIn` set. */
  | 'SESSION'
  /** An API token, as `Authorization: Bearer <secret>`. */
  | 'TOKEN';

/** A token a script sends as `Authorization: Bearer <secret>`; it acts as its user, with their role. */
export type ApiToken = {
  __typename?: 'ApiToken';
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  user: Scalars['String']['output'];
  createdBy: Scalars['String']['output'];
  createdAt: Scalars['String']['output'];
  /** Null while the token works. */
  revokedAt?: Maybe<Scalars['String']['output']>;
};

/** A new API token and its secret, which is shown this once and stored only as a hash. */
export type NewApiToken = {
  __typename?: 'NewApiToken';
  token: ApiToken;
  secret: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Checks a name and password and starts a session: the answer sets an HttpOnly, SameSite=Strict
   * cookie. Fails with UNAUTHENTICATED for a wrong name or password, and with RATE_LIMITED after
   * too many failures for one name.
   */
  signIn: Viewer;
  /** Ends the current session and clears its cookie; true when there was one. */
  signOut: Scalars['Boolean']['output'];
  /** Creates an API token acting as `user`. Admins only. */
  createApiToken: NewApiToken;
  /** Revokes an API token for good. Admins only. */
  revokeApiToken: ApiToken;
  /** Adds an article with its full text, or changes its metadata (and its text, when given). */
  putSource: EntryChange;
  putState: EntryChange;
  putOrganisation: EntryChange;
  putPlace: EntryChange;
  putPerson: EntryChange;
  putGroup: EntryChange;
  putMeeting: EntryChange;
  putIssue: EntryChange;
  putStance: EntryChange;
  putDocument: EntryChange;
  putContact: EntryChange;
  /**
   * Retracts an entry, or one fact inside it (`path`: `posts[1]`, `delegations[0].members[2]`): the
   * graph no longer holds it, the files keep it with the reason. An entity others still refer to
   * cannot be retracted (BAD_USER_INPUT naming them).
   */
  retractFact: EntryChange;
  /** Adds another name an entity is known by. */
  addAlias: EntryChange;
  /**
   * Merges two entities that turn out to be one (two people, states, organisations, groups, places or
   * issues, of one kind): `merge`'s name and aliases become aliases of `keep`, its evidence and facts
   * move to `keep`, every entry that referred to `merge` refers to `keep`, `merge`'s entry is removed,
   * and its id keeps answering for `keep` (`formerIds`). Takes both versions (CONFLICT when one is
   * stale); BAD_USER_INPUT (`field`: `keep` or `merge`) for one entity twice, two kinds, or a
   * blocking conflict, listed in `extensions.problems`. See `mergePreview`.
   */
  mergeEntities: EntityMerge;
};

export type MutationSignInArgs = {
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type MutationCreateApiTokenArgs = {
  user: Scalars['String']['input'];
  label: Scalars['String']['input'];
};

export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};

export type MutationPutSourceArgs = {
  entry: SourceInput;
  text?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['String']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type MutationPutStateArgs = {
  entry: StateInput;
  version?: InputMaybe<Scalars['String']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type MutationPutOrganisationArgs = {
  entry: OrganisationInput;
  version?: InputMaybe<Scalars['String']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type MutationPutPlaceArgs = {
  entry: PlaceInput;
  version?: InputMaybe<Scalars['String']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type MutationPutPersonArgs = {
  entry: PersonInput;
  version?: InputMaybe<Scalars['String']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type MutationPutGroupArgs = {
  entry: GroupInput;
  version?: InputMaybe<Scalars['String']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type MutationPutMeetingArgs = {
  entry: MeetingInput;
  version?: InputMaybe<Scalars['String']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type MutationPutIssueArgs = {
  entry: IssueInput;
  version?: InputMaybe<Scalars['String']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type MutationPutStanceArgs = {
  entry: StanceInput;
  version?: InputMaybe<Scalars['String']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type MutationPutDocumentArgs = {
  entry: DocumentInput;
  version?: InputMaybe<Scalars['String']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type MutationPutContactArgs = {
  entry: ContactInput;
  version?: InputMaybe<Scalars['String']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type MutationRetractFactArgs = {
  id: Scalars['ID']['input'];
  path?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  version: Scalars['String']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type MutationAddAliasArgs = {
  id: Scalars['ID']['input'];
  alias: Scalars['String']['input'];
  version: Scalars['String']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type MutationMergeEntitiesArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
  keepVersion: Scalars['String']['input'];
  mergeVersion: Scalars['String']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

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

/** PLOVER's sixteen event types (the Open Event Data Alliance's successor to CAMEO). */
export type EventType =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT';

/** An actor that stands for a set of others: a coalition, a bloc, a region, unnamed officials, a community. */
export type Group = Actor &
  Node &
  Evidenced & {
    __typename?: 'Group';
    id: Scalars['ID']['output'];
    name: Scalars['String']['output'];
    aliases: Array<Scalars['String']['output']>;
    evidence: Array<Evidence>;
    sourceCount: Scalars['Int']['output'];
    kind: GroupKind;
    description: Scalars['String']['output'];
    /** For unnamed officials of one state ("Ukrainian sources"): the state. */
    of?: Maybe<State>;
    /** Its known members, by name. */
    members: Array<GroupMember>;
    /**
     * Positions held on this actor's behalf in its own word (never others' claims about it), by date;
     * with `asOf`, only the latest on each issue by that day; with `confirmedOnly`, only stated ones.
     */
    stances: Array<Stance>;
    /** Delegations that acted for this actor, by meeting date: who represented it where and when. */
    representedBy: Array<Delegation>;
    /** Positions this actor says others hold (its claims about them), by date; optionally about one actor only. */
    claims: Array<Stance>;
    /** Positions others say this actor holds (their claims about it, never its own word), by date; optionally by one claimant. */
    claimsAbout: Array<Stance>;
    /** The groups this actor is a known member of. */
    groups: Array<GroupMember>;
    /** Documents this actor wrote or co-wrote, by date. */
    documents: Array<Document>;
    /** Contacts outside meetings this actor took part in, by date. */
    contacts: Array<Contact>;
    /** How the article gives this fact: stated as fact, reported, planned, scheduled, denied, disputed, or inferred. */
    status: FactStatus;
    /** Who reported, denied or disputed it. */
    statusBy: Array<Actor>;
    /** A curator's caveat. */
    note?: Maybe<Scalars['String']['output']>;
  };

/** An actor that stands for a set of others: a coalition, a bloc, a region, unnamed officials, a community. */
export type GroupStancesArgs = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  asOf?: InputMaybe<Scalars['PartialDate']['input']>;
  confirmedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An actor that stands for a set of others: a coalition, a bloc, a region, unnamed officials, a community. */
export type GroupRepresentedByArgs = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** An actor that stands for a set of others: a coalition, a bloc, a region, unnamed officials, a community. */
export type GroupClaimsArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
};

/** An actor that stands for a set of others: a coalition, a bloc, a region, unnamed officials, a community. */
export type GroupClaimsAboutArgs = {
  by?: InputMaybe<Scalars['ID']['input']>;
};

/** An actor's membership of a group. */
export type GroupMember = Evidenced & {
  __typename?: 'GroupMember';
  actor: Actor;
  group: Group;
  evidence: Array<Evidence>;
  sourceCount: Scalars['Int']['output'];
  /** How the article gives this fact: stated as fact, reported, planned, scheduled, denied, disputed, or inferred. */
  status: FactStatus;
  /** Who reported, denied or disputed it. */
  statusBy: Array<Actor>;
  /** A curator's caveat. */
  note?: Maybe<Scalars['String']['output']>;
};

/** A memorandum, draft, proposal, roadmap, letter, plan, list, resolution, doctrine or agreement. */
export type Document = Node &
  Evidenced & {
    __typename?: 'Document';
    id: Scalars['ID']['output'];
    name: Scalars['String']['output'];
    aliases: Array<Scalars['String']['output']>;
    kind: DocumentKind;
    date?: Maybe<Scalars['PartialDate']['output']>;
    description?: Maybe<Scalars['String']['output']>;
    /** Who wrote it. */
    authors: Array<Actor>;
    /** To whom it is addressed. */
    addressees: Array<Actor>;
    /** What happened to it (drafted, issued, handed over, received, published, obtained), by date. */
    events: Array<DocumentEvent>;
    /** The terms it contains: positions of its authors, by issue name. */
    terms: Array<Stance>;
    evidence: Array<Evidence>;
    sourceCount: Scalars['Int']['output'];
    /** How the article gives this fact: stated as fact, reported, planned, scheduled, denied, disputed, or inferred. */
    status: FactStatus;
    /** Who reported, denied or disputed it. */
    statusBy: Array<Actor>;
    /** A curator's caveat. */
    note?: Maybe<Scalars['String']['output']>;
  };

/** Something that happened to a document: who did it, to whom, when and where. */
export type DocumentEvent = Evidenced & {
  __typename?: 'DocumentEvent';
  kind: DocumentEventKind;
  document: Document;
  date?: Maybe<Scalars['PartialDate']['output']>;
  /** Who did it (for RECEIVED: who received it). */
  by: Actor;
  /** To whom it was handed or issued. */
  to: Array<Actor>;
  meeting?: Maybe<Meeting>;
  /** The PLOVER type, when it is an act toward other actors. */
  event?: Maybe<EventType>;
  evidence: Array<Evidence>;
  sourceCount: Scalars['Int']['output'];
  /** How the article gives this fact: stated as fact, reported, planned, scheduled, denied, disputed, or inferred. */
  status: FactStatus;
  /** Who reported, denied or disputed it. */
  statusBy: Array<Actor>;
  /** A curator's caveat. */
  note?: Maybe<Scalars['String']['output']>;
};

/** A contact between actors outside any meeting: a consultation, coordination, technical talks, a message. */
export type Contact = Node &
  Evidenced & {
    __typename?: 'Contact';
    id: Scalars['ID']['output'];
    /** Derived: the parties and the kind of contact. */
    name: Scalars['String']['output'];
    kind: ContactKind;
    date?: Maybe<Scalars['PartialDate']['output']>;
    summary: Scalars['String']['output'];
    parties: Array<Actor>;
    /** Who sought the contact, when the article says. */
    initiator?: Maybe<Actor>;
    /** The PLOVER type of the contact as an act of the initiator (else the first party) toward the others. */
    event?: Maybe<EventType>;
    evidence: Array<Evidence>;
    sourceCount: Scalars['Int']['output'];
    /** How the article gives this fact: stated as fact, reported, planned, scheduled, denied, disputed, or inferred. */
    status: FactStatus;
    /** Who reported, denied or disputed it. */
    statusBy: Array<Actor>;
    /** A curator's caveat. */
    note?: Maybe<Scalars['String']['output']>;
  };

/**
 * One act of one actor toward another, in PLOVER's who-did-what-to-whom form: taken from a position
 * (its claimant, else its holder, toward its targets), a contact, or something done to a document.
 */
export type ActorEvent = Evidenced & {
  __typename?: 'ActorEvent';
  /** Stable across requests. */
  id: Scalars['ID']['output'];
  date?: Maybe<Scalars['PartialDate']['output']>;
  source: Actor;
  type: EventType;
  target: Actor;
  /** The id of the fact the event comes from: a stance, a contact, or a document's event. */
  factId: Scalars['ID']['output'];
  /** STANCE, CONTACT or DOCUMENT_EVENT. */
  factType: EntityType;
  evidence: Array<Evidence>;
  sourceCount: Scalars['Int']['output'];
  /** How the article gives this fact: stated as fact, reported, planned, scheduled, denied, disputed, or inferred. */
  status: FactStatus;
  /** Who reported, denied or disputed it. */
  statusBy: Array<Actor>;
  /** A curator's caveat. */
  note?: Maybe<Scalars['String']['output']>;
};

export type DocumentPage = {
  __typename?: 'DocumentPage';
  items: Array<Document>;
  total: Scalars['Int']['output'];
};

export type GroupPage = {
  __typename?: 'GroupPage';
  items: Array<Group>;
  total: Scalars['Int']['output'];
};

export type ContactPage = {
  __typename?: 'ContactPage';
  items: Array<Contact>;
  total: Scalars['Int']['output'];
};

export type ActorEventPage = {
  __typename?: 'ActorEventPage';
  items: Array<ActorEvent>;
  total: Scalars['Int']['output'];
};

/** Who withdrew a fact, when, and why. Written by `retractFact`; sent back unchanged when an entry is edited. */
export type RetractionInput = {
  reason: Scalars['String']['input'];
  by: Scalars['String']['input'];
  at: Scalars['String']['input'];
};

/** One quote and the source it is taken from, verbatim (up to spacing). */
export type EvidenceInput = {
  source: Scalars['ID']['input'];
  quote: Scalars['String']['input'];
};

/** An article: its metadata. Its full text is the `text` argument of `putSource`. */
export type SourceInput = {
  id: Scalars['ID']['input'];
  /** The text's file under `seed/data/sources/`; `<id>.txt` when absent. */
  file?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  author?: InputMaybe<Scalars['String']['input']>;
  date: Scalars['String']['input'];
  /** True when the article's date is inferred rather than printed. */
  dateInferred: Scalars['Boolean']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

export type StateInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The ids of entities merged into this one: sent back unchanged. */
  formerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  evidence: Array<EvidenceInput>;
  status?: InputMaybe<Scalars['String']['input']>;
  statusBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  retracted?: InputMaybe<RetractionInput>;
};

export type OrganisationInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The ids of entities merged into this one: sent back unchanged. */
  formerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind: Scalars['String']['input'];
  partOf?: InputMaybe<Scalars['ID']['input']>;
  evidence: Array<EvidenceInput>;
  status?: InputMaybe<Scalars['String']['input']>;
  statusBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  retracted?: InputMaybe<RetractionInput>;
};

export type PlaceInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The ids of entities merged into this one: sent back unchanged. */
  formerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  in?: InputMaybe<Scalars['ID']['input']>;
  evidence: Array<EvidenceInput>;
  status?: InputMaybe<Scalars['String']['input']>;
  statusBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  retracted?: InputMaybe<RetractionInput>;
};

export type PostInput = {
  title: Scalars['String']['input'];
  of: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['String']['input']>;
  until?: InputMaybe<Scalars['String']['input']>;
  attested: Scalars['String']['input'];
  evidence: Array<EvidenceInput>;
  status?: InputMaybe<Scalars['String']['input']>;
  statusBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  retracted?: InputMaybe<RetractionInput>;
};

export type RepresentationInput = {
  for: Scalars['ID']['input'];
  role: Scalars['String']['input'];
  attested: Scalars['String']['input'];
  evidence: Array<EvidenceInput>;
  status?: InputMaybe<Scalars['String']['input']>;
  statusBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  retracted?: InputMaybe<RetractionInput>;
};

export type RelationInput = {
  to: Scalars['ID']['input'];
  kind: Scalars['String']['input'];
  evidence: Array<EvidenceInput>;
  status?: InputMaybe<Scalars['String']['input']>;
  statusBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  retracted?: InputMaybe<RetractionInput>;
};

export type PersonInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The ids of entities merged into this one: sent back unchanged. */
  formerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  nationality?: InputMaybe<Scalars['ID']['input']>;
  evidence: Array<EvidenceInput>;
  status?: InputMaybe<Scalars['String']['input']>;
  statusBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  retracted?: InputMaybe<RetractionInput>;
  posts?: InputMaybe<Array<PostInput>>;
  represents?: InputMaybe<Array<RepresentationInput>>;
  relations?: InputMaybe<Array<RelationInput>>;
};

export type GroupMemberInput = {
  actor: Scalars['ID']['input'];
  evidence: Array<EvidenceInput>;
  status?: InputMaybe<Scalars['String']['input']>;
  statusBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  retracted?: InputMaybe<RetractionInput>;
};

export type GroupInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The ids of entities merged into this one: sent back unchanged. */
  formerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind: Scalars['String']['input'];
  description: Scalars['String']['input'];
  of?: InputMaybe<Scalars['ID']['input']>;
  members?: InputMaybe<Array<GroupMemberInput>>;
  evidence: Array<EvidenceInput>;
  status?: InputMaybe<Scalars['String']['input']>;
  statusBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  retracted?: InputMaybe<RetractionInput>;
};

export type HostInput = {
  actor: Scalars['ID']['input'];
  evidence: Array<EvidenceInput>;
  status?: InputMaybe<Scalars['String']['input']>;
  statusBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  retracted?: InputMaybe<RetractionInput>;
};

export type MediatorInput = {
  actor: Scalars['ID']['input'];
  role: Scalars['String']['input'];
  evidence: Array<EvidenceInput>;
  status?: InputMaybe<Scalars['String']['input']>;
  statusBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  retracted?: InputMaybe<RetractionInput>;
};

export type MemberInput = {
  person: Scalars['ID']['input'];
  role: Scalars['String']['input'];
  capacity?: InputMaybe<Scalars['String']['input']>;
  evidence: Array<EvidenceInput>;
  status?: InputMaybe<Scalars['String']['input']>;
  statusBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  retracted?: InputMaybe<RetractionInput>;
};

export type DelegationInput = {
  id: Scalars['ID']['input'];
  represents: Scalars['ID']['input'];
  evidence: Array<EvidenceInput>;
  status?: InputMaybe<Scalars['String']['input']>;
  statusBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  retracted?: InputMaybe<RetractionInput>;
  members?: InputMaybe<Array<MemberInput>>;
};

export type MeetingInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  kind: Scalars['String']['input'];
  start: Scalars['String']['input'];
  end?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['ID']['input']>;
  follows?: InputMaybe<Scalars['ID']['input']>;
  evidence: Array<EvidenceInput>;
  status?: InputMaybe<Scalars['String']['input']>;
  endStatus?: InputMaybe<Scalars['String']['input']>;
  statusBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  retracted?: InputMaybe<RetractionInput>;
  hosts?: InputMaybe<Array<HostInput>>;
  mediators?: InputMaybe<Array<MediatorInput>>;
  delegations?: InputMaybe<Array<DelegationInput>>;
};

export type IssueInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The ids of entities merged into this one: sent back unchanged. */
  formerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  category: Scalars['String']['input'];
  description: Scalars['String']['input'];
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  evidence: Array<EvidenceInput>;
  status?: InputMaybe<Scalars['String']['input']>;
  statusBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  retracted?: InputMaybe<RetractionInput>;
};

export type ConditionInput = {
  text: Scalars['String']['input'];
  issue?: InputMaybe<Scalars['ID']['input']>;
};

export type StanceInput = {
  id: Scalars['ID']['input'];
  actor: Scalars['ID']['input'];
  issue: Scalars['ID']['input'];
  position: Scalars['String']['input'];
  date: Scalars['String']['input'];
  voicedBy?: InputMaybe<Scalars['ID']['input']>;
  attribution: Scalars['String']['input'];
  reportedBy?: InputMaybe<Scalars['ID']['input']>;
  meeting?: InputMaybe<Scalars['ID']['input']>;
  summary: Scalars['String']['input'];
  evidence: Array<EvidenceInput>;
  status?: InputMaybe<Scalars['String']['input']>;
  statusBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  retracted?: InputMaybe<RetractionInput>;
  claimant?: InputMaybe<Scalars['ID']['input']>;
  condition?: InputMaybe<ConditionInput>;
  document?: InputMaybe<Scalars['ID']['input']>;
  event?: InputMaybe<Scalars['String']['input']>;
  /** The actors the act is directed at. */
  target?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type DocumentEventInput = {
  kind: Scalars['String']['input'];
  date?: InputMaybe<Scalars['String']['input']>;
  by: Scalars['ID']['input'];
  to?: InputMaybe<Array<Scalars['ID']['input']>>;
  meeting?: InputMaybe<Scalars['ID']['input']>;
  event?: InputMaybe<Scalars['String']['input']>;
  evidence: Array<EvidenceInput>;
  status?: InputMaybe<Scalars['String']['input']>;
  statusBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  retracted?: InputMaybe<RetractionInput>;
};

export type DocumentInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  kind: Scalars['String']['input'];
  date?: InputMaybe<Scalars['String']['input']>;
  authors: Array<Scalars['ID']['input']>;
  addressees?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  evidence: Array<EvidenceInput>;
  status?: InputMaybe<Scalars['String']['input']>;
  statusBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  retracted?: InputMaybe<RetractionInput>;
  events?: InputMaybe<Array<DocumentEventInput>>;
};

export type ContactInput = {
  id: Scalars['ID']['input'];
  kind: Scalars['String']['input'];
  parties: Array<Scalars['ID']['input']>;
  initiator?: InputMaybe<Scalars['ID']['input']>;
  date?: InputMaybe<Scalars['String']['input']>;
  summary: Scalars['String']['input'];
  event?: InputMaybe<Scalars['String']['input']>;
  evidence: Array<EvidenceInput>;
  status?: InputMaybe<Scalars['String']['input']>;
  statusBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  retracted?: InputMaybe<RetractionInput>;
};

/** One entry of a data file, as the files hold it, retracted facts included. */
export type Entry = {
  __typename?: 'Entry';
  /** The file's collection: `stances`, `people`, `sources`… */
  collection: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** A hash of the entry's content: send it back as `version` to change the entry. */
  version: Scalars['String']['output'];
  /** The entry's place in its file. */
  position: Scalars['Int']['output'];
  /** The entry as written in its file. */
  body: Scalars['JSONObject']['output'];
  /** True when the entry as a whole is retracted (hidden from the graph). */
  retracted: Scalars['Boolean']['output'];
};

/** Where a quote of the entry stands in its source's full text (string offsets, end exclusive). */
export type QuotePosition = {
  __typename?: 'QuotePosition';
  /** The evidence item, as `posts[0].evidence[1]`. */
  path: Scalars['String']['output'];
  source: Scalars['ID']['output'];
  start: Scalars['Int']['output'];
  end: Scalars['Int']['output'];
};

export type ChangeAction =
  | 'ADD'
  | 'EDIT'
  | 'RETRACT'
  /** The entry took part in a merge: the kept one, the merged one (removed, so no `after`), or one that referred to it. */
  | 'MERGE';

/** One committed change to an entry: who, when, what before and after, and why. */
export type Change = {
  __typename?: 'Change';
  id: Scalars['ID']['output'];
  /** An ISO date-time. */
  at: Scalars['String']['output'];
  /** The user who made it. */
  by: Scalars['String']['output'];
  action: ChangeAction;
  collection: Scalars['String']['output'];
  entryId: Scalars['ID']['output'];
  /** The retracted fact inside the entry (`posts[1]`); null for the entry as a whole. */
  path?: Maybe<Scalars['String']['output']>;
  comment?: Maybe<Scalars['String']['output']>;
  /** The entry before the change; null when it was added. */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** The entry after the change. */
  after?: Maybe<Scalars['JSONObject']['output']>;
};

/** What a mutation did: the entry as it now stands, the change recorded, and where its quotes are. */
export type EntryChange = {
  __typename?: 'EntryChange';
  entry: Entry;
  change: Change;
  quotes: Array<QuotePosition>;
};

/** A fact of the merged entry (`posts[0]`, `evidence[1]`, `nationality`) and where it goes in the kept one. */
export type MergeMove = {
  __typename?: 'MergeMove';
  from: Scalars['String']['output'];
  to: Scalars['String']['output'];
  /** True when the kept entry already held the same fact: the merged one's evidence is added to it. */
  combined: Scalars['Boolean']['output'];
};

/** An entry that refers to the merged entity, and the fields that will refer to the kept one. */
export type MergeRewrite = {
  __typename?: 'MergeRewrite';
  collection: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  fields: Array<Scalars['String']['output']>;
};

/** Something a merge cannot do as asked (`blocking`: it is refused), or a choice it made. */
export type MergeConflict = {
  __typename?: 'MergeConflict';
  /** The entry concerned. */
  entryId: Scalars['ID']['output'];
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  blocking: Scalars['Boolean']['output'];
};

/** What merging one entity into another does. */
export type MergePlan = {
  __typename?: 'MergePlan';
  /** The entry kept, as it stands: send its `version` as `keepVersion`. */
  keep: Entry;
  /** The entry merged and removed, as it stands: send its `version` as `mergeVersion`. */
  merge: Entry;
  /** The kept entry as it will be written. */
  result: Scalars['JSONObject']['output'];
  aliasesAdded: Array<Scalars['String']['output']>;
  /** The ids that will keep answering for the kept entity: the merged one's and its own former ids. */
  formerIdsAdded: Array<Scalars['ID']['output']>;
  factsMoved: Array<MergeMove>;
  rewritten: Array<MergeRewrite>;
  conflicts: Array<MergeConflict>;
  /** How many entries follow the merged one in its file: each moves up one place, which changes its version. */
  shifted: Scalars['Int']['output'];
};

/** What a merge did: the kept entry as it now stands, one change per entry it changed, and its plan. */
export type EntityMerge = {
  __typename?: 'EntityMerge';
  entry: Entry;
  changes: Array<Change>;
  plan: MergePlan;
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  PartialDate: ResolverTypeWrapper<unknown>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<unknown>;
  Boolean: ResolverTypeWrapper<unknown>;
  Int: ResolverTypeWrapper<unknown>;
  String: ResolverTypeWrapper<unknown>;
  Node: ResolverTypeWrapper<unknown>;
  Evidenced: ResolverTypeWrapper<unknown>;
  Evidence: ResolverTypeWrapper<unknown>;
  Source: ResolverTypeWrapper<unknown>;
  Citation: ResolverTypeWrapper<unknown>;
  SourceUse: ResolverTypeWrapper<unknown>;
  Actor: ResolverTypeWrapper<unknown>;
  Person: ResolverTypeWrapper<unknown>;
  State: ResolverTypeWrapper<unknown>;
  Organisation: ResolverTypeWrapper<unknown>;
  OrganisationKind: ResolverTypeWrapper<unknown>;
  Place: ResolverTypeWrapper<unknown>;
  Post: ResolverTypeWrapper<unknown>;
  Representation: ResolverTypeWrapper<unknown>;
  MeetingKind: ResolverTypeWrapper<unknown>;
  Meeting: ResolverTypeWrapper<unknown>;
  Host: ResolverTypeWrapper<unknown>;
  MediatorRole: ResolverTypeWrapper<unknown>;
  Mediator: ResolverTypeWrapper<unknown>;
  Delegation: ResolverTypeWrapper<unknown>;
  DelegationRole: ResolverTypeWrapper<unknown>;
  Membership: ResolverTypeWrapper<unknown>;
  DatasetInfo: ResolverTypeWrapper<unknown>;
  EntityType: ResolverTypeWrapper<unknown>;
  Issue: ResolverTypeWrapper<unknown>;
  IssueCategory: ResolverTypeWrapper<unknown>;
  Position: ResolverTypeWrapper<unknown>;
  Stand: ResolverTypeWrapper<unknown>;
  Attribution: ResolverTypeWrapper<unknown>;
  Stance: ResolverTypeWrapper<unknown>;
  Condition: ResolverTypeWrapper<unknown>;
  StanceFilter: ResolverTypeWrapper<unknown>;
  MeetingPage: ResolverTypeWrapper<unknown>;
  ActorPage: ResolverTypeWrapper<unknown>;
  IssuePage: ResolverTypeWrapper<unknown>;
  StancePage: ResolverTypeWrapper<unknown>;
  TimelineEvent: ResolverTypeWrapper<unknown>;
  TimelinePage: ResolverTypeWrapper<unknown>;
  SearchHit: ResolverTypeWrapper<unknown>;
  Float: ResolverTypeWrapper<unknown>;
  Graph: ResolverTypeWrapper<unknown>;
  GraphNode: ResolverTypeWrapper<unknown>;
  GraphEdge: ResolverTypeWrapper<unknown>;
  PositionCell: ResolverTypeWrapper<unknown>;
  ComparedIssue: ResolverTypeWrapper<unknown>;
  ActorPair: ResolverTypeWrapper<unknown>;
  PositionComparison: ResolverTypeWrapper<unknown>;
  StickingPoint: ResolverTypeWrapper<unknown>;
  RosterChange: ResolverTypeWrapper<unknown>;
  CapacityChange: ResolverTypeWrapper<unknown>;
  AgreementNetwork: ResolverTypeWrapper<unknown>;
  AgreementLink: ResolverTypeWrapper<unknown>;
  Role: ResolverTypeWrapper<unknown>;
  Viewer: ResolverTypeWrapper<unknown>;
  Credential: ResolverTypeWrapper<unknown>;
  ApiToken: ResolverTypeWrapper<unknown>;
  NewApiToken: ResolverTypeWrapper<unknown>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  FactStatus: ResolverTypeWrapper<unknown>;
  MeetingStatus: ResolverTypeWrapper<unknown>;
  EndStatus: ResolverTypeWrapper<unknown>;
  GroupKind: ResolverTypeWrapper<unknown>;
  DocumentKind: ResolverTypeWrapper<unknown>;
  DocumentEventKind: ResolverTypeWrapper<unknown>;
  ContactKind: ResolverTypeWrapper<unknown>;
  EventType: ResolverTypeWrapper<unknown>;
  Group: ResolverTypeWrapper<unknown>;
  GroupMember: ResolverTypeWrapper<unknown>;
  Document: ResolverTypeWrapper<unknown>;
  DocumentEvent: ResolverTypeWrapper<unknown>;
  Contact: ResolverTypeWrapper<unknown>;
  ActorEvent: ResolverTypeWrapper<unknown>;
  DocumentPage: ResolverTypeWrapper<unknown>;
  GroupPage: ResolverTypeWrapper<unknown>;
  ContactPage: ResolverTypeWrapper<unknown>;
  ActorEventPage: ResolverTypeWrapper<unknown>;
  JSONObject: ResolverTypeWrapper<unknown>;
  RetractionInput: ResolverTypeWrapper<unknown>;
  EvidenceInput: ResolverTypeWrapper<unknown>;
  SourceInput: ResolverTypeWrapper<unknown>;
  StateInput: ResolverTypeWrapper<unknown>;
  OrganisationInput: ResolverTypeWrapper<unknown>;
  PlaceInput: ResolverTypeWrapper<unknown>;
  PostInput: ResolverTypeWrapper<unknown>;
  RepresentationInput: ResolverTypeWrapper<unknown>;
  RelationInput: ResolverTypeWrapper<unknown>;
  PersonInput: ResolverTypeWrapper<unknown>;
  GroupMemberInput: ResolverTypeWrapper<unknown>;
  GroupInput: ResolverTypeWrapper<unknown>;
  HostInput: ResolverTypeWrapper<unknown>;
  MediatorInput: ResolverTypeWrapper<unknown>;
  MemberInput: ResolverTypeWrapper<unknown>;
  DelegationInput: ResolverTypeWrapper<unknown>;
  MeetingInput: ResolverTypeWrapper<unknown>;
  IssueInput: ResolverTypeWrapper<unknown>;
  ConditionInput: ResolverTypeWrapper<unknown>;
  StanceInput: ResolverTypeWrapper<unknown>;
  DocumentEventInput: ResolverTypeWrapper<unknown>;
  DocumentInput: ResolverTypeWrapper<unknown>;
  ContactInput: ResolverTypeWrapper<unknown>;
  Entry: ResolverTypeWrapper<unknown>;
  QuotePosition: ResolverTypeWrapper<unknown>;
  ChangeAction: ResolverTypeWrapper<unknown>;
  Change: ResolverTypeWrapper<unknown>;
  EntryChange: ResolverTypeWrapper<unknown>;
  MergeMove: ResolverTypeWrapper<unknown>;
  MergeRewrite: ResolverTypeWrapper<unknown>;
  MergeConflict: ResolverTypeWrapper<unknown>;
  MergePlan: ResolverTypeWrapper<unknown>;
  EntityMerge: ResolverTypeWrapper<unknown>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  PartialDate: unknown;
  Query: Record<PropertyKey, never>;
  ID: unknown;
  Boolean: unknown;
  Int: unknown;
  String: unknown;
  Node: unknown;
  Evidenced: unknown;
  Evidence: unknown;
  Source: unknown;
  Citation: unknown;
  SourceUse: unknown;
  Actor: unknown;
  Person: unknown;
  State: unknown;
  Organisation: unknown;
  Place: unknown;
  Post: unknown;
  Representation: unknown;
  Meeting: unknown;
  Host: unknown;
  Mediator: unknown;
  Delegation: unknown;
  Membership: unknown;
  DatasetInfo: unknown;
  Issue: unknown;
  Stance: unknown;
  Condition: unknown;
  StanceFilter: unknown;
  MeetingPage: unknown;
  ActorPage: unknown;
  IssuePage: unknown;
  StancePage: unknown;
  TimelineEvent: unknown;
  TimelinePage: unknown;
  SearchHit: unknown;
  Float: unknown;
  Graph: unknown;
  GraphNode: unknown;
  GraphEdge: unknown;
  PositionCell: unknown;
  ComparedIssue: unknown;
  ActorPair: unknown;
  PositionComparison: unknown;
  StickingPoint: unknown;
  RosterChange: unknown;
  CapacityChange: unknown;
  AgreementNetwork: unknown;
  AgreementLink: unknown;
  Viewer: unknown;
  ApiToken: unknown;
  NewApiToken: unknown;
  Mutation: Record<PropertyKey, never>;
  Group: unknown;
  GroupMember: unknown;
  Document: unknown;
  DocumentEvent: unknown;
  Contact: unknown;
  ActorEvent: unknown;
  DocumentPage: unknown;
  GroupPage: unknown;
  ContactPage: unknown;
  ActorEventPage: unknown;
  JSONObject: unknown;
  RetractionInput: unknown;
  EvidenceInput: unknown;
  SourceInput: unknown;
  StateInput: unknown;
  OrganisationInput: unknown;
  PlaceInput: unknown;
  PostInput: unknown;
  RepresentationInput: unknown;
  RelationInput: unknown;
  PersonInput: unknown;
  GroupMemberInput: unknown;
  GroupInput: unknown;
  HostInput: unknown;
  MediatorInput: unknown;
  MemberInput: unknown;
  DelegationInput: unknown;
  MeetingInput: unknown;
  IssueInput: unknown;
  ConditionInput: unknown;
  StanceInput: unknown;
  DocumentEventInput: unknown;
  DocumentInput: unknown;
  ContactInput: unknown;
  Entry: unknown;
  QuotePosition: unknown;
  Change: unknown;
  EntryChange: unknown;
  MergeMove: unknown;
  MergeRewrite: unknown;
  MergeConflict: unknown;
  MergePlan: unknown;
  EntityMerge: unknown;
};

export interface PartialDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PartialDate'], any> {
  name: 'PartialDate';
}

export type QueryResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<QueryMeetingArgs, 'id'>>;
  meetings?: Resolver<
    ResolversTypes['MeetingPage'],
    ParentType,
    ContextType,
    RequireFields<QueryMeetingsArgs, 'confirmedOnly' | 'limit' | 'offset'>
  >;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actors?: Resolver<
    ResolversTypes['ActorPage'],
    ParentType,
    ContextType,
    RequireFields<QueryActorsArgs, 'limit' | 'offset'>
  >;
  issue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType, RequireFields<QueryIssueArgs, 'id'>>;
  issues?: Resolver<
    ResolversTypes['IssuePage'],
    ParentType,
    ContextType,
    RequireFields<QueryIssuesArgs, 'limit' | 'offset'>
  >;
  stances?: Resolver<
    ResolversTypes['StancePage'],
    ParentType,
    ContextType,
    RequireFields<QueryStancesArgs, 'limit' | 'offset'>
  >;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  search?: Resolver<
    Array<ResolversTypes['SearchHit']>,
    ParentType,
    ContextType,
    RequireFields<QuerySearchArgs, 'text' | 'limit'>
  >;
  neighbourhood?: Resolver<
    ResolversTypes['Graph'],
    ParentType,
    ContextType,
    RequireFields<QueryNeighbourhoodArgs, 'depth'>
  >;
  shortestPath?: Resolver<
    Maybe<ResolversTypes['Graph']>,
    ParentType,
    ContextType,
    RequireFields<QueryShortestPathArgs, 'from' | 'to'>
  >;
  timeline?: Resolver<
    ResolversTypes['TimelinePage'],
    ParentType,
    ContextType,
    RequireFields<QueryTimelineArgs, 'limit' | 'offset'>
  >;
  comparePositions?: Resolver<
    ResolversTypes['PositionComparison'],
    ParentType,
    ContextType,
    RequireFields<QueryComparePositionsArgs, 'actors'>
  >;
  stickingPoints?: Resolver<
    Array<ResolversTypes['StickingPoint']>,
    ParentType,
    ContextType,
    Partial<QueryStickingPointsArgs>
  >;
  rosterChange?: Resolver<
    ResolversTypes['RosterChange'],
    ParentType,
    ContextType,
    RequireFields<QueryRosterChangeArgs, 'party' | 'before' | 'after'>
  >;
  agreementNetwork?: Resolver<
    ResolversTypes['AgreementNetwork'],
    ParentType,
    ContextType,
    Partial<QueryAgreementNetworkArgs>
  >;
  dataset?: Resolver<ResolversTypes['DatasetInfo'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  documents?: Resolver<
    ResolversTypes['DocumentPage'],
    ParentType,
    ContextType,
    RequireFields<QueryDocumentsArgs, 'limit' | 'offset'>
  >;
  groups?: Resolver<
    ResolversTypes['GroupPage'],
    ParentType,
    ContextType,
    RequireFields<QueryGroupsArgs, 'limit' | 'offset'>
  >;
  contacts?: Resolver<
    ResolversTypes['ContactPage'],
    ParentType,
    ContextType,
    RequireFields<QueryContactsArgs, 'limit' | 'offset'>
  >;
  events?: Resolver<
    ResolversTypes['ActorEventPage'],
    ParentType,
    ContextType,
    RequireFields<QueryEventsArgs, 'confirmedOnly' | 'limit' | 'offset'>
  >;
  citations?: Resolver<
    Array<ResolversTypes['Citation']>,
    ParentType,
    ContextType,
    RequireFields<QueryCitationsArgs, 'source'>
  >;
  sourceUses?: Resolver<Array<ResolversTypes['SourceUse']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  entry?: Resolver<Maybe<ResolversTypes['Entry']>, ParentType, ContextType, RequireFields<QueryEntryArgs, 'id'>>;
  history?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType, RequireFields<QueryHistoryArgs, 'id'>>;
  mergePreview?: Resolver<
    ResolversTypes['MergePlan'],
    ParentType,
    ContextType,
    RequireFields<QueryMergePreviewArgs, 'keep' | 'merge'>
  >;
};

export type NodeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node'],
> = {
  __resolveType: TypeResolveFn<
    | 'Source'
    | 'Person'
    | 'State'
    | 'Organisation'
    | 'Place'
    | 'Meeting'
    | 'Delegation'
    | 'Issue'
    | 'Stance'
    | 'Group'
    | 'Document'
    | 'Contact',
    ParentType,
    ContextType
  >;
};

export type EvidencedResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Evidenced'] = ResolversParentTypes['Evidenced'],
> = {
  __resolveType: TypeResolveFn<
    | 'Person'
    | 'State'
    | 'Organisation'
    | 'Place'
    | 'Post'
    | 'Representation'
    | 'Meeting'
    | 'Host'
    | 'Mediator'
    | 'Delegation'
    | 'Membership'
    | 'Issue'
    | 'Stance'
    | 'GraphEdge'
    | 'Group'
    | 'GroupMember'
    | 'Document'
    | 'DocumentEvent'
    | 'Contact'
    | 'ActorEvent',
    ParentType,
    ContextType
  >;
};

export type EvidenceResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence'],
> = {
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SourceResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  dateInferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CitationResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation'],
> = {
  entryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  collection?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceUseResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['SourceUse'] = ResolversParentTypes['SourceUse'],
> = {
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor'],
> = {
  __resolveType: TypeResolveFn<'Person' | 'State' | 'Organisation' | 'Group', ParentType, ContextType>;
};

export type PersonResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stances?: Resolver<
    Array<ResolversTypes['Stance']>,
    ParentType,
    ContextType,
    RequireFields<PersonStancesArgs, 'confirmedOnly'>
  >;
  representedBy?: Resolver<
    Array<ResolversTypes['Delegation']>,
    ParentType,
    ContextType,
    Partial<PersonRepresentedByArgs>
  >;
  claims?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, Partial<PersonClaimsArgs>>;
  claimsAbout?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, Partial<PersonClaimsAboutArgs>>;
  groups?: Resolver<Array<ResolversTypes['GroupMember']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  statusBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  posts?: Resolver<Array<ResolversTypes['Post']>, ParentType, ContextType, Partial<PersonPostsArgs>>;
  delegations?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<PersonDelegationsArgs>>;
  actsFor?: Resolver<Array<ResolversTypes['Representation']>, ParentType, ContextType>;
  representatives?: Resolver<Array<ResolversTypes['Representation']>, ParentType, ContextType>;
  voiced?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType>;
  mediated?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StateResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['State'] = ResolversParentTypes['State'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stances?: Resolver<
    Array<ResolversTypes['Stance']>,
    ParentType,
    ContextType,
    RequireFields<StateStancesArgs, 'confirmedOnly'>
  >;
  representedBy?: Resolver<
    Array<ResolversTypes['Delegation']>,
    ParentType,
    ContextType,
    Partial<StateRepresentedByArgs>
  >;
  claims?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, Partial<StateClaimsArgs>>;
  claimsAbout?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, Partial<StateClaimsAboutArgs>>;
  groups?: Resolver<Array<ResolversTypes['GroupMember']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  statusBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  officeholders?: Resolver<Array<ResolversTypes['Post']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganisationResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  stances?: Resolver<
    Array<ResolversTypes['Stance']>,
    ParentType,
    ContextType,
    RequireFields<OrganisationStancesArgs, 'confirmedOnly'>
  >;
  representedBy?: Resolver<
    Array<ResolversTypes['Delegation']>,
    ParentType,
    ContextType,
    Partial<OrganisationRepresentedByArgs>
  >;
  claims?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, Partial<OrganisationClaimsArgs>>;
  claimsAbout?: Resolver<
    Array<ResolversTypes['Stance']>,
    ParentType,
    ContextType,
    Partial<OrganisationClaimsAboutArgs>
  >;
  groups?: Resolver<Array<ResolversTypes['GroupMember']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  statusBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  officeholders?: Resolver<Array<ResolversTypes['Post']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['State']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  statusBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PostResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Post'] = ResolversParentTypes['Post'],
> = {
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  of?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  attested?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  statusBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RepresentationResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Representation'] = ResolversParentTypes['Representation'],
> = {
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  for?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  attested?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  statusBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeetingKind'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeetingStatus'], ParentType, ContextType>;
  endStatus?: Resolver<Maybe<ResolversTypes['EndStatus']>, ParentType, ContextType>;
  statusBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['DocumentEvent']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  follows?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  hosts?: Resolver<Array<ResolversTypes['Host']>, ParentType, ContextType>;
  mediators?: Resolver<Array<ResolversTypes['Mediator']>, ParentType, ContextType>;
  delegations?: Resolver<Array<ResolversTypes['Delegation']>, ParentType, ContextType>;
  stances?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HostResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Host'] = ResolversParentTypes['Host'],
> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  statusBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MediatorResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Mediator'] = ResolversParentTypes['Mediator'],
> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MediatorRole'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  statusBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DelegationResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Delegation'] = ResolversParentTypes['Delegation'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  represents?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  heads?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  statusBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MembershipResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership'],
> = {
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  delegation?: Resolver<ResolversTypes['Delegation'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['DelegationRole'], ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  statusBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DatasetInfoResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['DatasetInfo'] = ResolversParentTypes['DatasetInfo'],
> = {
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quotes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IssueResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Issue'] = ResolversParentTypes['Issue'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['IssueCategory'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stances?: Resolver<
    Array<ResolversTypes['Stance']>,
    ParentType,
    ContextType,
    RequireFields<IssueStancesArgs, 'confirmedOnly'>
  >;
  claims?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType>;
  conditionOf?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  statusBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StanceResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Stance'] = ResolversParentTypes['Stance'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  claimant?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  condition?: Resolver<Maybe<ResolversTypes['Condition']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['EventType']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  issue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  stand?: Resolver<ResolversTypes['Stand'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  voicedBy?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  attribution?: Resolver<ResolversTypes['Attribution'], ParentType, ContextType>;
  reportedBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  statusBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConditionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Condition'] = ResolversParentTypes['Condition'],
> = {
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issue?: Resolver<Maybe<ResolversTypes['Issue']>, ParentType, ContextType>;
};

export type MeetingPageResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['MeetingPage'] = ResolversParentTypes['MeetingPage'],
> = {
  items?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorPageResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ActorPage'] = ResolversParentTypes['ActorPage'],
> = {
  items?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IssuePageResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['IssuePage'] = ResolversParentTypes['IssuePage'],
> = {
  items?: Resolver<Array<ResolversTypes['Issue']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StancePageResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['StancePage'] = ResolversParentTypes['StancePage'],
> = {
  items?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineEventResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent'],
> = {
  __resolveType: TypeResolveFn<'Meeting' | 'Stance', ParentType, ContextType>;
};

export type TimelinePageResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['TimelinePage'] = ResolversParentTypes['TimelinePage'],
> = {
  items?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit'],
> = {
  entity?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GraphResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Graph'] = ResolversParentTypes['Graph'],
> = {
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
};

export type GraphNodeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
};

export type GraphEdgeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PositionCellResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['PositionCell'] = ResolversParentTypes['PositionCell'],
> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  stance?: Resolver<Maybe<ResolversTypes['Stance']>, ParentType, ContextType>;
};

export type ComparedIssueResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ComparedIssue'] = ResolversParentTypes['ComparedIssue'],
> = {
  issue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['PositionCell']>, ParentType, ContextType>;
  agreements?: Resolver<Array<ResolversTypes['ActorPair']>, ParentType, ContextType>;
  conflicts?: Resolver<Array<ResolversTypes['ActorPair']>, ParentType, ContextType>;
};

export type ActorPairResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ActorPair'] = ResolversParentTypes['ActorPair'],
> = {
  a?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type PositionComparisonResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['PositionComparison'] = ResolversParentTypes['PositionComparison'],
> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['ComparedIssue']>, ParentType, ContextType>;
};

export type StickingPointResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['StickingPoint'] = ResolversParentTypes['StickingPoint'],
> = {
  issue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  for?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType>;
  against?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType>;
};

export type RosterChangeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['RosterChange'] = ResolversParentTypes['RosterChange'],
> = {
  party?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['Delegation']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['Delegation']>, ParentType, ContextType>;
  joined?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  left?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  changed?: Resolver<Array<ResolversTypes['CapacityChange']>, ParentType, ContextType>;
  stayed?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
};

export type CapacityChangeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['CapacityChange'] = ResolversParentTypes['CapacityChange'],
> = {
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
  after?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
};

export type AgreementNetworkResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['AgreementNetwork'] = ResolversParentTypes['AgreementNetwork'],
> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['AgreementLink']>, ParentType, ContextType>;
};

export type AgreementLinkResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['AgreementLink'] = ResolversParentTypes['AgreementLink'],
> = {
  a?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  congruence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  conflict?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  agreeOn?: Resolver<Array<ResolversTypes['Issue']>, ParentType, ContextType>;
  disagreeOn?: Resolver<Array<ResolversTypes['Issue']>, ParentType, ContextType>;
};

export type ViewerResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer'],
> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['Credential'], ParentType, ContextType>;
};

export type ApiTokenResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NewApiTokenResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['NewApiToken'] = ResolversParentTypes['NewApiToken'],
> = {
  token?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  signIn?: Resolver<
    ResolversTypes['Viewer'],
    ParentType,
    ContextType,
    RequireFields<MutationSignInArgs, 'name' | 'password'>
  >;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createApiToken?: Resolver<
    ResolversTypes['NewApiToken'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateApiTokenArgs, 'user' | 'label'>
  >;
  revokeApiToken?: Resolver<
    ResolversTypes['ApiToken'],
    ParentType,
    ContextType,
    RequireFields<MutationRevokeApiTokenArgs, 'id'>
  >;
  putSource?: Resolver<
    ResolversTypes['EntryChange'],
    ParentType,
    ContextType,
    RequireFields<MutationPutSourceArgs, 'entry'>
  >;
  putState?: Resolver<
    ResolversTypes['EntryChange'],
    ParentType,
    ContextType,
    RequireFields<MutationPutStateArgs, 'entry'>
  >;
  putOrganisation?: Resolver<
    ResolversTypes['EntryChange'],
    ParentType,
    ContextType,
    RequireFields<MutationPutOrganisationArgs, 'entry'>
  >;
  putPlace?: Resolver<
    ResolversTypes['EntryChange'],
    ParentType,
    ContextType,
    RequireFields<MutationPutPlaceArgs, 'entry'>
  >;
  putPerson?: Resolver<
    ResolversTypes['EntryChange'],
    ParentType,
    ContextType,
    RequireFields<MutationPutPersonArgs, 'entry'>
  >;
  putGroup?: Resolver<
    ResolversTypes['EntryChange'],
    ParentType,
    ContextType,
    RequireFields<MutationPutGroupArgs, 'entry'>
  >;
  putMeeting?: Resolver<
    ResolversTypes['EntryChange'],
    ParentType,
    ContextType,
    RequireFields<MutationPutMeetingArgs, 'entry'>
  >;
  putIssue?: Resolver<
    ResolversTypes['EntryChange'],
    ParentType,
    ContextType,
    RequireFields<MutationPutIssueArgs, 'entry'>
  >;
  putStance?: Resolver<
    ResolversTypes['EntryChange'],
    ParentType,
    ContextType,
    RequireFields<MutationPutStanceArgs, 'entry'>
  >;
  putDocument?: Resolver<
    ResolversTypes['EntryChange'],
    ParentType,
    ContextType,
    RequireFields<MutationPutDocumentArgs, 'entry'>
  >;
  putContact?: Resolver<
    ResolversTypes['EntryChange'],
    ParentType,
    ContextType,
    RequireFields<MutationPutContactArgs, 'entry'>
  >;
  retractFact?: Resolver<
    ResolversTypes['EntryChange'],
    ParentType,
    ContextType,
    RequireFields<MutationRetractFactArgs, 'id' | 'reason' | 'version'>
  >;
  addAlias?: Resolver<
    ResolversTypes['EntryChange'],
    ParentType,
    ContextType,
    RequireFields<MutationAddAliasArgs, 'id' | 'alias' | 'version'>
  >;
  mergeEntities?: Resolver<
    ResolversTypes['EntityMerge'],
    ParentType,
    ContextType,
    RequireFields<MutationMergeEntitiesArgs, 'keep' | 'merge' | 'keepVersion' | 'mergeVersion'>
  >;
};

export type GroupResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Group'] = ResolversParentTypes['Group'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GroupKind'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  of?: Resolver<Maybe<ResolversTypes['State']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['GroupMember']>, ParentType, ContextType>;
  stances?: Resolver<
    Array<ResolversTypes['Stance']>,
    ParentType,
    ContextType,
    RequireFields<GroupStancesArgs, 'confirmedOnly'>
  >;
  representedBy?: Resolver<
    Array<ResolversTypes['Delegation']>,
    ParentType,
    ContextType,
    Partial<GroupRepresentedByArgs>
  >;
  claims?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, Partial<GroupClaimsArgs>>;
  claimsAbout?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, Partial<GroupClaimsAboutArgs>>;
  groups?: Resolver<Array<ResolversTypes['GroupMember']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  statusBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GroupMemberResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['GroupMember'] = ResolversParentTypes['GroupMember'],
> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['Group'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  statusBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  addressees?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['DocumentEvent']>, ParentType, ContextType>;
  terms?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  statusBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentEventResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['DocumentEvent'] = ResolversParentTypes['DocumentEvent'],
> = {
  kind?: Resolver<ResolversTypes['DocumentEventKind'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  to?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['EventType']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  statusBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ContactResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContactKind'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  initiator?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['EventType']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  statusBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActorEventResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ActorEvent'] = ResolversParentTypes['ActorEvent'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EventType'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  factType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  statusBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentPageResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['DocumentPage'] = ResolversParentTypes['DocumentPage'],
> = {
  items?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GroupPageResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['GroupPage'] = ResolversParentTypes['GroupPage'],
> = {
  items?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContactPageResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ContactPage'] = ResolversParentTypes['ContactPage'],
> = {
  items?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorEventPageResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ActorEventPage'] = ResolversParentTypes['ActorEventPage'],
> = {
  items?: Resolver<Array<ResolversTypes['ActorEvent']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type EntryResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Entry'] = ResolversParentTypes['Entry'],
> = {
  collection?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  retracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QuotePositionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['QuotePosition'] = ResolversParentTypes['QuotePosition'],
> = {
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['ChangeAction'], ParentType, ContextType>;
  collection?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
};

export type EntryChangeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['EntryChange'] = ResolversParentTypes['EntryChange'],
> = {
  entry?: Resolver<ResolversTypes['Entry'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['QuotePosition']>, ParentType, ContextType>;
};

export type MergeMoveResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['MergeMove'] = ResolversParentTypes['MergeMove'],
> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  combined?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MergeRewriteResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['MergeRewrite'] = ResolversParentTypes['MergeRewrite'],
> = {
  collection?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MergeConflictResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['MergeConflict'] = ResolversParentTypes['MergeConflict'],
> = {
  entryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  blocking?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MergePlanResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['MergePlan'] = ResolversParentTypes['MergePlan'],
> = {
  keep?: Resolver<ResolversTypes['Entry'], ParentType, ContextType>;
  merge?: Resolver<ResolversTypes['Entry'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  aliasesAdded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  formerIdsAdded?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  factsMoved?: Resolver<Array<ResolversTypes['MergeMove']>, ParentType, ContextType>;
  rewritten?: Resolver<Array<ResolversTypes['MergeRewrite']>, ParentType, ContextType>;
  conflicts?: Resolver<Array<ResolversTypes['MergeConflict']>, ParentType, ContextType>;
  shifted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityMergeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['EntityMerge'] = ResolversParentTypes['EntityMerge'],
> = {
  entry?: Resolver<ResolversTypes['Entry'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['MergePlan'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  PartialDate?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Evidenced?: EvidencedResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  SourceUse?: SourceUseResolvers<ContextType>;
  Actor?: ActorResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  State?: StateResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Post?: PostResolvers<ContextType>;
  Representation?: RepresentationResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  Host?: HostResolvers<ContextType>;
  Mediator?: MediatorResolvers<ContextType>;
  Delegation?: DelegationResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  DatasetInfo?: DatasetInfoResolvers<ContextType>;
  Issue?: IssueResolvers<ContextType>;
  Stance?: StanceResolvers<ContextType>;
  Condition?: ConditionResolvers<ContextType>;
  MeetingPage?: MeetingPageResolvers<ContextType>;
  ActorPage?: ActorPageResolvers<ContextType>;
  IssuePage?: IssuePageResolvers<ContextType>;
  StancePage?: StancePageResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  TimelinePage?: TimelinePageResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  PositionCell?: PositionCellResolvers<ContextType>;
  ComparedIssue?: ComparedIssueResolvers<ContextType>;
  ActorPair?: ActorPairResolvers<ContextType>;
  PositionComparison?: PositionComparisonResolvers<ContextType>;
  StickingPoint?: StickingPointResolvers<ContextType>;
  RosterChange?: RosterChangeResolvers<ContextType>;
  CapacityChange?: CapacityChangeResolvers<ContextType>;
  AgreementNetwork?: AgreementNetworkResolvers<ContextType>;
  AgreementLink?: AgreementLinkResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  NewApiToken?: NewApiTokenResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Group?: GroupResolvers<ContextType>;
  GroupMember?: GroupMemberResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentEvent?: DocumentEventResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  ActorEvent?: ActorEventResolvers<ContextType>;
  DocumentPage?: DocumentPageResolvers<ContextType>;
  GroupPage?: GroupPageResolvers<ContextType>;
  ContactPage?: ContactPageResolvers<ContextType>;
  ActorEventPage?: ActorEventPageResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  Entry?: EntryResolvers<ContextType>;
  QuotePosition?: QuotePositionResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  EntryChange?: EntryChangeResolvers<ContextType>;
  MergeMove?: MergeMoveResolvers<ContextType>;
  MergeRewrite?: MergeRewriteResolvers<ContextType>;
  MergeConflict?: MergeConflictResolvers<ContextType>;
  MergePlan?: MergePlanResolvers<ContextType>;
  EntityMerge?: EntityMergeResolvers<ContextType>;
};
