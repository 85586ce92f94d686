import { describe, expect, test } from 'vitest';
import { FACT_KINDS } from '../../client/src/curation/fact-kinds.js';
import { insertFact } from '../../client/src/curation/kind-form.js';
import { toSlug } from '../../client/src/curation/slug.js';

const EVIDENCE = { source: 'an-article', quote: 'The envoy joined the delegation.' };

describe('recording a fact inside another entry', () => {
  test('a post is appended to the person’s posts, and its path names it', () => {
    const person = { id: 'ann', posts: [{ title: 'Envoy', of: 'ruritania' }] };
    const post = { title: 'Minister', of: 'ruritania', evidence: [EVIDENCE] };
    expect(insertFact(FACT_KINDS['post']!, person, 'ann', post, EVIDENCE)).toBe('posts[1].');
    expect(person.posts).toEqual([{ title: 'Envoy', of: 'ruritania' }, post]);
  });

  test('a group’s first member starts its list', () => {
    const group: Record<string, unknown> = { id: 'contact-group' };
    expect(insertFact(FACT_KINDS['membership']!, group, 'contact-group', { actor: 'ruritania' }, EVIDENCE)).toBe(
      'members[0].',
    );
    expect(group['members']).toEqual([{ actor: 'ruritania' }]);
  });

  test('a seat goes into the party’s delegation, which is added to the meeting when it has none', () => {
    const meeting: Record<string, unknown> = {
      id: 'talks',
      delegations: [{ id: 'talks-borduria', represents: 'borduria', evidence: [EVIDENCE], members: [] }],
    };
    const seat = () => ({ party: 'ruritania', person: 'ann', role: 'head' });
    expect(insertFact(FACT_KINDS['delegation']!, meeting, 'talks', seat(), EVIDENCE)).toBe(
      'delegations[1].members[0].',
    );
    expect(insertFact(FACT_KINDS['delegation']!, meeting, 'talks', seat(), EVIDENCE)).toBe(
      'delegations[1].members[1].',
    );
    expect(meeting['delegations']).toEqual([
      { id: 'talks-borduria', represents: 'borduria', evidence: [EVIDENCE], members: [] },
      {
        id: 'talks-ruritania',
        represents: 'ruritania',
        evidence: [EVIDENCE],
        members: [
          { person: 'ann', role: 'head' },
          { person: 'ann', role: 'head' },
        ],
      },
    ]);
  });

  test('ids are slugs as the files write them', () => {
    expect(toSlug('Workbench Wire', '2026-11-30', 'Moscow repeats its Donetsk demand!')).toBe(
      'workbench-wire-2026-11-30-moscow-repeats-its-donetsk-demand',
    );
    expect(toSlug(null, 'Zelenskyy’s Ñame', undefined)).toBe('zelenskyy-s-name');
  });
});
