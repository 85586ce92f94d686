import { describe, expect, test } from 'vitest';
import type { IssueCategory } from '../../client/src/api/generated/operation-types.js';
import type { AgreementNetwork, Graph, SearchHit, StanceItem } from '../../client/src/api/types.js';
import { positionsToElements } from '../../client/src/graph/positions-elements.js';
import { seedOf } from '../../client/src/graph/run-layout.js';
import { createRandom, withSeededRandom } from '../../client/src/graph/seeded-random.js';
import { seriate, splitIntoCamps } from '../../client/src/graph/seriation.js';
import { toElements } from '../../client/src/graph/to-elements.js';
import { pinAt, togglePin } from '../../client/src/state/pins.js';
import { pickBestHit } from '../../client/src/ui/search-box.js';
import { buildPositionsMatrix, toMatrixCsv } from '../../client/src/views/matrix-model.js';

const hit = (type: SearchHit['type'], id: string): SearchHit => ({
  type,
  matched: id,
  score: 1,
  entity: { __typename: 'Person', id, name: id },
});

const stance = (
  actor: string,
  issue: string,
  position: StanceItem['position'],
  date = '2025-06-02',
  category: IssueCategory = 'SECURITY',
): StanceItem => ({
  id: `${actor}-${position}-${issue}`,
  actor: { __typename: 'State', id: actor, name: actor.toUpperCase() },
  issue: { id: issue, name: `Issue ${issue}`, category },
  position,
  stand: position === 'OPPOSES' || position === 'REJECTS' ? 'AGAINST' : 'FOR',
  date,
  summary: '',
  voicedBy: null,
  claimant: null,
  condition: null,
  status: 'STATED',
  statusBy: [],
  note: null,
  evidence: [],
  sourceCount: 1,
});

describe('search: Enter picks the best person or actor', () => {
  test('the first actor among the hits, else the first hit, else none', () => {
    expect(pickBestHit([hit('MEETING', 'm'), hit('PERSON', 'p'), hit('STATE', 's')])).toBe(1);
    expect(pickBestHit([hit('PLACE', 'kyiv'), hit('MEETING', 'm')])).toBe(0);
    expect(pickBestHit([])).toBe(-1);
  });
});

describe('stable views', () => {
  test('the same elements give the same seed, whatever their order; the seeded generator repeats itself', () => {
    const a = [{ data: { id: 'x' } }, { data: { id: 'y' } }];
    expect(seedOf(a)).toBe(seedOf([...a].reverse()));
    expect(seedOf(a)).not.toBe(seedOf([{ data: { id: 'z' } }]));
    const first = createRandom(7);
    const second = createRandom(7);
    expect([first(), first(), first()]).toEqual([second(), second(), second()]);
    const original = Math.random;
    const drawn = withSeededRandom(7, () => [Math.random(), Math.random()]);
    expect(drawn).toEqual(withSeededRandom(7, () => [Math.random(), Math.random()]));
    expect(Math.random).toBe(original);
  });

  test('pinning records where the node stands; unpinning forgets it; a drag moves the pin', () => {
    const pinned = togglePin({ pinned: [], pinnedAt: {} }, 'russia', { x: 10, y: 20 });
    expect(pinned).toEqual({ pinned: ['russia'], pinnedAt: { russia: { x: 10, y: 20 } } });
    expect(togglePin(pinned, 'russia', { x: 0, y: 0 })).toEqual({ pinned: [], pinnedAt: {} });
    expect(pinAt(pinned, 'russia', { x: 30.4, y: -5.6 })).toEqual({
      pinned: ['russia'],
      pinnedAt: { russia: { x: 30, y: -6 } },
    });
  });
});

describe('the drawing', () => {
  test('a stance node takes the side its name states; nodes and edges keep the days the API gives them', () => {
    const graph: Graph = {
      nodes: [
        { id: 's1', type: 'STANCE', label: 'Russia rejects: Ceasefire', distance: 1, date: '2025-06-02' },
        { id: 'm', type: 'MEETING', label: 'Istanbul talks', distance: 1, date: '2025-06-02' },
        { id: 'd', type: 'DELEGATION', label: 'Ukraine delegation', distance: 0, date: '2025-06-02' },
        { id: 'p', type: 'PERSON', label: 'Rustem Umerov', distance: 1, date: null },
      ],
      edges: [
        {
          id: 'at',
          type: 'AT',
          source: 'd',
          target: 'm',
          label: null,
          date: null,
          status: 'STATED',
          evidence: [],
          sourceCount: 1,
        },
        {
          id: 'seat',
          type: 'MEMBER_OF',
          source: 'p',
          target: 'd',
          label: null,
          date: '2025-06-02',
          status: 'STATED',
          evidence: [],
          sourceCount: 1,
        },
      ],
    };
    const data = Object.fromEntries(toElements(graph).map((e) => [e.data.id, e.data]));
    expect(data['s1']!['stand']).toBe('AGAINST');
    expect(data['d']!['date']).toBe('2025-06-02');
    expect(data['seat']!['date']).toBe('2025-06-02');
    expect(data['p']!['date']).toBeUndefined();
    expect(data['at']!['date']).toBeUndefined();
  });

  test('positions grouped in boxes: members get their box as parent, and stance edges name the speaker', () => {
    const elements = positionsToElements([stance('russia', 'nato', 'OPPOSES'), stance('ukraine', 'nato', 'DEMANDS')], {
      groups: [{ id: 'camp:0', label: 'Camp', members: ['russia'] }],
    });
    const byId = Object.fromEntries(elements.map((e) => [e.data.id, e.data]));
    expect(byId['camp:0']).toMatchObject({ type: 'GROUP', label: 'Camp' });
    expect(byId['russia']!['parent']).toBe('camp:0');
    expect(byId['ukraine']!['parent']).toBeUndefined();
    expect(byId['russia>nato']!['speaker']).toBe('Held by RUSSIA; the article names no speaker.');
  });
});

