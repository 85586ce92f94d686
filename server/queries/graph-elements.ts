import { type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { EntityType } from '../generated/resolver-types.js';
import { collectFields, mergeSelectionSets } from '../projection/collect-fields.js';
import type { ProjectionCompiler } from '../projection/compile-projection.js';
import { selectionAt } from './read-projected.js';
import { MEETING_STATUS_AS_FACT_STATUS } from '../../seed/model/vocabulary.js';

/** An edge's status as a fact status, words of the vocabulary only (never request input). */
function factStatusExpression(r: string): string {
  const meetingWords = Object.entries(MEETING_STATUS_AS_FACT_STATUS).filter(([meeting, fact]) => meeting !== fact);
  const cases = meetingWords.map(([meeting, fact]) => `WHEN '${meeting}' THEN '${fact.toUpperCase()}'`).join(' ');
  return `CASE coalesce(${r}.status, 'stated') ${cases} ELSE toUpper(coalesce(${r}.status, 'stated')) END`;
}

/** The label that marks each EntityType: one table for filters, search hits and drawn nodes. */
export const ENTITY_TYPE_LABELS = {
  PERSON: 'Person',
  STATE: 'State',
  ORGANISATION: 'Organisation',
  GROUP: 'Group',
  PLACE: 'Place',
  MEETING: 'Meeting',
  DELEGATION: 'Delegation',
  ISSUE: 'Issue',
  STANCE: 'Stance',
  DOCUMENT: 'Document',
  DOCUMENT_EVENT: 'DocumentEvent',
  CONTACT: 'Contact',
} as const satisfies Record<EntityType, string>;

/** Labels that name an EntityType; the first one a node carries is its type. */
export const TYPE_LABELS: string[] = Object.values(ENTITY_TYPE_LABELS);

/** The parameters `entityTypeExpression` reads: the labels and, at the same index, their EntityType. */
export const TYPE_PARAMETERS = { typeLabels: TYPE_LABELS, typeNames: Object.keys(ENTITY_TYPE_LABELS) };

/** The EntityType of node variable `n` (`$typeLabels` and `$typeNames` must be bound: TYPE_PARAMETERS). */
export function entityTypeExpression(n: string): string {
  return `$typeNames[head([i IN range(0, size($typeLabels) - 1) WHERE $typeLabels[i] IN labels(${n})])]`;
}

/**
 * The day of its meeting when node variable `d` is a delegation, else null: a delegation stores no
 * date of its own, yet it exists only for its meeting, so a June delegation is not drawn as of April.
 */
function meetingDayOfDelegation(d: string): string {
  return `head([(${d}:Delegation)-[:AT]->(meeting:Meeting) | meeting.start])`;
}

/** A GraphNode map over node variable `n` at distance expression `distance` (TYPE_PARAMETERS must be bound). */
export function graphNodeExpression(n: string, distance: string): string {
  return `{
    id: ${n}.id,
    type: ${entityTypeExpression(n)},
    label: coalesce(${n}.name, ${n}.summary, ${n}.id),
    distance: ${distance},
    date: coalesce(${n}.start, ${n}.date, ${meetingDayOfDelegation(n)})
  }`;
}

/**
 * The day of the fact relationship variable `r` states: its own, else (a seat, a representation,
 * a delegation's meeting) the day of the meeting of the delegation at either end.
 */
function factDateExpression(r: string): string {
  return `coalesce(${r}.attested, ${r}.date,
      head([endpoint IN [startNode(${r}), endNode(${r})] WHERE endpoint:Delegation | ${meetingDayOfDelegation('endpoint')}]))`;
}

/** How a graph query projects its edges: the request's selection under `edges` and the Cypher to match it. */
export interface EdgeProjection {
  /** False when the request selects no edges: the query can skip finding them. */
  hasEdges: boolean;
  /**
   * A map over relationship variable `r` with every stored value the edge needs, built where `r`
   * is matched, so its properties are read once (a projection over a list of relationships
   * would read them again for every quote).
   */
  row(r: string): string;
  /**
   * A CALL over the list of rows `rows` binding `sources`, every cited Source projected once, so
   * that the evidence of hundreds of edges costs one index seek per source, not one per quote.
   */
  sourcesCall(rows: string): string;
  /** The GraphEdge map of row `e`, after `sourcesCall`. */
  edge(e: string): string;
}

/** Compiles the `edges` selection of a Graph (neighbourhood, path) into an EdgeProjection. */
export function createEdgeProjection(compiler: ProjectionCompiler, info: GraphQLResolveInfo): EdgeProjection {
  const context = { schema: info.schema, fragments: info.fragments, variableValues: info.variableValues };
  const evidenceSelection = selectionAt(info, ['edges', 'evidence']);
  const evidenceType = info.schema.getType('Evidence') as GraphQLObjectType;
  const fields = evidenceSelection ? [...collectFields(evidenceType, evidenceSelection, context)] : [];
  const quoteKeys = fields.filter(([, nodes]) => nodes[0]?.name.value === 'quote').map(([key]) => key);
  // One projection per response key of `source`: aliases may select different fields.
  const sourceKeys = fields
    .filter(([, nodes]) => nodes[0]?.name.value === 'source')
    .map(([key, nodes]) => ({ key, projection: compiler.project('Source', 'source', mergeSelectionSets(nodes)) }));
  const evidence = (e: string) => [
    "__typename: 'Evidence'",
    ...quoteKeys.map((key) => `\`${key}\`: ${e}.quotes[i]`),
    ...sourceKeys.map(({ key }) => `\`${key}\`: head([x IN sources WHERE x.id = ${e}.sourceIds[i] | x.\`${key}\`])`),
  ];
  return {
    hasEdges: selectionAt(info, ['edges']) !== undefined,
    row: (r) => `{
    id: ${r}.key,
    type: type(${r}),
    source: startNode(${r}).id,
    target: endNode(${r}).id,
    label: coalesce(${r}.title, ${r}.capacity, ${r}.role, ${r}.kind, ${r}.event),
    date: ${factDateExpression(r)},
    status: ${factStatusExpression(r)},
    sourceCount: ${r}.sourceCount,
    sourceIds: ${evidenceSelection ? `${r}.evidenceSources` : '[]'},
    quotes: ${quoteKeys.length > 0 ? `${r}.evidenceQuotes` : '[]'}
  }`,
    sourcesCall: (rows) =>
      sourceKeys.length === 0
        ? 'WITH *, [] AS sources'
        : `CALL (${rows}) {
      UNWIND ${rows} AS cited
      UNWIND cited.sourceIds AS sourceId
      WITH DISTINCT sourceId
      MATCH (source:Source {id: sourceId})
      RETURN collect({ id: source.id, ${sourceKeys.map(({ key, projection }) => `\`${key}\`: ${projection}`).join(', ')} }) AS sources
    }`,
    edge: (e) =>
      `${e} { .id, .type, .source, .target, .label, .date, .status, .sourceCount, evidence: [i IN range(0, size(${e}.sourceIds) - 1) | { ${evidence(e).join(', ')} }] }`,
  };
}
