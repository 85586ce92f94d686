import { GROUP_BOX } from './palette.js';

/** A node to place: its id, the box it sits in (a camp or an issue category, or none) and its size with its label beside it. */
export interface PlacedItem {
  id: string;
  group: string | null;
  /** The node's own diameter. */
  node: number;
  /** Its label's width and height, the label written beside the node. */
  label: { w: number; h: number };
}

/** Where a node goes, and on which side of it its label is written. */
export interface Placement {
  x: number;
  y: number;
  labelSide: 'left' | 'right';
}

/** What the placement needs: actors in reading order (alike ones together), issues, their links, box captions' heights. */
export interface TwoSidedInput {
  actors: readonly PlacedItem[];
  issues: readonly PlacedItem[];
  links: readonly { actor: string; issue: string }[];
  /** The height of each box's caption, which sits above the box. */
  captions: ReadonlyMap<string, number>;
  /** The screen's width over its height, which the drawing is fitted to. */
  aspect?: number;
}

/** Room between rows, around a box's members (the stylesheet's), between boxes, and between a label and its node. */
const ROW_GAP = 6;
const BOX_PADDING = GROUP_BOX.padding;
const BOX_GAP = 12;
const LABEL_GAP = 8;
/** How far edges run from an actor column to the issue column beside it: long enough to tell them apart. */
const EDGE_SPAN = 130;
/** Between two issue columns' labels. */
const CENTRE_GAP = 24;

/** A column: blocks (a box's members, or loose items) stacked top to bottom. */
type Block = { group: string | null; items: PlacedItem[] };

/**
 * Places the positions overview on two sides: actors in two outer columns (the reading order cut in
 * two between camps, so each camp stays on one side), issues in the columns between them, each issue
 * on the side of the actors who take a position on it, ordered by their height so edges cross less.
 * Labels face outward for actors and inward for issues, so no edge runs through its own end's label.
 * Row heights come from the measured labels, so no two labels overlap at any zoom. Boxed issues
 * (categories) take a third column when that lets the drawing fill a screen of the given shape.
 */
export function placeTwoSided({
  actors,
  issues,
  links,
  captions,
  aspect = 1.5,
}: TwoSidedInput): Map<string, Placement> {
  const placed = new Map<string, Placement>();
  const [leftActors, rightActors] = cutBetweenGroups(gatherGroups(actors));
  // Actors first, at x = ∓1: their sides and heights order the issues; they move out once the
  // issue columns' width is known.
  const actorColumns = [toBlocks(leftActors), toBlocks(rightActors)];
  stackColumn(actorColumns[0]!, -1, 'left', captions, placed);
  stackColumn(actorColumns[1]!, 1, 'right', captions, placed);

  const actorsOf = new Map<string, string[]>();
  for (const link of links) actorsOf.set(link.issue, [...(actorsOf.get(link.issue) ?? []), link.actor]);
  const sideOf = (id: string) => Math.sign(placed.get(id)?.x ?? 0);
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  const leaning = (issue: PlacedItem) => mean((actorsOf.get(issue.id) ?? []).map(sideOf));
  const height = (issue: PlacedItem) => mean((actorsOf.get(issue.id) ?? []).map((a) => placed.get(a)?.y ?? 0));

  // Blocks (an issue category's box, or the loose issues in halves) from the left-leaning to the right-leaning.
  const blocks = toBlocks(issues, { keepOrder: false })
    .flatMap((block) => (block.group ? [block] : splitInHalves(block.items, leaning)))
    .map((block) => ({ ...block, items: [...block.items].sort((a, b) => leaning(a) - leaning(b)) }))
    .sort((a, b) => mean(a.items.map(leaning)) - mean(b.items.map(leaning)));
  const reach = Math.max(0, ...actors.map((a) => a.node / 2 + LABEL_GAP + a.label.w));
  const actorHeight = Math.max(...actorColumns.map((column) => columnHeight(column, captions)));
  const zoomOf = (band: IssueBand) =>
    Math.min(aspect / (2 * (band.half + EDGE_SPAN + reach)), 1 / Math.max(actorHeight, band.height));
  const bands = (blocks.some((block) => block.group) ? [2, 3] : [2]).map((count) =>
    arrangeIssues(blocks, count, issues, captions),
  );
  const band = bands.reduce((best, next) => (zoomOf(next) > zoomOf(best) ? next : best));
  const byHeight = (column: Block[]) =>
    column
      .map((block) => ({ ...block, items: [...block.items].sort((a, b) => height(a) - height(b)) }))
      .sort((a, b) => mean(a.items.map(height)) - mean(b.items.map(height)));
  band.columns.forEach((column, i) => stackColumn(byHeight(column), band.xs[i]!, band.sides[i]!, captions, placed));
  for (const actor of actors) {
    const at = placed.get(actor.id)!;
    placed.set(actor.id, { ...at, x: at.x * (band.half + EDGE_SPAN) });
  }
  return placed;
}

/** The issue columns: their blocks, each column's x and label side, the outermost node's distance from the centre, the tallest column. */
interface IssueBand {
  columns: Block[][];
  xs: number[];
  sides: Placement['labelSide'][];
  half: number;
  height: number;
}

/**
 * The blocks cut into `count` columns of about equal height, in their order; labels face the centre
 * (the middle column's face right), each column as wide as the widest issue label.
 */
