import { firstDayOf, lastDayOf } from '../model/dates.js';
import type { Evidence } from '../model/schema.js';
import type { NodeKind, Properties, RelationshipType } from './elements.js';

/** One row an entry of the dataset becomes: a node, or a relationship between two ids. */
export type Row =
  | { node: NodeKind; id: string; props: Properties }
  | { link: RelationshipType; from: string; to: string; props: Properties; qualifier: string };

/** What every fact carries: its evidence and, where the dataset gives them, status and note. */
export interface Fact {
  evidence: readonly Evidence[];
  status?: string;
  statusBy?: readonly string[];
  note?: string | undefined;
}

/**
 * The facts of a list that still stand: a retracted fact stays in its file and its entry, readable
 * on request, but becomes no row, so no reader of the graph meets it.
 */
export function liveFacts<T extends { retracted?: unknown }>(facts: readonly T[]): T[] {
  return facts.filter((fact) => fact.retracted === undefined);
}

/** Looks names up by id, for the names the graph derives (a delegation's, a stance's). */
export interface RowContext {
  nameOf(id: string): string;
}

/**
 * Evidence is stored on the fact itself as two aligned lists, so every node and relationship
 * answers "says who?" without a join, and corroboration is the number of distinct sources.
 */
export function evidenceProperties(evidence: readonly Evidence[]): Properties {
  return {
    evidenceSources: evidence.map((item) => item.source),
    evidenceQuotes: evidence.map((item) => item.quote),
    sourceCount: new Set(evidence.map((item) => item.source)).size,
  };
}

/** A fact's evidence, status (stated unless the dataset says otherwise), who gave that status, and note. */
export function factProperties(fact: Fact): Properties {
  return {
    ...evidenceProperties(fact.evidence),
    status: fact.status ?? 'stated',
    statusBy: [...(fact.statusBy ?? [])],
    note: fact.note ?? null,
  };
}

/** Name, aliases and the joined text the full-text index reads, so every spelling is searchable. */
export function named(name: string, aliases: readonly string[]): Properties {
  return { name, aliases: [...aliases], aliasText: aliases.join(' | ') };
}

/** A partial date and the first and last days it can mean, so range queries compare like with like. */
export function dated(date: string | undefined, field = 'date'): Properties {
  return {
    [field]: date ?? null,
    startDay: date === undefined ? null : firstDayOf(date),
    endDay: date === undefined ? null : lastDayOf(date),
  };
}

/** A node row carrying the fact's evidence and status. */
export function node(kind: NodeKind, id: string, fact: Fact | undefined, props: Properties): Row {
  return { node: kind, id, props: { id, ...props, ...(fact && factProperties(fact)) } };
}

/**
 * A relationship row carrying the fact's evidence and status; `qualifier` tells apart two facts
 * between the same nodes (two posts of one person in one organisation).
 */
export function link(
  type: RelationshipType,
  from: string,
  to: string | undefined,
  fact: Fact,
  { props = {}, qualifier = '' }: { props?: Properties; qualifier?: string } = {},
): Row[] {
  if (to === undefined) return [];
  return [{ link: type, from, to, qualifier, props: { ...props, ...factProperties(fact) } }];
}

/** One relationship of `type` from `from` to each of `targets`. */
export function linkEach(
  type: RelationshipType,
  from: string,
  targets: readonly string[],
  fact: Fact,
  options: { props?: Properties; qualifier?: string } = {},
): Row[] {
  return targets.flatMap((to) => link(type, from, to, fact, options));
}

/**
 * A PLOVER event, "who did what to whom": one ACTED_TOWARD relationship per target, carrying the
 * event type, the fact it comes from, its date and the fact's evidence.
 */
export function actedToward(
  source: string,
  targets: readonly string[],
  fact: Fact,
  act: { id: string; factKind: string; event?: string | undefined; date?: string | undefined },
): Row[] {
  if (act.event === undefined) return [];
  const props = { event: act.event, fact: act.id, factKind: act.factKind, ...dated(act.date) };
  return linkEach(
    'ACTED_TOWARD',
    source,
    targets.filter((target) => target !== source),
    fact,
    { props, qualifier: `${act.event}@${act.id}` },
  );
}
