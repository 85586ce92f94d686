import { firstDayOf, lastDayOf } from './dates.js';
import type { Person } from './schema.js';

/** The days over which a person held a post, as far as the evidence allows. */
export interface PostInterval {
  /** Identifies the post (its holder's organisation and title) across its attestations. */
  postKey: string;
  startDay: string;
  /** Null while the post is not known to have ended. */
  endDay: string | null;
  /** True when the end is inferred from the next post, not stated by a source. */
  endInferred: boolean;
}

function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * One interval per entry of `person.posts`. The sources mostly attest that someone held a post
 * on a day; so a post begins at its stated start or its first attestation, ends where a source
 * says so, and otherwise lasts until the person's next different post begins (a minister who
 * becomes a council secretary). A post with no later post stays open.
 */
export function computePostIntervals(person: Person): PostInterval[] {
  const keyOf = (post: Person['posts'][number]) => `${post.of}:${post.title.toLowerCase()}`;
  const starts = new Map<string, string>();
  const ends = new Map<string, string>();
  for (const post of person.posts) {
    const key = keyOf(post);
    const start = firstDayOf(post.from ?? post.attested);
    if (!starts.has(key) || start < starts.get(key)!) starts.set(key, start);
    if (post.until !== undefined) ends.set(key, lastDayOf(post.until));
  }
  return person.posts.map((post) => {
    const postKey = keyOf(post);
    const startDay = starts.get(postKey)!;
    const stated = ends.get(postKey);
    if (stated !== undefined) return { postKey, startDay, endDay: stated, endInferred: false };
    const nextStart = [...starts.entries()]
      .filter(([key, start]) => key !== postKey && start > startDay)
      .map(([, start]) => start)
      .sort()[0];
    return nextStart === undefined
      ? { postKey, startDay, endDay: null, endInferred: false }
      : { postKey, startDay, endDay: dayBefore(nextStart), endInferred: true };
  });
}
