import { describe, expect, test } from 'vitest';
import type { Graph, StanceItem } from '../../client/src/api/types.js';
import { positionsToElements } from '../../client/src/graph/positions-elements.js';
import { GROUP_BOX, STAND_LOOK } from '../../client/src/graph/palette.js';
import { STYLESHEET } from '../../client/src/graph/stylesheet.js';
import { toElements } from '../../client/src/graph/to-elements.js';
import { listLegendMarks } from '../../client/src/ui/legend.js';

const stance: StanceItem = {
  id: 'russia-opposes-nato',
  actor: { __typename: 'State', id: 'russia', name: 'Russia' },
  issue: { id: 'nato', name: 'NATO', category: 'SECURITY' },
  position: 'OPPOSES',
  stand: 'AGAINST',
  date: '2025-06-02',
  summary: '',
  voicedBy: null,
  claimant: null,
  condition: null,
  status: 'REPORTED',
  statusBy: [],
  note: null,
  evidence: [],
  sourceCount: 1,
};

const graph: Graph = {
  nodes: [
    { id: 'a', type: 'PERSON', label: 'A', distance: 0, date: null },
    { id: 'b', type: 'STATE', label: 'B', distance: 1, date: null },
  ],
  edges: [
    {
      id: 'e',
      type: 'ACTS_FOR',
      source: 'a',
      target: 'b',
      label: null,
      date: null,
      status: 'REPORTED',
      evidence: [],
      sourceCount: 1,
    },
  ],
};

const isStatusMark = (mark: string) => /reported|denied/.test(mark);

describe('the legend says what the view draws', () => {
  test("positions: dashed and dotted lines are sides, never a fact's status, which its edges do not carry", () => {
    const edges = positionsToElements([stance]).filter((e) => e.group === 'edges');
    expect(edges.map((e) => e.data['status'])).toEqual([undefined]);
    expect(edges.map((e) => e.data['stand'])).toEqual(['AGAINST']);
    expect(STAND_LOOK.AGAINST.line).toBe('dashed');
    expect(listLegendMarks('positions').filter(isStatusMark)).toEqual([]);
  });

  test("the API's graph (explore, path, sources) carries each edge's status, and its legend explains the line", () => {
    expect(toElements(graph).find((e) => e.group === 'edges')?.data['status']).toBe('REPORTED');
    for (const view of ['explore', 'path', 'sources'] as const)
      expect(listLegendMarks(view).filter(isStatusMark)).toHaveLength(1);
    expect(listLegendMarks('meetings').filter(isStatusMark)).toEqual([]);
  });

  test("the positions' boxes are drawn in the colour the legend names, and every view explains pins", () => {
    const rule = STYLESHEET.find((r) => 'selector' in r && r.selector === 'node.group');
    expect(rule && 'style' in rule ? rule.style : null).toMatchObject({
      'background-color': GROUP_BOX.colour,
      'border-color': GROUP_BOX.colour,
    });
    expect(GROUP_BOX.name).toBe('grey box');
    expect(listLegendMarks('positions')).toContain('grey box: a camp of actors who agree, or an issue category');
    for (const view of ['explore', 'meetings', 'positions', 'path', 'sources'] as const)
      expect(listLegendMarks(view)).toContain('grey ring: pinned (drag a node to pin it)');
  });
});
