import { describe, expect, test } from 'vitest';
import { foldEntity } from '../../server/mutations/fold-entity.js';
import { rewriteReferences } from '../../server/mutations/rewrite-references.js';

const evidence = [{ source: 'an-article', quote: 'A quote.' }];

/** A meeting whose one delegation, Ukraine's, has these members. */
function talksWithMembers(members: object[], more: object = {}) {
  const delegation = { id: 'talks-ukraine', represents: 'ukraine', evidence, members };
  return {
    id: 'talks',
    name: 'Talks',
    kind: 'talks-round',
    start: '2025-06-02',
    evidence,
    ...more,
    delegations: [delegation],
  };
}

describe('rewriting the references of an entry to a merged entity', () => {
  test('every field that names the merged id names the kept one; others are left alone', () => {
    const stance = {
      id: 'a-stance',
      actor: 'umerov-2',
      issue: 'ceasefire',
      position: 'supports',
      date: '2025-06',
      attribution: 'public-remarks',
      summary: 'Supports it.',
      evidence,
      status: 'reported',
      statusBy: ['umerov', 'umerov-2'],
      target: 'umerov-2',
    };
    const { body, fields } = rewriteReferences('stances', stance, 'umerov-2', 'umerov');
    expect(fields).toEqual(['actor', 'target', 'statusBy[1]']);
    // A list that would name the kept entity twice names it once.
    expect(body).toEqual({ ...stance, actor: 'umerov', target: 'umerov', statusBy: ['umerov'] });
    expect(stance.actor).toBe('umerov-2');
  });

  test('nested facts and lists of ids are rewritten in place, in the order of the entry', () => {
    const document = {
      id: 'a-memorandum',
      name: 'A memorandum',
      kind: 'memorandum',
      authors: ['umerov-2', 'ukraine'],
      evidence,
      events: [{ kind: 'handed-over', by: 'ukraine', to: ['medinsky', 'umerov-2'], evidence }],
    };
    const { body, fields } = rewriteReferences('documents', document, 'umerov-2', 'umerov');
    expect(fields).toEqual(['authors[0]', 'events[0].to[1]']);
    expect(body).toMatchObject({
      authors: ['umerov', 'ukraine'],
      events: [{ to: ['medinsky', 'umerov'] }],
    });
  });

  test('an entry that does not name the merged id comes back as it was', () => {
    const state = { id: 'ukraine', name: 'Ukraine', evidence };
    expect(rewriteReferences('states', state, 'umerov-2', 'umerov')).toEqual({ body: state, fields: [], folded: [] });
  });

  test('two members of one delegation who are one person become one member, with the evidence of both', () => {
    const other = [{ source: 'another-article', quote: 'Another quote.' }];
    const meeting = talksWithMembers(
      [
        { person: 'umerov-2', role: 'member', evidence: other },
        { person: 'kyslytsya', role: 'member', evidence },
        { person: 'umerov', role: 'head', evidence },
      ],
      {
        hosts: [
          { actor: 'umerov-2', evidence: other },
          { actor: 'turkey', evidence },
        ],
      },
    );
    const { body, fields, folded } = rewriteReferences('meetings', meeting, 'umerov-2', 'umerov');
    expect(fields).toEqual(['hosts[0].actor', 'delegations[0].members[0].person']);
    // The member who was the kept person all along stays, in its place, and keeps its role.
    expect(body['delegations']).toEqual([
      {
        ...meeting.delegations[0],
        members: [
          { person: 'kyslytsya', role: 'member', evidence },
          { person: 'umerov', role: 'head', evidence: [...evidence, ...other] },
        ],
      },
    ]);
    expect(folded).toEqual([
      {
        field: 'delegations[0].members[0]',
        into: 'delegations[0].members[2]',
        differences: ['role "head", not "member"'],
      },
    ]);
    // A host named once after the rewrite is only rewritten.
    expect(body['hosts']).toEqual([
      { actor: 'umerov', evidence: other },
      { actor: 'turkey', evidence },
    ]);
  });

  test("the seat kept is the kept person's own, even when it names the merged one elsewhere", () => {
    const member = (person: string, role: string, more: object = {}) => ({ person, role, evidence, ...more });
    const meeting = talksWithMembers([
      member('umerov-2', 'member'),
      member('umerov', 'head', { status: 'reported', statusBy: ['umerov-2'] }),
    ]);
    const { body, folded } = rewriteReferences('meetings', meeting, 'umerov-2', 'umerov');
    const [delegation] = body['delegations'] as { members: unknown[] }[];
    expect(delegation!.members).toEqual([member('umerov', 'head', { status: 'reported', statusBy: ['umerov'] })]);
    expect(folded.map(({ field, into }) => [field, into])).toEqual([
      ['delegations[0].members[0]', 'delegations[0].members[1]'],
    ]);
  });

  test('a retracted fact is not folded into a standing one, and facts of another identity stay apart', () => {
    const retracted = { reason: 'A misreading.', by: 'eddie', at: '2025-07-01T00:00:00Z' };
    const person = {
      id: 'kyslytsya',
      name: 'Serhiy Kyslytsya',
      evidence,
      posts: [
        { title: 'Deputy Minister', of: 'ministry-2', attested: '2025-06-02', evidence },
        { title: 'Minister', of: 'ministry', attested: '2025-06-02', evidence },
      ],
      relations: [
        { to: 'umerov-2', kind: 'deputy', evidence, retracted },
        { to: 'umerov', kind: 'deputy', evidence },
      ],
    };
    const posts = rewriteReferences('people', person, 'ministry-2', 'ministry');
    expect(posts.folded).toEqual([]);
    expect((posts.body['posts'] as unknown[]).length).toBe(2);
    const relations = rewriteReferences('people', person, 'umerov-2', 'umerov');
    expect(relations.folded).toEqual([]);
    expect(relations.body['relations']).toEqual([
      { to: 'umerov', kind: 'deputy', evidence, retracted },
      { to: 'umerov', kind: 'deputy', evidence },
    ]);
  });
});

