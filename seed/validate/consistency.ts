import { firstDayOf, lastDayOf } from '../model/dates.js';
import type { Dataset } from '../model/schema.js';
import type { LocatedEntry, ParsedCollections } from './read-data-files.js';
import type { SeedIssue } from './seed-issue.js';

/** Rules inside one entry that a per-field schema cannot express: date order, repeated members. */
export function checkConsistency(parsed: ParsedCollections): SeedIssue[] {
  const issues: SeedIssue[] = [];
  // Partial dates overlap ("2025" and "2025-04"), so only a span that ends before it can start is wrong.
  const misordered = (from: string | undefined, until: string | undefined) =>
    from !== undefined && until !== undefined && lastDayOf(until) < firstDayOf(from);

  for (const { file, index, value } of parsed.meetings as LocatedEntry<Dataset['meetings'][number]>[]) {
    const base = { file, entry: `meetings[${index}]`, entryId: value.id };
    if (misordered(value.start, value.end)) {
      issues.push({ ...base, field: 'end', message: `ends (${value.end}) before it starts (${value.start})` });
    }
    // A person sits for one party at a meeting: a second seat is a copy-paste slip.
    const seatOf = new Map<string, string>();
    value.delegations.forEach((delegation, delegationIndex) => {
      delegation.members.forEach((member, memberIndex) => {
        const previous = seatOf.get(member.person);
        if (previous !== undefined) {
          const where =
            previous === delegation.id
              ? `twice in delegation "${delegation.id}"`
              : `in both "${previous}" and "${delegation.id}"`;
          issues.push({
            ...base,
            field: `delegations[${delegationIndex}].members[${memberIndex}].person`,
            message: `"${member.person}" sits ${where}`,
          });
        }
        seatOf.set(member.person, delegation.id);
      });
    });
  }
  for (const { file, index, value } of parsed.people as LocatedEntry<Dataset['people'][number]>[]) {
    value.posts.forEach((post, postIndex) => {
      if (misordered(post.from, post.until)) {
        issues.push({
          file,
          entry: `people[${index}]`,
          entryId: value.id,
          field: `posts[${postIndex}].until`,
          message: `ends (${post.until}) before it starts (${post.from})`,
        });
      }
    });
  }
  issues.push(...checkStances(parsed), ...checkDocumentsAndContacts(parsed));
  for (const { file, index, value } of parsed.meetings as LocatedEntry<Dataset['meetings'][number]>[]) {
    if (value.endStatus !== undefined && value.end === undefined) {
      const base = { file, entry: `meetings[${index}]`, entryId: value.id, field: 'endStatus' };
      issues.push({ ...base, message: 'says how the end is known, but the meeting has no end' });
    }
  }
  return issues;
}

/** A claim is someone else's word; a condition belongs to a conditional position; an act has a target. */
function checkStances(parsed: ParsedCollections): SeedIssue[] {
  const issues: SeedIssue[] = [];
  for (const { file, index, value } of parsed.stances as LocatedEntry<Dataset['stances'][number]>[]) {
    const problem = (field: string, message: string) =>
      issues.push({ file, entry: `stances[${index}]`, entryId: value.id, field, message });
    if (value.position === 'conditional' && value.condition === undefined)
      problem('condition', 'is required when the position is conditional: say on what condition');
    if (value.position !== 'conditional' && value.condition !== undefined)
      problem('condition', `only a conditional position has a condition, this one ${value.position}`);
    if (value.claimant !== undefined && value.claimant === value.actor)
      problem('claimant', `is the holder "${value.actor}" itself: leave claimant out for an actor's own word`);
    if (value.event !== undefined && value.target === undefined)
      problem('target', `is required with event ${value.event}: whom is the act directed at?`);
    if (value.target !== undefined && value.event === undefined)
      problem('event', 'is required with target: which PLOVER event is directed at it?');
  }
  return issues;
}

function checkDocumentsAndContacts(parsed: ParsedCollections): SeedIssue[] {
  const issues: SeedIssue[] = [];
  for (const { file, index, value } of parsed.documents as LocatedEntry<Dataset['documents'][number]>[]) {
    value.events.forEach((event, eventIndex) => {
      if (event.event !== undefined && event.to.length === 0) {
        issues.push({
          file,
          entry: `documents[${index}]`,
          entryId: value.id,
          field: `events[${eventIndex}].to`,
          message: `is required with event ${event.event}: to whom was the act directed?`,
        });
      }
    });
  }
  for (const { file, index, value } of parsed.contacts as LocatedEntry<Dataset['contacts'][number]>[]) {
    const base = { file, entry: `contacts[${index}]`, entryId: value.id };
    if (value.initiator !== undefined && !value.parties.includes(value.initiator))
      issues.push({ ...base, field: 'initiator', message: `"${value.initiator}" is not one of the parties` });
    const repeated = value.parties.find((party, partyIndex) => value.parties.indexOf(party) !== partyIndex);
    if (repeated !== undefined) issues.push({ ...base, field: 'parties', message: `"${repeated}" is listed twice` });
  }
  return issues;
}
