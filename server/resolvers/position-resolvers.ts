import { notFoundError } from '../errors.js';
import { readAgreementNetwork, readComparison, readStickingPoints } from '../queries/positions.js';
import { readRoster, type Seat } from '../queries/roster.js';
import type { QueryResolvers } from '../generated/resolver-types.js';
import { checkIds, checkRange } from './arguments.js';

/** Every pair (i < j) of a list. */
function pairs<T>(items: readonly T[]): [T, T][] {
  return items.flatMap((a, index) => items.slice(index + 1).map((b): [T, T] => [a, b]));
}

/** Comparisons of positions, sticking points, agreement networks and roster changes. */
export const positionResolvers: QueryResolvers = {
  comparePositions: async (_, args, { executor }, info) => {
    checkRange(args.from, args.to);
    const asked = checkIds('actors', args.actors, { max: 20, required: true })!;
    const issues = checkIds('issues', args.issues);
    const rows = await readComparison(executor, info, { ...args, actors: asked, issues });
    // An actor merged into another is compared as the one that absorbed it, once.
    const actorIds = [...new Set(rows.askedIds)];
    const missing = actorIds.find((id) => !rows.actorIds.includes(id));
    if (missing) throw notFoundError('Actor', missing);
    const actorById = new Map(rows.actorIds.map((id, index) => [id, rows.actors[index]]));
    const ordered = actorIds.map((id) => actorById.get(id));
    return {
      actors: ordered,
      issues: rows.issues.map(({ issue, cells }) => {
        const standOf = new Map(cells.map((cell) => [cell.actorId, cell]));
        const sided = actorIds.filter((id) => ['for', 'against'].includes(standOf.get(id)?.stand ?? ''));
        const pairOf = ([a, b]: [string, string]) => ({ a: actorById.get(a), b: actorById.get(b) });
        return {
          issue,
          positions: actorIds.map((id) => ({ actor: actorById.get(id), stance: standOf.get(id)?.stance ?? null })),
          agreements: pairs(sided)
            .filter(([a, b]) => standOf.get(a)!.stand === standOf.get(b)!.stand)
            .map(pairOf),
          conflicts: pairs(sided)
            .filter(([a, b]) => standOf.get(a)!.stand !== standOf.get(b)!.stand)
            .map(pairOf),
        };
      }),
    };
  },

  stickingPoints: (_, args, { executor }, info) => {
    checkRange(args.from, args.to);
    return readStickingPoints(executor, info, args);
  },

  agreementNetwork: (_, args, { executor }, info) => {
    checkRange(args.from, args.to);
    return readAgreementNetwork(executor, info, { ...args, issues: checkIds('issues', args.issues) });
  },

  rosterChange: async (_, args, { executor }, info) => {
    const rows = await readRoster(executor, info, args);
    if (!rows?.partyFound) throw notFoundError('Actor', args.party);
    if (!rows.beforeFound) throw notFoundError('Meeting', args.before);
    if (!rows.afterFound) throw notFoundError('Meeting', args.after);
    const before = new Map(rows.beforeSeats.map((seat) => [seat.personId, seat]));
    const after = new Map(rows.afterSeats.map((seat) => [seat.personId, seat]));
    const isSame = (a: Seat, b: Seat) => a.role === b.role && a.capacity === b.capacity;
    const inBoth = rows.afterSeats.filter((seat) => before.has(seat.personId));
    return {
      party: rows.party,
      before: rows.before,
      after: rows.after,
      joined: rows.afterSeats.filter((seat) => !before.has(seat.personId)).map((seat) => seat.membership),
      left: rows.beforeSeats.filter((seat) => !after.has(seat.personId)).map((seat) => seat.membership),
      stayed: inBoth.filter((seat) => isSame(before.get(seat.personId)!, seat)).map((seat) => seat.membership),
      changed: inBoth
        .filter((seat) => !isSame(before.get(seat.personId)!, seat))
        .map((seat) => ({
          person: seat.person,
          before: before.get(seat.personId)!.membership,
          after: seat.membership,
        })),
    };
  },
};