describe('folding a merged entity into the kept one', () => {
  test('names become aliases, facts move, a fact held by both gains the evidence of the other', () => {
    const post = { title: 'Minister', of: 'ministry', attested: '2025-06-02', evidence };
    const keep = { id: 'umerov', name: 'Rustem Umerov', aliases: ['Umerov'], evidence, posts: [post] };
    const merge = {
      id: 'umerov-2',
      name: 'R. Umerov',
      aliases: ['Umerov'],
      formerIds: ['umerov-3'],
      nationality: 'ukraine',
      evidence: [{ source: 'another-article', quote: 'Another quote.' }],
      posts: [{ ...post, evidence: [{ source: 'another-article', quote: 'Another quote.' }] }],
    };
    const folded = foldEntity('people', keep, merge);
    expect(folded.aliasesAdded).toEqual(['R. Umerov']);
    expect(folded.formerIdsAdded).toEqual(['umerov-2', 'umerov-3']);
    expect(folded.body).toMatchObject({
      aliases: ['Umerov', 'R. Umerov'],
      formerIds: ['umerov-2', 'umerov-3'],
      nationality: 'ukraine',
      evidence: [...evidence, ...merge.evidence],
      posts: [{ ...post, evidence: [...evidence, ...merge.evidence] }],
    });
    expect(folded.factsMoved).toEqual([
      { from: 'evidence[0]', to: 'evidence[1]', combined: false },
      { from: 'nationality', to: 'nationality', combined: false },
      { from: 'posts[0]', to: 'posts[0]', combined: true },
    ]);
    expect(folded.conflicts).toEqual([]);
    expect(keep.posts[0]!.evidence).toEqual(evidence);
  });

  test('a field both hold keeps the kept value and says so; a fact about the other one blocks', () => {
    const keep = { id: 'a', name: 'A', kind: 'ministry', evidence };
    const merge = {
      id: 'b',
      name: 'B',
      kind: 'agency',
      partOf: 'a',
      evidence,
    };
    const folded = foldEntity('organisations', keep, merge);
    expect(folded.body['kind']).toBe('ministry');
    expect(folded.conflicts).toEqual([
      { entryId: 'a', field: 'kind', message: 'keeps "ministry"; "b" had "agency"', blocking: false },
      {
        entryId: 'a',
        field: 'partOf',
        message: 'would refer to "a" itself once "b" is merged into it: retract or change it first',
        blocking: true,
      },
    ]);
  });
});
