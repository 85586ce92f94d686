import { describe, expect, test } from 'vitest';
import { emptyDiff, type GraphDiff } from '../../seed/diff/compute-diff.js';
import { splitDiff } from '../../seed/diff/split-diff.js';

const node = (id: string) => ({ id, props: { id } });
const link = (key: string) => ({ key, from: 'a', to: 'b', props: { key } });

/** Every row a difference writes, named by what it does, so two differences can be compared. */
function rowsOf(diff: GraphDiff): string[] {
  return [
    ...diff.deleteRelationships.map((row) => `delete ${row.key}`),
    ...diff.deleteNodes.map((id) => `delete ${id}`),
    ...Object.entries(diff.updateNodes).flatMap(([kind, rows]) => rows.map((row) => `update ${kind} ${row.id}`)),
    ...Object.entries(diff.createNodes).flatMap(([kind, rows]) => rows.map((row) => `create ${kind} ${row.id}`)),
    ...Object.entries(diff.createRelationships).flatMap(([type, rows]) =>
      rows.map((row) => `create ${type} ${row.key}`),
    ),
  ];
}

describe('a first load cut into batches', () => {
  const diff: GraphDiff = {
    ...emptyDiff(),
    deleteRelationships: ['r1', 'r2', 'r3'].map((key) => ({ type: 'TAKES', key, from: 'x', hash: null })),
    deleteNodes: ['x', 'y'],
    updateNodes: { Person: [node('p1')] },
    createNodes: { Person: [node('p2'), node('p3'), node('p4')], Issue: [node('i1')] },
    createRelationships: { TAKES: [link('t1'), link('t2'), link('t3')], ON: [link('o1')] },
    size: 17,
  };
  const phases = splitDiff(diff, 2);

  test('writes every row of the difference once, at most the batch size per transaction', () => {
    const batches = phases.flat();
    expect(batches.flatMap(rowsOf).sort()).toEqual(rowsOf(diff).sort());
    for (const batch of batches) {
      expect(batch.size).toBe(rowsOf(batch).length);
      expect(batch.size).toBeLessThanOrEqual(2);
    }
  });

  test('deletes and changes one batch at a time, then creates the nodes, then the relationships that join them', () => {
    const [nodes, relationships] = phases.slice(-2);
    const removals = phases.slice(0, -2);
    expect(removals.map((phase) => phase.length)).toEqual([1, 1, 1, 1]);
    expect(removals.flat().flatMap(rowsOf)).toEqual([
      'delete r1',
      'delete r2',
      'delete r3',
      'delete x',
      'delete y',
      'update Person p1',
    ]);
    expect(nodes!.flatMap(rowsOf).every((row) => /^create (Person|Issue) /.test(row))).toBe(true);
    expect(relationships!.flatMap(rowsOf).every((row) => /^create (TAKES|ON) /.test(row))).toBe(true);
  });
});
