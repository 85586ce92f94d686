import { describe, expect, test } from 'vitest';
import type { Graph, MeetingDetail, StanceItem } from '../../client/src/api/types.js';
import { meetingToElements } from '../../client/src/graph/meeting-elements.js';
import { positionsToElements } from '../../client/src/graph/positions-elements.js';
import { toElements } from '../../client/src/graph/to-elements.js';

const evidence = [
  {
    quote: 'Umerov will lead Kyiv’s delegation.',
    source: {
      id: 'walaw-2025-06-02-istanbul-talks',
      publisher: 'walaw.press',
      title: 'Talks',
      date: '2025-06-02',
      dateInferred: false,
      url: null,
    },
  },
];

describe('API data → Cytoscape elements', () => {
  test('a graph maps one to one; edges to missing nodes are dropped; captions fall back to the relationship and name a status other than stated', () => {
    const graph: Graph = {
      nodes: [
        { id: 'rustem-umerov', type: 'PERSON', label: 'Rustem Umerov', distance: 0, date: null },
        { id: 'ukraine', type: 'STATE', label: 'Ukraine', distance: 1, date: null },
      ],
      edges: [
        {
          id: 'e1',
          type: 'HELD_POST',
          source: 'rustem-umerov',
          target: 'ukraine',
          label: 'Defence Minister',
          date: '2025-06-02',
          status: 'STATED',
          evidence,
          sourceCount: 1,
        },
        {
          id: 'e2',
          type: 'NATIONAL_OF',
          source: 'rustem-umerov',
          target: 'ukraine',
          label: null,
          date: null,
          status: 'PLANNED',
          evidence: [],
          sourceCount: 1,
        },
        {
          id: 'e3',
          type: 'ACTS_FOR',
          source: 'rustem-umerov',
          target: 'nowhere',
          label: null,
          date: null,
          status: 'STATED',
          evidence: [],
          sourceCount: 1,
        },
      ],
    };
    expect(toElements(graph)).toEqual([
      {
        group: 'nodes',
        classes: '',
        data: { id: 'rustem-umerov', entityId: 'rustem-umerov', type: 'PERSON', label: 'Rustem Umerov', distance: 0 },
      },
      {
        group: 'nodes',
        classes: '',
        data: { id: 'ukraine', entityId: 'ukraine', type: 'STATE', label: 'Ukraine', distance: 1 },
      },
      {
        group: 'edges',
        classes: '',
        data: {
          id: 'e1',
          type: 'HELD_POST',
          source: 'rustem-umerov',
          target: 'ukraine',
          label: 'Defence Minister',
          status: 'STATED',
          date: '2025-06-02',
          evidence,
          sourceCount: 1,
        },
      },
      {
        group: 'edges',
        classes: '',
        data: {
          id: 'e2',
          type: 'NATIONAL_OF',
          source: 'rustem-umerov',
          target: 'ukraine',
          label: 'national of · planned',
          status: 'PLANNED',
          evidence: [],
          sourceCount: 1,
        },
      },
    ]);
  });

  test('a meeting: each delegation a compound node holding its members, heads marked, linked to whom it represents', () => {
    const meeting: MeetingDetail = {
      id: 'm',
      name: 'Istanbul talks',
      kind: 'TALKS_ROUND',
      start: '2025-06-02',
      end: '2025-06-02',
      place: { id: 'istanbul', name: 'Istanbul' },
      hosts: [],
      mediators: [
        {
          actor: { __typename: 'Person', id: 'hakan-fidan', name: 'Hakan Fidan' },
          role: 'CHAIR',
          evidence,
          sourceCount: 1,
        },
      ],
      delegations: [
        {
          id: 'm-ukraine',
          name: 'Ukraine at Istanbul',
          represents: { __typename: 'State', id: 'ukraine', name: 'Ukraine' },
          members: [
            {
              person: { id: 'rustem-umerov', name: 'Rustem Umerov' },
              role: 'HEAD',
              capacity: 'Defence Minister',
              evidence,
              sourceCount: 1,
            },
            {
              person: { id: 'serhiy-kyslytsya', name: 'Serhiy Kyslytsya' },
              role: 'MEMBER',
              capacity: null,
              evidence,
              sourceCount: 1,
            },
          ],
          evidence,
          sourceCount: 2,
        },
      ],
      evidence,
      sourceCount: 2,
    };
    const elements = meetingToElements(meeting);
    const byId = Object.fromEntries(elements.map((e) => [e.data.id, e]));
    expect(byId['m-ukraine']!.data).toMatchObject({
      type: 'DELEGATION',
      label: 'Ukraine delegation — led by Rustem Umerov',
    });
    expect(byId['m-ukraine/rustem-umerov']).toMatchObject({
      classes: 'head',
      data: { parent: 'm-ukraine', entityId: 'rustem-umerov', label: '★ Rustem Umerov\n(head · Defence Minister)' },
    });
    expect(byId['m-ukraine/serhiy-kyslytsya']).toMatchObject({
      classes: '',
      data: { parent: 'm-ukraine', label: 'Serhiy Kyslytsya' },
    });
    expect(byId['m-ukraine>represents']!.data).toMatchObject({
      source: 'm-ukraine',
      target: 'ukraine',
      label: 'represents',
      sourceCount: 2,
    });
    expect(byId['hakan-fidan']).toMatchObject({
      classes: 'mediator',
      data: { type: 'PERSON', label: 'Hakan Fidan\n(chair)' },
    });
    expect(byId['m>chair>hakan-fidan']!.data).toMatchObject({ source: 'm', target: 'hakan-fidan', label: 'chair' });
    expect(byId['m>held-in']!.data).toMatchObject({ target: 'istanbul', label: 'held in' });
    expect(elements.map((e) => e.data.id)).toHaveLength(new Set(elements.map((e) => e.data.id)).size);
  });

  test('positions: one edge per actor and issue, the latest stance, coloured by side; sticking points marked', () => {
    const stance = (id: string, position: StanceItem['position'], date: string): StanceItem => ({
      id,
      actor: { __typename: 'State', id: 'russia', name: 'Russia' },
      issue: { id: 'nato', name: "Ukraine's membership of NATO", category: 'SECURITY' },
      position,
      stand: position === 'REJECTS' ? 'AGAINST' : 'FOR',
      date,
      summary: id,
      voicedBy: null,
      claimant: null,
      condition: null,
      status: 'STATED',
      statusBy: [],
      note: null,
      evidence,
      sourceCount: 1,
    });
    const elements = positionsToElements([stance('s1', 'SUPPORTS', '2025-01'), stance('s2', 'REJECTS', '2025-06-02')], {
      stickingIssues: new Set(['nato']),
    });
    expect(elements.filter((e) => e.group === 'edges')).toEqual([
      {
        group: 'edges',
        data: expect.objectContaining({
          id: 'russia>nato',
          stanceId: 's2',
          source: 'russia',
          target: 'nato',
          label: 'rejects',
          stand: 'AGAINST',
          stances: 2,
          date: '2025-06-02',
        }),
      },
    ]);
    expect(elements.find((e) => e.data.id === 'nato')).toMatchObject({
      classes: 'overview sticking',
      data: { type: 'ISSUE' },
    });
    expect(elements.find((e) => e.data.id === 'russia')).toMatchObject({ data: { type: 'STATE' } });

    // A claim about the same actor and issue is drawn apart, marked as a claim and naming its claimant.
    const claim = { ...stance('c1', 'DEMANDS', '2025-07'), claimant: { id: 'ukraine', name: 'Ukraine' } };
    const withClaim = positionsToElements([stance('s1', 'SUPPORTS', '2025-01')], { claims: [claim] });
    expect(withClaim.filter((e) => e.group === 'edges')).toEqual([
      { group: 'edges', data: expect.objectContaining({ id: 'russia>nato', stanceId: 's1', type: 'TAKES' }) },
      {
        group: 'edges',
        classes: 'claim',
        data: expect.objectContaining({
          id: 'claim:ukraine:russia>nato',
          stanceId: 'c1',
          type: 'CLAIM',
          label: 'Ukraine says: demands',
          speaker: "Claimed by Ukraine, not in Russia's own words.",
        }),
      },
    ]);
  });
});
