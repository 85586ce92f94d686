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
}

/** Room between rows, around a box's members (the stylesheet's), between boxes, and between a label and its node. */
const ROW_GAP = 6;
const BOX_PADDING = GROUP_BOX.padding;
const BOX_GAP = 12;
const LABEL_GAP = 8;
/** How far edges run from an actor column to the issue column beside it: long enough to tell them apart. */
const EDGE_SPAN = 130;
/** Between the two issue columns' labels, which face each other. */
const CENTRE_GAP = 24;

/** A column: blocks (a box's members, or loose items) stacked top to bottom. */
type Block = { group: string | null; items: PlacedItem[] };

/**
 * Places the positions overview on two sides: actors in two outer columns (the reading order cut in
 * two between camps, so each camp stays on one side), issues in two middle columns, each issue on
 * the side of the actors who take a position on it, ordered by their height so edges cross less.
 * Labels face outward for actors and inward for issues, so no edge runs through its own end's label.
 * Row heights come from the measured labels, so no two labels overlap at any zoom.
 */
export function placeTwoSided({ actors, issues, links, captions }: TwoSidedInput): Map<string, Placement> {
  const placed = new Map<string, Placement>();
  const [leftActors, rightActors] = cutBetweenGroups(gatherGroups(actors));
  const actorX = issueColumnX(issues) + EDGE_SPAN;
  stackColumn(toBlocks(leftActors), -actorX, 'left', captions, placed);
  stackColumn(toBlocks(rightActors), actorX, 'right', captions, placed);

  const actorsOf = new Map<string, string[]>();
  for (const link of links) actorsOf.set(link.issue, [...(actorsOf.get(link.issue) ?? []), link.actor]);
  const sideOf = (id: string) => Math.sign(placed.get(id)?.x ?? 0);
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  const leaning = (issue: PlacedItem) => mean((actorsOf.get(issue.id) ?? []).map(sideOf));
  const height = (issue: PlacedItem) => mean((actorsOf.get(issue.id) ?? []).map((a) => placed.get(a)?.y ?? 0));

  // Blocks (an issue category's box, or all issues when unboxed) from the left-leaning to the right-leaning.
  const blocks = toBlocks(issues, { keepOrder: false })
    .flatMap((block) => (block.group ? [block] : splitInHalves(block.items, leaning)))
    .map((block) => ({ ...block, items: [...block.items].sort((a, b) => leaning(a) - leaning(b)) }))
    .sort((a, b) => mean(a.items.map(leaning)) - mean(b.items.map(leaning)));
  const [leftBlocks, rightBlocks] = cutByHeight(blocks, captions);
  const byHeight = (column: Block[]) =>
    column
      .map((block) => ({ ...block, items: [...block.items].sort((a, b) => height(a) - height(b)) }))
      .sort((a, b) => mean(a.items.map(height)) - mean(b.items.map(height)));
  const x = issueColumnX(issues);
  stackColumn(byHeight(leftBlocks), -x, 'right', captions, placed);
  stackColumn(byHeight(rightBlocks), x, 'left', captions, placed);
  return placed;
}

/** The issue columns' distance from the centre: room for the widest issue label between them. */
function issueColumnX(issues: readonly PlacedItem[]): number {
  const widest = Math.max(0, ...issues.map((issue) => issue.label.w));
  const node = Math.max(0, ...issues.map((issue) => issue.node));
  return CENTRE_GAP / 2 + widest + LABEL_GAP + node / 2;
}

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

/** Blocks in their order cut in two where the two columns' heights are closest. */
function cutByHeight(blocks: Block[], captions: ReadonlyMap<string, number>): [Block[], Block[]] {
  const heights = blocks.map((block) => blockHeight(block, captions));
  const total = heights.reduce((a, b) => a + b, 0);
  let best = 0;
  let above = 0;
  for (let i = 0; i < blocks.length; i++) {
    above += heights[i]!;
    if (Math.abs(total - 2 * above) < Math.abs(total - 2 * heights.slice(0, best).reduce((a, b) => a + b, 0)))
      best = i + 1;
  }
  return [blocks.slice(0, best), blocks.slice(best)];
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