describe('the positions matrix', () => {
  const stances = [
    stance('russia', 'nato', 'OPPOSES'),
    stance('belarus', 'nato', 'OPPOSES'),
    stance('ukraine', 'nato', 'DEMANDS'),
    stance('poland', 'nato', 'SUPPORTS'),
    stance('russia', 'donetsk', 'DEMANDS', '2025-06-02', 'TERRITORY'),
    stance('ukraine', 'donetsk', 'REJECTS', '2025-06-02', 'TERRITORY'),
    stance('ukraine', 'donetsk', 'CONDITIONAL', '2026-02-04', 'TERRITORY'),
  ];
  const network: AgreementNetwork = {
    links: [
      { a: { id: 'russia' }, b: { id: 'belarus' }, congruence: 1, conflict: 0 },
      { a: { id: 'ukraine' }, b: { id: 'poland' }, congruence: 1, conflict: 0 },
      { a: { id: 'russia' }, b: { id: 'ukraine' }, congruence: 0, conflict: 2 },
      { a: { id: 'russia' }, b: { id: 'poland' }, congruence: 0, conflict: 1 },
      { a: { id: 'belarus' }, b: { id: 'ukraine' }, congruence: 0, conflict: 1 },
      { a: { id: 'belarus' }, b: { id: 'poland' }, congruence: 0, conflict: 1 },
    ],
  };

  test('actors who agree sit together, the latest stance fills a cell, filters keep what they name', () => {
    const matrix = buildPositionsMatrix(stances, {
      network,
      sticking: new Set(['donetsk']),
      filter: { types: [], category: null },
    });
    const rows = matrix.actors.map((a) => a.id);
    const together = (a: string, b: string) => Math.abs(rows.indexOf(a) - rows.indexOf(b)) === 1;
    expect(together('russia', 'belarus')).toBe(true);
    expect(together('ukraine', 'poland')).toBe(true);
    expect(matrix.cells.get('ukraine>donetsk')?.position).toBe('CONDITIONAL');
    expect(matrix.issues.find((i) => i.id === 'donetsk')?.sticking).toBe(true);
    const territory = buildPositionsMatrix(stances, {
      network,
      sticking: new Set(),
      filter: { types: [], category: 'TERRITORY' },
    });
    expect(territory.issues.map((i) => i.id)).toEqual(['donetsk']);
    expect(territory.actors.map((a) => a.id).sort()).toEqual(['russia', 'ukraine']);
    expect(
      buildPositionsMatrix(stances, { network, sticking: new Set(), filter: { types: ['PERSON'], category: null } })
        .actors,
    ).toEqual([]);
  });

  test('CSV: a header of issues, one row per actor, quoted where needed', () => {
    const matrix = buildPositionsMatrix(stances.slice(0, 2), {
      network,
      sticking: new Set(['nato']),
      filter: { types: [], category: null },
    });
    expect(toMatrixCsv(matrix)).toBe(
      'actor,Issue nato (sticking point)\r\nBELARUS,opposes 2025-06-02\r\nRUSSIA,opposes 2025-06-02\r\n',
    );
  });

  test('seriation chains alike items; camps never hold two who clash, even through a third', () => {
    const like = (a: string, b: string) => (a[0] === b[0] ? 2 : -1);
    const order = seriate(['a1', 'b1', 'a2', 'b2'], like);
    expect(Math.abs(order.indexOf('a1') - order.indexOf('a2'))).toBe(1);
    // c agrees a little with both a and b, who clash: c joins one side, a and b stay apart.
    const triangle = (x: string, y: string) => ([x, y].sort().join() === 'a,b' ? -3 : 1);
    expect(splitIntoCamps(['a', 'b', 'c'], triangle).some((camp) => camp.includes('a') && camp.includes('b'))).toBe(
      false,
    );
    expect(splitIntoCamps(order, like).map((camp) => camp.sort())).toEqual(
      expect.arrayContaining([
        ['a1', 'a2'],
        ['b1', 'b2'],
      ]),
    );
  });
});
