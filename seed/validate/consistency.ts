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
  return issues;
}