function arrangeIssues(
  blocks: Block[],
  count: number,
  issues: readonly PlacedItem[],
  captions: ReadonlyMap<string, number>,
): IssueBand {
  const widest = Math.max(0, ...issues.map((issue) => issue.label.w));
  const node = Math.max(0, ...issues.map((issue) => issue.node));
  const columns = cutInto(blocks, count, captions);
  const sides: Placement['labelSide'][] = columns.map((_, i) => (i === columns.length - 1 && i > 0 ? 'left' : 'right'));
  // Left to right: a column facing right is its node then its label; one facing left the reverse.
  let cursor = 0;
  const xs = sides.map((side) => {
    const x = side === 'right' ? cursor + node / 2 : cursor + widest + LABEL_GAP + node / 2;
    cursor += node + LABEL_GAP + widest + CENTRE_GAP;
    return x;
  });
  const middle = (cursor - CENTRE_GAP) / 2;
  return {
    columns,
    xs: xs.map((x) => x - middle),
    sides,
    half: middle - node / 2,
    height: Math.max(...columns.map((column) => columnHeight(column, captions))),
  };
}

/** Blocks in their order cut into at most `count` columns whose heights are closest to equal. */
function cutInto(blocks: Block[], count: number, captions: ReadonlyMap<string, number>): Block[][] {
  const heights = blocks.map((block) => blockHeight(block, captions));
  const target = heights.reduce((a, b) => a + b, 0) / count;
  const columns: Block[][] = [[]];
  let above = 0;
  blocks.forEach((block, i) => {
    const end = target * columns.length;
    const h = heights[i]!;
    if (columns.at(-1)!.length && columns.length < count && Math.abs(above + h - end) > Math.abs(above - end))
      columns.push([]);
    columns.at(-1)!.push(block);
    above += h;
  });
  return columns;
}

const columnHeight = (column: Block[], captions: ReadonlyMap<string, number>) =>
  column.reduce((sum, block) => sum + blockHeight(block, captions), 0);

/** The items' rows, one per item, as tall as the node or its label. */
const rowOf = (item: PlacedItem) => Math.max(item.node, item.label.h) + ROW_GAP;

function blockHeight(block: Block, captions: ReadonlyMap<string, number>): number {
  const rows = block.items.reduce((sum, item) => sum + rowOf(item), 0);
  return block.group ? rows + 2 * BOX_PADDING + (captions.get(block.group) ?? 0) + BOX_GAP : rows;
}

/** Consecutive items of the same box form a block; loose items are blocks of their own kind. */
function toBlocks(items: readonly PlacedItem[], { keepOrder = true } = {}): Block[] {
  if (!keepOrder) {
    const byGroup = new Map<string | null, PlacedItem[]>();
    for (const item of items) byGroup.set(item.group, [...(byGroup.get(item.group) ?? []), item]);
    return [...byGroup].map(([group, members]) => ({ group, items: members }));
  }
  const blocks: Block[] = [];
  for (const item of items) {
    const last = blocks.at(-1);
    if (last && last.group === item.group) last.items.push(item);
    else blocks.push({ group: item.group, items: [item] });
  }
  return blocks;
}

/** The loose issues in two halves by leaning, each a block of its own. */
function splitInHalves(items: PlacedItem[], leaning: (item: PlacedItem) => number): Block[] {
  const sorted = [...items].sort((a, b) => leaning(a) - leaning(b));
  const half = Math.ceil(sorted.length / 2);
  return [
    { group: null, items: sorted.slice(0, half) },
    { group: null, items: sorted.slice(half) },
  ].filter((block) => block.items.length > 0);
}

/** The items in their order, but each box's members gathered where its first member stands. */
function gatherGroups(items: readonly PlacedItem[]): PlacedItem[] {
  const first = new Map<string, number>();
  items.forEach((item, index) => item.group !== null && !first.has(item.group) && first.set(item.group, index));
  const at = (item: PlacedItem, index: number) => (item.group === null ? index : first.get(item.group)!);
  return items
    .map((item, index) => ({ item, key: at(item, index), index }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map(({ item }) => item);
}

/** The actors cut in two at the boundary between boxes that best balances the sides' heights. */
function cutBetweenGroups(actors: readonly PlacedItem[]): [PlacedItem[], PlacedItem[]] {
  const total = actors.reduce((sum, a) => sum + rowOf(a), 0);
  let best = 0;
  let bestImbalance = Infinity;
  let above = 0;
  for (let i = 0; i <= actors.length; i++) {
    const inside = i > 0 && i < actors.length && actors[i]!.group !== null && actors[i]!.group === actors[i - 1]!.group;
    if (!inside && Math.abs(total - 2 * above) < bestImbalance)
      [best, bestImbalance] = [i, Math.abs(total - 2 * above)];
    above += i < actors.length ? rowOf(actors[i]!) : 0;
  }
  return [actors.slice(0, best), actors.slice(best)];
}

/** Stacks blocks top to bottom at x, centred on y = 0, each box's caption above its members. */
function stackColumn(
  blocks: Block[],
  x: number,
  labelSide: Placement['labelSide'],
  captions: ReadonlyMap<string, number>,
  placed: Map<string, Placement>,
): void {
  const total = blocks.reduce((sum, block) => sum + blockHeight(block, captions), 0);
  let y = -total / 2;
  for (const block of blocks) {
    if (block.group) y += (captions.get(block.group) ?? 0) + BOX_PADDING;
    for (const item of block.items) {
      const row = rowOf(item);
      placed.set(item.id, { x, y: y + row / 2, labelSide });
      y += row;
    }
    if (block.group) y += BOX_PADDING + BOX_GAP;
  }
}
