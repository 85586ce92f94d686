import { describe, expect, test } from 'vitest';
import { MIN_LABEL_PX, pickReadableLabels, type LabelCandidate } from '../../client/src/graph/readable-labels.js';
import { placeTwoSided, type PlacedItem } from '../../client/src/graph/two-sided-placement.js';

const item = (id: string, group: string | null = null, lines = 1): PlacedItem => ({
  id,
  group,
  node: 24,
  label: { w: 20 + id.length * 7, h: 16 * lines },
});

/** The box a label takes beside its node, as the stylesheet writes it on the side the placement says. */
function labelBox(placed: { x: number; y: number; labelSide: 'left' | 'right' }, of: PlacedItem) {
  const near = placed.labelSide === 'right' ? placed.x + of.node / 2 : placed.x - of.node / 2 - of.label.w;
  return { x1: near, x2: near + of.label.w, y1: placed.y - of.label.h / 2, y2: placed.y + of.label.h / 2 };
}

describe('the positions overview on two sides', () => {
  // Two camps that clash over three issues, a loose actor, and issues of two lines.
  const actors = [
    item('ukraine', 'camp:0'),
    item('poland', 'camp:0'),
    item('lithuania', 'camp:1'),
    item('zelensky', 'camp:0'),
    item('russia', 'camp:2'),
    item('putin', 'camp:2'),
    item('south-africa'),
  ];
  const issues = [item('nato', null, 2), item('ceasefire'), item('sanctions', null, 2), item('crimea'), item('peace')];
  const links = [
    ...['nato', 'ceasefire', 'sanctions'].flatMap((issue) => [
      { actor: 'ukraine', issue },
      { actor: 'russia', issue },
    ]),
    { actor: 'poland', issue: 'crimea' },
    { actor: 'zelensky', issue: 'crimea' },
    { actor: 'putin', issue: 'peace' },
    { actor: 'south-africa', issue: 'peace' },
  ];
  const placed = placeTwoSided({ actors, issues, links, captions: new Map([['camp:0', 20]]) });
  const at = (id: string) => placed.get(id)!;

  test("actors sit in the outer columns, each camp's members together on one side, issues between them", () => {
    const xs = actors.map((a) => Math.abs(at(a.id).x));
    const issueXs = issues.map((i) => Math.abs(at(i.id).x));
    expect(Math.min(...xs)).toBeGreaterThan(Math.max(...issueXs));
    const sideOf = (id: string) => Math.sign(at(id).x);
    expect(new Set(['ukraine', 'poland', 'zelensky'].map(sideOf)).size).toBe(1);
    expect(sideOf('russia')).toBe(sideOf('putin'));
    expect(sideOf('russia')).not.toBe(sideOf('ukraine'));
    // A camp's members are gathered, one after another down their column, although the reading order split them.
    const column = actors
      .filter((a) => sideOf(a.id) === sideOf('ukraine'))
      .sort((a, b) => at(a.id).y - at(b.id).y)
      .map((a) => a.group);
    const first = column.indexOf('camp:0');
    expect(column.slice(first, first + 3)).toEqual(['camp:0', 'camp:0', 'camp:0']);
  });

  test("an issue taken up by one side's actors alone sits in that side's column", () => {
    expect(Math.sign(at('crimea').x)).toBe(Math.sign(at('ukraine').x));
  });

  test('labels face away from the edges: outward for actors, inward for issues, and no two overlap', () => {
    for (const actor of actors) expect(at(actor.id).labelSide).toBe(at(actor.id).x < 0 ? 'left' : 'right');
    for (const issue of issues) expect(at(issue.id).labelSide).toBe(at(issue.id).x < 0 ? 'right' : 'left');
    const boxes = [...actors, ...issues].map((i) => ({ id: i.id, ...labelBox(at(i.id), i) }));
    for (const a of boxes)
      for (const b of boxes)
        if (a.id < b.id)
          expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2, `${a.id} / ${b.id}`).toBe(false);
  });
});

describe('issues boxed by category', () => {
  const actors = [item('ukraine'), item('russia')];
  const issues = Array.from({ length: 24 }, (_, i) => item(`issue-${i}`, `group:${i % 6}`, 2));
  const links = issues.flatMap((issue, i) => [{ actor: i % 2 ? 'ukraine' : 'russia', issue: issue.id }]);
  const captions = new Map(Array.from({ length: 6 }, (_, i) => [`group:${i}`, 20]));
  const columnsFor = (aspect: number) => {
    const placed = placeTwoSided({ actors, issues, links, captions, aspect });
    return new Set(issues.map((issue) => placed.get(issue.id)!.x)).size;
  };

  test('take a third column on a wide screen, where height is short, and keep two on a tall one', () => {
    expect(columnsFor(3)).toBe(3);
    expect(columnsFor(0.5)).toBe(2);
  });

  test("keep each category's issues in one column", () => {
    const placed = placeTwoSided({ actors, issues, links, captions, aspect: 3 });
    for (let g = 0; g < 6; g++) {
      const xs = new Set(
        issues.filter((issue) => issue.group === `group:${g}`).map((issue) => placed.get(issue.id)!.x),
      );
      expect(xs.size).toBe(1);
    }
  });
});

describe('names thinned by importance and zoom', () => {
  const candidate = (id: string, px: number, x: number, importance: number): LabelCandidate => ({
    id,
    px,
    box: { x1: x, x2: x + 100, y1: 0, y2: 14 },
    importance,
  });

  test('a name smaller than the readable size is not drawn; of two that overlap, the more important one is', () => {
    const shown = pickReadableLabels([
      candidate('minor', 12, 50, 1),
      candidate('hub', 14, 0, 19),
      candidate('tiny', MIN_LABEL_PX - 0.5, 400, 30),
      candidate('apart', MIN_LABEL_PX, 200, 1),
    ]);
    expect(shown).toEqual(new Set(['hub', 'apart']));
  });
});
