import { defineOperation } from './request.js';
import type * as Generated from './generated/operation-types.js';

// The operations of the sources view and of editing. Re-exported by queries.ts, whose exports are
// the client's whole set of operations (the build's manifest and the code generator read them).

/** Every article with its metadata, and how many facts cite each: the sources view's list. */
export const SOURCE_LIST = defineOperation<Generated.SourceListQuery, Generated.SourceListQueryVariables>(`
query SourceList {
  sources { id publisher title author date dateInferred url }
  sourceUses { source facts }
}`);

/** One article's full text and the quotes facts take from it, with where each stands in the text. */
export const SOURCE_TEXT = defineOperation<Generated.SourceTextQuery, Generated.SourceTextQueryVariables>(`
query SourceText($id: ID!) {
  node(id: $id) { __typename id ... on Source { publisher title author date dateInferred url text } }
  citations(source: $id) { entryId collection path quote start end }
}`);

/** Who is signed in, if anyone. */
export const VIEWER = defineOperation<Generated.ViewerQuery, Generated.ViewerQueryVariables>(`
query Viewer { viewer { name role } }`);

/** Starts a session: the answer sets the session cookie. */
export const SIGN_IN = defineOperation<Generated.SignInMutation, Generated.SignInMutationVariables>(`
mutation SignIn($name: String!, $password: String!) { signIn(name: $name, password: $password) { name role } }`);

/** Ends the session. */
export const SIGN_OUT = defineOperation<Generated.SignOutMutation, Generated.SignOutMutationVariables>(`
mutation SignOut { signOut }`);

/** What every edit answers: the entry as it stands, and where its quotes are (the sources view marks them). */
const CHANGED = 'entry { id collection version body } change { id } quotes { path source start end }';

/** Adds an article with its full text. */
export const PUT_SOURCE = defineOperation<Generated.PutSourceMutation, Generated.PutSourceMutationVariables>(`
mutation PutSource($entry: SourceInput!, $text: String, $version: String, $comment: String) {
  putSource(entry: $entry, text: $text, version: $version, comment: $comment) { ${CHANGED} }
}`);

/** Adds or changes a position or claim. */
export const PUT_STANCE = defineOperation<Generated.PutStanceMutation, Generated.PutStanceMutationVariables>(`
mutation PutStance($entry: StanceInput!, $version: String, $comment: String) {
  putStance(entry: $entry, version: $version, comment: $comment) { ${CHANGED} }
}`);

/** Adds or changes a person, with posts, representations and relations. */
export const PUT_PERSON = defineOperation<Generated.PutPersonMutation, Generated.PutPersonMutationVariables>(`
mutation PutPerson($entry: PersonInput!, $version: String, $comment: String) {
  putPerson(entry: $entry, version: $version, comment: $comment) { ${CHANGED} }
}`);

/** Adds or changes a state. */
export const PUT_STATE = defineOperation<Generated.PutStateMutation, Generated.PutStateMutationVariables>(`
mutation PutState($entry: StateInput!, $version: String, $comment: String) {
  putState(entry: $entry, version: $version, comment: $comment) { ${CHANGED} }
}`);

/** Adds or changes an organisation. */
export const PUT_ORGANISATION = defineOperation<
  Generated.PutOrganisationMutation,
  Generated.PutOrganisationMutationVariables
>(`
mutation PutOrganisation($entry: OrganisationInput!, $version: String, $comment: String) {
  putOrganisation(entry: $entry, version: $version, comment: $comment) { ${CHANGED} }
}`);

/** Adds or changes an issue. */
export const PUT_ISSUE = defineOperation<Generated.PutIssueMutation, Generated.PutIssueMutationVariables>(`
mutation PutIssue($entry: IssueInput!, $version: String, $comment: String) {
  putIssue(entry: $entry, version: $version, comment: $comment) { ${CHANGED} }
}`);

/** Adds or changes a meeting with its delegations. */
export const PUT_MEETING = defineOperation<Generated.PutMeetingMutation, Generated.PutMeetingMutationVariables>(`
mutation PutMeeting($entry: MeetingInput!, $version: String, $comment: String) {
  putMeeting(entry: $entry, version: $version, comment: $comment) { ${CHANGED} }
}`);

/** Adds or changes a group with its members. */
export const PUT_GROUP = defineOperation<Generated.PutGroupMutation, Generated.PutGroupMutationVariables>(`
mutation PutGroup($entry: GroupInput!, $version: String, $comment: String) {
  putGroup(entry: $entry, version: $version, comment: $comment) { ${CHANGED} }
}`);

/** Adds or changes a document. */
export const PUT_DOCUMENT = defineOperation<Generated.PutDocumentMutation, Generated.PutDocumentMutationVariables>(`
mutation PutDocument($entry: DocumentInput!, $version: String, $comment: String) {
  putDocument(entry: $entry, version: $version, comment: $comment) { ${CHANGED} }
}`);

/** Retracts an entry, or one fact inside it, with a reason. */
export const RETRACT_FACT = defineOperation<Generated.RetractFactMutation, Generated.RetractFactMutationVariables>(`
mutation RetractFact($id: ID!, $path: String, $reason: String!, $version: String!) {
  retractFact(id: $id, path: $path, reason: $reason, version: $version, comment: $reason) { ${CHANGED} }
}`);

/** An entry as the files hold it, with the version an edit must name. */
export const ENTRY = defineOperation<Generated.EntryQuery, Generated.EntryQueryVariables>(`
query Entry($id: ID!) { entry(id: $id) { id collection version body retracted } }`);

/** Who changed an entry, when and why. */
export const HISTORY = defineOperation<Generated.HistoryQuery, Generated.HistoryQueryVariables>(`
query History($id: ID!) { history(id: $id) { id at by action path comment } }`);

const MERGE_PLAN = `keep { id version } merge { id version } result aliasesAdded formerIdsAdded
  factsMoved { from to combined } rewritten { collection id fields } conflicts { entryId field message blocking }`;

/** What merging one entity into another would move, and the two versions the merge must name. */
export const MERGE_PREVIEW = defineOperation<Generated.MergePreviewQuery, Generated.MergePreviewQueryVariables>(`
query MergePreview($keep: ID!, $merge: ID!) { mergePreview(keep: $keep, merge: $merge) { ${MERGE_PLAN} } }`);

/** Merges a duplicate into the entity kept, with a reason. */
export const MERGE_ENTITIES = defineOperation<
  Generated.MergeEntitiesMutation,
  Generated.MergeEntitiesMutationVariables
>(`
mutation MergeEntities($keep: ID!, $merge: ID!, $keepVersion: String!, $mergeVersion: String!, $comment: String) {
  mergeEntities(keep: $keep, merge: $merge, keepVersion: $keepVersion, mergeVersion: $mergeVersion, comment: $comment) {
    entry { id version } changes { id }
  }
}`);
