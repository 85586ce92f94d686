import type { ElementDefinition } from 'cytoscape';
import { describe, expect, test } from 'vitest';
import { narrowMeetingLayout } from '../../client/src/graph/narrow-meeting-layout.js';

const node = (id: string, label: string, parent?: string): ElementDefinition => ({
  group: 'nodes',
  data: { id, label, ...(parent && { parent }) },
});

describe('a meeting on a phone', () => {
  const elements = [
    node('talks', 'Russia–Ukraine direct peace talks in Istanbul, second round\n2025-06-02'),
    node('talks-russia', 'Russia delegation — led by Vladimir Medinsky'),
    ...['medinsky', 'galuzin', 'fomin'].map((p) =>
      node(`talks-russia/${p}`, `${p}\n(deputy minister)`, 'talks-russia'),
    ),
    node('talks-ukraine', 'Ukraine delegation — led by Rustem Umerov'),
    node('talks-ukraine/umerov', '★ Rustem Umerov\n(head · Defence Minister)', 'talks-ukraine'),
    node('russia', 'Russia'),
  ];
  const fixed = (
    narrowMeetingLayout(elements, 'talks') as unknown as {
      fixedNodeConstraint: { nodeId: string; position: { x: number; y: number } }[];
    }
  ).fixedNodeConstraint;
  const at = new Map(fixed.map((f) => [f.nodeId, f.position]));

  test('stacks one delegation above the meeting and the other below, in one column', () => {
    const russia = ['medinsky', 'galuzin', 'fomin'].map((p) => at.get(`talks-russia/${p}`)!.y);
    expect(Math.max(...russia)).toBeLessThan(at.get('talks')!.y);
    expect(at.get('talks-ukraine/umerov')!.y).toBeGreaterThan(at.get('talks')!.y);
    expect(at.get('talks')!.x).toBe(0);
    expect(at.get('talks-ukraine/umerov')!.x).toBe(0);
  });

  test('sets a delegation’s members at most two abreast, and leaves the parties to fCoSE', () => {
    const members = ['medinsky', 'galuzin', 'fomin'].map((p) => at.get(`talks-russia/${p}`)!);
    const rows = new Map<number, number>();
    for (const { y } of members) rows.set(y, (rows.get(y) ?? 0) + 1);
    expect([...rows.values()].sort()).toEqual([1, 2]);
    const xs = members.map((m) => m.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(150);
    expect(at.has('russia')).toBe(false);
  });
});
