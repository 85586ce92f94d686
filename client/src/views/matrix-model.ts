import type { AgreementNetwork, EntityType, Named, StanceItem } from '../api/types.js';
import { standOf } from '../graph/palette.js';
import { seriate } from '../graph/seriation.js';

const TYPE_OF: Record<string, EntityType> = { Person: 'PERSON', State: 'STATE', Organisation: 'ORGANISATION' };

/** The positions matrix: actors down, issues across, each cell an actor's latest stance on an issue. */
export interface PositionsMatrix {
  actors: (Named & { type: EntityType })[];
  issues: (Named & { category: string | null; sticking: boolean })[];
  /** The latest stance per `actor>issue` (the positions drawing's edge ids). */
  cells: Map<string, StanceItem>;
}

/** Which actors and issues the matrix keeps: actor types (none = all) and one issue category. */
export interface MatrixFilter {
  types: readonly EntityType[];
  category: string | null;
}

/** A side as a number, to compare actors and issues: for +1, against −1, conditional halfway. */
const WEIGHT = { FOR: 1, AGAINST: -1, CONDITIONAL: 0.5 } as const;

/**
 * Builds the matrix from stances in date order (the latest per actor and issue wins), kept by the
 * filter, ordered by seriation: rows by the agreement network (congruence minus conflict, as the
 * API counts it), so actors who agree sit together; columns by how alike the rows stand on them, so
 * issues that split the same actors sit together, sticking points first among equals.
 */
export function buildPositionsMatrix(
  stances: readonly StanceItem[],
  { network, sticking, filter }: { network: AgreementNetwork; sticking: Set<string>; filter: MatrixFilter },
): PositionsMatrix {
  const cells = new Map<string, StanceItem>();
  const actors = new Map<string, Named & { type: EntityType }>();
  const issues = new Map<string, Named & { category: string | null; sticking: boolean }>();
  for (const stance of stances) {
    const type = TYPE_OF[stance.actor.__typename ?? ''] ?? 'STATE';
    const category = stance.issue.category ?? null;
    if (filter.types.length && !filter.types.includes(type)) continue;
    if (filter.category && category !== filter.category) continue;
    actors.set(stance.actor.id, { id: stance.actor.id, name: stance.actor.name, type });
    issues.set(stance.issue.id, {
      id: stance.issue.id,
      name: stance.issue.name,
      category,
      sticking: sticking.has(stance.issue.id),
    });
    cells.set(`${stance.actor.id}>${stance.issue.id}`, stance);
  }
  const agreement = new Map<string, number>();
  for (const link of network.links) {
    const score = link.congruence - link.conflict;
    agreement.set(`${link.a.id}|${link.b.id}`, score);
    agreement.set(`${link.b.id}|${link.a.id}`, score);
  }
  const side = (actor: string, issue: string) => {
    const stance = cells.get(`${actor}>${issue}`);
    return stance ? WEIGHT[standOf(stance.position)] : 0;
  };
  // Actors the network does not link are compared by the matrix itself, cell by cell.
  const actorIds = [...actors.keys()].sort();
  const issueIds = [...issues.keys()].sort();
  const alikeActors = (a: string, b: string) =>
    agreement.get(`${a}|${b}`) ?? issueIds.reduce((sum, issue) => sum + side(a, issue) * side(b, issue), 0);
  const rows = seriate(actorIds, alikeActors);
  const alikeIssues = (a: string, b: string) =>
    rows.reduce((sum, actor) => sum + Math.abs(side(actor, a)) * Math.abs(side(actor, b)), 0) +
    (issues.get(a)!.sticking && issues.get(b)!.sticking ? 0.5 : 0);
  const stuckFirst = [...issueIds].sort((a, b) => Number(issues.get(b)!.sticking) - Number(issues.get(a)!.sticking));
  const columns = seriate(stuckFirst, alikeIssues);
  return { actors: rows.map((id) => actors.get(id)!), issues: columns.map((id) => issues.get(id)!), cells };
}

/** The matrix as CSV (RFC 4180): one row per actor, one column per issue, each cell the position and its day. */
export function toMatrixCsv(matrix: PositionsMatrix): string {
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const header = [
    'actor',
    ...matrix.issues.map((issue) => `${issue.name}${issue.sticking ? ' (sticking point)' : ''}`),
  ];
  const rows = matrix.actors.map((actor) => [
    actor.name,
    ...matrix.issues.map((issue) => {
      const stance = matrix.cells.get(`${actor.id}>${issue.id}`);
      return stance ? `${stance.position.toLowerCase()} ${stance.date}` : '';
    }),
  ]);
  return [header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}
