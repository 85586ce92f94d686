import type { Core, ElementDefinition, LayoutOptions } from 'cytoscape';
import { MEETING_LAYOUT } from './layouts.js';

/** A member's cell in its delegation's box: room for a head's node and a wrapped name with its capacity. */
const CELL_WIDTH = 150;
const NODE_HEIGHT = 38;
/** The meeting's node: the entity asked about is drawn larger (the stylesheet's 44 px, with its border). */
const MEETING_HEIGHT = 50;
/** Between a node and its label, and the label's background (the stylesheet's margin and padding). */
const LABEL_MARGIN = 8;
/** A line of a member's name (10–11 px font) and of a caption or the meeting's name (13–15 px), in model px. */
const MEMBER_LINE = 13;
const CAPTION_LINE = 18;
/** Characters that fit on a line of a member's label (120 px wide), a box's caption (240 px) and the meeting's (120 px, larger font). */
const MEMBER_CHARS = 21;
const CAPTION_CHARS = 30;
const MEETING_CHARS = 15;
/** A box's padding (the stylesheet's 14 px) and the room between the column's parts. */
const PADDING = 14;
const GAP = 20;

/** How many lines a label takes once wrapped at `chars` characters a line. */
const countLines = (label: string, chars: number) =>
  label.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / chars)), 0);

/**
 * A meeting on a phone: its delegations' boxes stacked above and below the meeting in one column,
 * each box's members two abreast, so that two boxes side by side do not run off a narrow screen at
 * a zoom that reads. The members and the meeting are fixed there (fCoSE constrains simple nodes
 * only); fCoSE places the parties, the place and the other participants around the column.
 */
export function narrowMeetingLayout(elements: ElementDefinition[], meetingId: string): LayoutOptions {
  const membersOf = new Map<string, ElementDefinition[]>();
  for (const element of elements) {
    const parent = element.data.parent as string | undefined;
    if (parent) membersOf.set(parent, [...(membersOf.get(parent) ?? []), element]);
  }
  const labelOf = (id: string) => String(elements.find((e) => e.data.id === id)?.data.label ?? '');
  const boxes = [...membersOf.keys()];
  const half = Math.ceil(boxes.length / 2);
  const column = [...boxes.slice(0, half), meetingId, ...boxes.slice(half)];
  const fixed: { nodeId: string; position: { x: number; y: number } }[] = [];
  let y = 0;
  for (const part of column) {
    const members = membersOf.get(part);
    if (!members) {
      // The meeting: its node, then its name under it.
      fixed.push({ nodeId: part, position: { x: 0, y: y + MEETING_HEIGHT / 2 } });
      y += MEETING_HEIGHT + LABEL_MARGIN + countLines(labelOf(part), MEETING_CHARS) * CAPTION_LINE + GAP;
      continue;
    }
    y += countLines(labelOf(part), CAPTION_CHARS) * CAPTION_LINE + PADDING;
    const across = Math.min(2, members.length);
    for (let row = 0; row * across < members.length; row++) {
      const inRow = members.slice(row * across, row * across + across);
      const height =
        NODE_HEIGHT +
        LABEL_MARGIN +
        Math.max(...inRow.map((m) => countLines(String(m.data.label), MEMBER_CHARS))) * MEMBER_LINE;
      inRow.forEach((member, i) =>
        fixed.push({
          nodeId: member.data.id!,
          position: { x: (i - (inRow.length - 1) / 2) * CELL_WIDTH, y: y + NODE_HEIGHT / 2 },
        }),
      );
      y += height + PADDING;
    }
    y += GAP;
  }
  return {
    ...MEETING_LAYOUT,
    // Shorter edges: the parties and the place sit close beside the column.
    idealEdgeLength: 45,
    fixedNodeConstraint: fixed,
    // fCoSE keeps fixed nodes only roughly when they sit in boxes (a meeting touched its delegation's
    // box): the column is set exactly once the rest is placed around it.
    stop: ({ cy }: { cy: Core }) =>
      cy.batch(() => fixed.forEach(({ nodeId, position }) => void cy.getElementById(nodeId).position(position))),
  } as unknown as LayoutOptions;
}
