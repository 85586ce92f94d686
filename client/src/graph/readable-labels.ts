import type { Core, NodeSingular } from 'cytoscape';

/**
 * The smallest size, in screen pixels, at which an overview's name is drawn; smaller ones wait until
 * the reader zooms in. (Cytoscape's own `min-zoomed-font-size` rounds the zoom up to a power of two,
 * so it let 14 px names through at 6.6 px.)
 */
export const MIN_LABEL_PX = 11;

/** A name that may be drawn: its node, its size on screen, its box on screen, and how much it matters. */
export interface LabelCandidate {
  id: string;
  px: number;
  box: { x1: number; y1: number; x2: number; y2: number };
  /** Higher is drawn first: a box's caption, then the nodes by degree. */
  importance: number;
}

const overlaps = (a: LabelCandidate['box'], b: LabelCandidate['box']) =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * The names to draw: the most important first, each only when it reads at `MIN_LABEL_PX` or more and
 * covers none already chosen (greedy label placement, as map makers thin place names by rank).
 */
export function pickReadableLabels(candidates: readonly LabelCandidate[]): Set<string> {
  const chosen: LabelCandidate[] = [];
  const ordered = [...candidates].sort((a, b) => b.importance - a.importance || a.id.localeCompare(b.id));
  for (const candidate of ordered) {
    if (candidate.px < MIN_LABEL_PX) continue;
    if (chosen.some((other) => overlaps(other.box, candidate.box))) continue;
    chosen.push(candidate);
  }
  return new Set(chosen.map((c) => c.id));
}

/** A node's name as a candidate: its box on screen, measured with its style applied. */
function toCandidate(node: NodeSingular, zoom: number): LabelCandidate {
  const box = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  return {
    id: node.id(),
    px: parseFloat(node.style('font-size')) * zoom,
    box,
    importance: node.isParent() ? Number.MAX_SAFE_INTEGER : node.degree(false),
  };
}

/**
 * On an overview (nodes marked `overview`, and the boxes around them), hides the names that would
 * read smaller than `MIN_LABEL_PX` or cover a more important one (class `label-hidden`); the pointer
 * and the selection bring a name back (the stylesheet), and zooming in brings back the rest.
 */
export function hideUnreadableLabels(cy: Core): void {
  const nodes = cy
    .nodes('.overview, .group')
    .toArray()
    .filter((node) => node.visible() && String(node.data('label') ?? '') !== '') as NodeSingular[];
  const zoom = cy.zoom();
  const shown = pickReadableLabels(nodes.map((node) => toCandidate(node, zoom)));
  cy.batch(() =>
    cy.nodes('.overview, .group').forEach((node) => {
      const hidden = !shown.has(node.id());
      if (node.hasClass('label-hidden') !== hidden) node.toggleClass('label-hidden', hidden);
    }),
  );
}
