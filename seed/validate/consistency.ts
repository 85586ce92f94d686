import { firstDayOf, lastDayOf } from '../model/dates.js';
import type { Collection, Dataset } from '../model/schema.js';
import type { EntryProblem } from './entry-problem.js';

// Partial dates overlap ("2025" and "2025-04"), so only a span that ends before it can start is wrong.
const misordered = (from: string | undefined, until: string | undefined) =>
  from !== undefined && until !== undefined && lastDayOf(until) < firstDayOf(from);

type Check<C extends Collection> = (entry: Dataset[C][number]) => EntryProblem[];

/**
 * Rules inside one entry that a per-field schema cannot express: date order, repeated members, a
 * claim that is someone else's word, a condition that belongs to a conditional position. In the
 * order the seed reports them.
 */
const CONSISTENCY_OF: { [C in Collection]?: Check<C> } = {
  meetings: (meeting) => {
    const problems: EntryProblem[] = [];
    if (misordered(meeting.start, meeting.end)) {
      problems.push({ field: 'end', message: `ends (${meeting.end}) before it starts (${meeting.start})` });
    }
    // A person sits for one party at a meeting: a second seat is a copy-paste slip.
    const seatOf = new Map<string, string>();
    meeting.delegations.forEach((delegation, delegationIndex) => {
      delegation.members.forEach((member, memberIndex) => {
        const previous = seatOf.get(member.person);
        if (previous !== undefined) {
          const where =
            previous === delegation.id
              ? `twice in delegation "${delegation.id}"`
              : `in both "${previous}" and "${delegation.id}"`;
          problems.push({
            field: `delegations[${delegationIndex}].members[${memberIndex}].person`,
            message: `"${member.person}" sits ${where}`,
          });
        }
        seatOf.set(member.person, delegation.id);
      });
    });
    if (meeting.endStatus !== undefined && meeting.end === undefined) {
      problems.push({ field: 'endStatus', message: 'says how the end is known, but the meeting has no end' });
    }
    return problems;
  },
  people: (person) =>
    person.posts.flatMap((post, postIndex) =>
      misordered(post.from, post.until)
        ? [{ field: `posts[${postIndex}].until`, message: `ends (${post.until}) before it starts (${post.from})` }]
        : [],
    ),
  stances: (stance) => {
    const problems: EntryProblem[] = [];
    const problem = (field: string, message: string) => problems.push({ field, message });
    if (stance.position === 'conditional' && stance.condition === undefined)
      problem('condition', 'is required when the position is conditional: say on what condition');
    if (stance.position !== 'conditional' && stance.condition !== undefined)
      problem('condition', `only a conditional position has a condition, this one ${stance.position}`);
    if (stance.claimant !== undefined && stance.claimant === stance.actor)
      problem('claimant', `is the holder "${stance.actor}" itself: leave claimant out for an actor's own word`);
    if (stance.event !== undefined && stance.target === undefined)
      problem('target', `is required with event ${stance.event}: whom is the act directed at?`);
    if (stance.target !== undefined && stance.event === undefined)
      problem('event', 'is required with target: which PLOVER event is directed at it?');
    return problems;
  },
  documents: (document) =>
    document.events.flatMap((event, eventIndex) =>
      event.event !== undefined && event.to.length === 0
        ? [
            {
              field: `events[${eventIndex}].to`,
              message: `is required with event ${event.event}: to whom was the act directed?`,
            },
          ]
        : [],
    ),
  contacts: (contact) => {
    const problems: EntryProblem[] = [];
    if (contact.initiator !== undefined && !contact.parties.includes(contact.initiator))
      problems.push({ field: 'initiator', message: `"${contact.initiator}" is not one of the parties` });
    const repeated = contact.parties.find((party, partyIndex) => contact.parties.indexOf(party) !== partyIndex);
    if (repeated !== undefined) problems.push({ field: 'parties', message: `"${repeated}" is listed twice` });
    return problems;
  },
};

/** The collections that have consistency rules, in the order the seed reports their problems. */
export const CONSISTENCY_ORDER = Object.keys(CONSISTENCY_OF) as Collection[];

/** The consistency problems of one validated entry of `collection`. */
export function checkEntryConsistency<C extends Collection>(collection: C, entry: Dataset[C][number]): EntryProblem[] {
  const check = CONSISTENCY_OF[collection] as Check<C> | undefined;
  return check ? check(entry) : [];
}
