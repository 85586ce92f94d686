import {
  allOf,
  asOfDay,
  enumProp,
  evidenced,
  overlapsRange,
  prop,
  type Arguments,
  type Bind,
  type FieldSpec,
  type RelationSpec,
  single,
} from './field-spec.js';

/**
 * Stances of one actor (`side` 'actor') or on one issue (`side` 'issue'), by date. With `asOf`,
 * only the latest stance by that day of each actor on each issue: who stood where on that day.
 */
export function stancesOf(side: 'actor' | 'issue'): RelationSpec {
  const pattern = side === 'actor' ? '({this})-[:TAKES]->({node}:Stance)' : '({this})<-[:ON]-({node}:Stance)';
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
      return allOf([...overlapsRange(args, bind, '{node}.startDay', '{node}.endDay'), latest]);
    },
  };
}

export const ISSUE_SPECS: Record<string, FieldSpec> = {
  id: prop(),
  name: prop(),
  aliases: prop(),
  category: enumProp('category'),
  description: prop(),
  stances: stancesOf('issue'),
};

export const STANCE_SPECS: Record<string, FieldSpec> = {
  id: prop(),
  position: enumProp('position'),
  stand: enumProp('stand'),
  date: prop(),
  attribution: enumProp('attribution'),
  summary: prop(),
  ...evidenced,
  actor: single('Actor', '({this})<-[:TAKES]-({node})'),
  issue: single('Issue', '({this})-[:ON]->({node}:Issue)'),
  voicedBy: single('Person', '({this})-[:VOICED_BY]->({node}:Person)'),
  reportedBy: single('Actor', '({this})-[:REPORTED_BY]->({node})'),
  meeting: single('Meeting', '({this})-[:VOICED_AT]->({node}:Meeting)'),
};
