import type { ConditionResolvers, IssueResolvers, StanceResolvers } from '../../generated/resolver-types.js';
import { CONFIRMED_FACT_STATUS } from '../../../seed/model/vocabulary.js';
import {
  allOf,
  asOfDay,
  enumProp,
  evidenced,
  fact,
  overlapsRange,
  prop,
  type Arguments,
  type Bind,
  type RelationSpec,
  type SpecsOf,
  single,
} from './field-spec.js';

/**
 * Stances of one actor (`side` 'actor') or on one issue (`side` 'issue'), by date, in their holders'
 * own word (TAKES; others' claims are SAID_TO_TAKE). With `asOf`, only the latest stance by that
 * day of each actor on each issue: who stood where on that day. With `confirmedOnly`, only stated ones.
 */
export function stancesOf(side: 'actor' | 'issue'): RelationSpec {
  const pattern =
    side === 'actor' ? '({this})-[:TAKES]->({node}:Stance)' : '({this})<-[:ON]-({node}:Stance)<-[:TAKES]-({holder})';
  const later =
    side === 'actor'
      ? '({this})-[:TAKES]->({later}:Stance)-[:ON]->({issue})<-[:ON]-({node})'
      : '({this})<-[:ON]-({later}:Stance)<-[:TAKES]-({holder})-[:TAKES]->({node})';
  return {
    kind: 'relation',
    target: 'Stance',
    list: true,
    element: 'node',
    pattern,
    orderBy: '{node}.startDay, {node}.id',
    filter: (args: Arguments, bind: Bind) => {
      const asOf = asOfDay(args, bind);
      const latest =
        asOf &&
        `{node}.startDay <= ${asOf} AND NOT EXISTS { MATCH ${later} WHERE {later}.startDay <= ${asOf} AND {later}.startDay > {node}.startDay }`;
      const confirmed = args['confirmedOnly'] === true ? `{node}.status = ${bind(CONFIRMED_FACT_STATUS)}` : undefined;
      return allOf([...overlapsRange(args, bind, '{node}.startDay', '{node}.endDay'), latest, confirmed]);
    },
  };
}

export const ISSUE_SPECS: SpecsOf<IssueResolvers> = {
  id: prop(),
  name: prop(),
  aliases: prop(),
  keywords: prop(),
  category: enumProp('category'),
  description: prop(),
  ...evidenced,
  ...fact,
  stances: stancesOf('issue'),
  claims: {
    kind: 'relation',
    target: 'Stance',
    list: true,
    element: 'node',
    pattern: '({this})<-[:ON]-({node}:Stance)-[:CLAIMED_BY]->()',
    orderBy: '{node}.startDay, {node}.id',
  },
  conditionOf: {
    kind: 'relation',
    target: 'Stance',
    list: true,
    element: 'node',
    pattern: '({this})<-[:CONDITION_ON]-({node}:Stance)',
    orderBy: '{node}.startDay, {node}.id',
  },
};

export const CONDITION_SPECS: SpecsOf<ConditionResolvers> = {
  text: prop('conditionText'),
  issue: single('Issue', '({this})-[:CONDITION_ON]->({node}:Issue)'),
};

export const STANCE_SPECS: SpecsOf<StanceResolvers> = {
  ...fact,
  id: prop(),
  position: enumProp('position'),
  stand: enumProp('stand'),
  date: prop(),
  attribution: enumProp('attribution'),
  summary: prop(),
  ...evidenced,
  actor: single('Actor', '({this})<-[:TAKES|SAID_TO_TAKE]-({node})'),
  claimant: single('Actor', '({this})-[:CLAIMED_BY]->({node})'),
  condition: { kind: 'nested', target: 'Condition', when: '{this}.conditionText IS NOT NULL' },
  document: single('Document', '({this})-[:TERM_OF]->({node}:Document)'),
  // Stored as PLOVER writes them, upper case: no conversion.
  event: prop(),
  targets: {
    kind: 'relation',
    target: 'Actor',
    list: true,
    element: 'node',
    pattern: '({this})-[:TARGETS]->({node})',
    orderBy: '{node}.name',
  },
  issue: single('Issue', '({this})-[:ON]->({node}:Issue)'),
  voicedBy: single('Person', '({this})-[:VOICED_BY]->({node}:Person)'),
  reportedBy: single('Actor', '({this})-[:REPORTED_BY]->({node})'),
  meeting: single('Meeting', '({this})-[:VOICED_AT]->({node}:Meeting)'),
};
