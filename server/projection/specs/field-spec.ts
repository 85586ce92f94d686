import { firstDayOf, lastDayOf } from '../../../seed/model/dates.js';

/** Binds a request value as a query parameter and returns its `$name`. */
export type Bind = (value: unknown) => string;

/** Field arguments as graphql-js coerced them. */
export type Arguments = Record<string, unknown>;

/**
 * How each GraphQL field maps onto the graph. The projection compiler reads these tables to turn
 * a selection set into one Cypher expression. Patterns name variables as `{this}` (the element
 * being projected), `{node}` and `{rel}` (what each result is projected from) and any other
 * `{name}`; the compiler replaces them with fresh variables so nested patterns never clash.
 */
export type FieldSpec =
  /** A stored property; `enum` turns 'talks-round' into TALKS_ROUND. */
  | { kind: 'property'; property?: string; enum?: boolean }
  /** The quotes behind the element, each with its source article. */
  | { kind: 'evidence' }
  /** A relationship element's start or end node. */
  | { kind: 'endpoint'; which: 'start' | 'end'; target: string }
  /** The same element seen as another type (a stance's condition), or null unless `when` holds. */
  | { kind: 'nested'; target: string; when: string }
  /** Elements reached through a pattern, projected from its `{node}` or its `{rel}`. */
  | RelationSpec;

export interface RelationSpec {
  kind: 'relation';
  target: string;
  list: boolean;
  pattern: string;
  element: 'node' | 'rel';
  where?: string;
  orderBy?: string;
  /** A condition built from the field's arguments (values bound as parameters), or undefined. */
  filter?: (args: Arguments, bind: Bind) => string | undefined;
}

/**
 * A type's field table, checked against the resolver types generated from `schema.graphql`: a
 * field of the schema without a spec, or a spec for a field the schema lacks, fails to compile.
 */
export type SpecsOf<Resolvers> = {
  [Field in Exclude<keyof Resolvers, '__isTypeOf' | '__resolveType'>]-?: FieldSpec;
};

export const prop = (property?: string): FieldSpec => ({ kind: 'property', ...(property && { property }) });
export const enumProp = (property: string): FieldSpec => ({ kind: 'property', property, enum: true });
export const evidenced = { evidence: { kind: 'evidence' } as FieldSpec, sourceCount: prop() };
export const named = { id: prop(), name: prop(), aliases: prop() };
/** One node reached through `pattern` from `{this}`. */
export const single = (target: string, pattern: string): FieldSpec => ({
  kind: 'relation',
  target,
  list: false,
  element: 'node',
  pattern,
});

/** Who reported, denied or disputed a fact: the actors whose ids the fact lists, by name. */
const statusBy: FieldSpec = {
  kind: 'relation',
  target: 'Actor',
  list: true,
  element: 'node',
  pattern: '({node}:Actor)',
  where: '{node}.id IN {this}.statusBy',
  orderBy: '{node}.name',
};

/** How an article gives a fact, who gave that status, and the curator's note: on every fact. */
export const fact = { status: enumProp('status'), statusBy, note: prop() };

/** `element` overlaps the range [from, to] of partial dates (bounds widened to whole months or years). */
export function overlapsRange(args: Arguments, bind: Bind, startDay: string, endDay: string): string[] {
  const conditions: string[] = [];
  if (typeof args['from'] === 'string') conditions.push(`${endDay} >= ${bind(firstDayOf(args['from']))}`);
  if (typeof args['to'] === 'string') conditions.push(`${startDay} <= ${bind(lastDayOf(args['to']))}`);
  return conditions;
}

/** Joins conditions with AND; undefined when there are none. */
export function allOf(conditions: (string | undefined)[]): string | undefined {
  const present = conditions.filter((condition): condition is string => condition !== undefined);
  return present.length > 0 ? present.join(' AND ') : undefined;
}

/** The last day an `asOf` partial date can mean, bound as a parameter. */
export function asOfDay(args: Arguments, bind: Bind): string | undefined {
  return typeof args['asOf'] === 'string' ? bind(lastDayOf(args['asOf'])) : undefined;
}
