import type { LayoutOptions } from 'cytoscape';

/** fCoSE for the seeded graph's views: a few hundred nodes at most, compound delegations included. */
export const FCOSE_LAYOUT = {
  name: 'fcose',
  // 'proof' refines the spectral draft with CoSE: better for the small graphs people read closely.
  quality: 'proof',
  // Start from scratch on a new drawing; expansion lays out only the new nodes (see expandLayout).
  randomize: true,
  // No animation: the first drawing should appear at once, already fitted.
  animate: false,
  // Fit the drawing to the viewport, with room for labels at the edges.
  fit: true,
  padding: 40,
  // Labels take space: count them when keeping nodes apart.
  nodeDimensionsIncludeLabels: true,
  // Room between nodes and along edges, so edge captions stay readable.
  nodeRepulsion: 9000,
  idealEdgeLength: 110,
  // Keep compound delegations compact around their members.
  nestingFactor: 0.3,
  // Pull disconnected pieces into the view rather than scattering them.
  tile: true,
} as LayoutOptions;

/** A meeting: a dozen nodes in boxes; shorter edges so the fitted drawing is zoomed in enough to read. */
export const MEETING_LAYOUT = {
  ...FCOSE_LAYOUT,
  // Half the explore view's lengths: the parties sit close around the meeting.
  idealEdgeLength: 60,
  nodeRepulsion: 4500,
} as LayoutOptions;

/** A large graph: the spectral draft only, no animation. Runs in a worker (layout-worker.ts). */
export const LARGE_LAYOUT = {
  name: 'fcose',
  // The spectral step alone: O(n) per sample, seconds for thousands of nodes rather than minutes.
  quality: 'draft',
  randomize: true,
  // Headless in the worker: nothing to animate or fit there.
  animate: false,
  fit: false,
  // Fewer distance samples: slightly rougher, much faster on 5,000 nodes.
  sampleSize: 25,
  nodeSeparation: 75,
  // Labels do not count: at this scale they are hidden until zoomed in.
  nodeDimensionsIncludeLabels: false,
  tile: true,
} as LayoutOptions;

/** New neighbours of an expanded node: a ring around it, so the rest of the drawing stays put. */
export function expandLayout(center: { x: number; y: number }, count: number): LayoutOptions {
  const radius = Math.max(90, count * 14);
  return {
    name: 'circle',
    // Around the expanded node, sized to the number of newcomers.
    boundingBox: { x1: center.x - radius, y1: center.y - radius, w: radius * 2, h: radius * 2 },
    // The existing drawing is not moved or zoomed.
    fit: false,
    animate: true,
    animationDuration: 300,
  } as LayoutOptions;
}

/**
 * A path: its nodes in a row, in hop order (data `distance`), so it reads left to right; on a phone
 * in a column, top to bottom, so that the whole chain fits at a readable zoom.
 */
export const pathLayout = ({ narrow = false }: { narrow?: boolean } = {}): LayoutOptions =>
  ({
    name: 'grid',
    // One row (or column); the elements are sorted by distance when the layout is run.
    ...(narrow ? { cols: 1 } : { rows: 1 }),
    fit: true,
    padding: 60,
    // Room for the edge captions between the nodes; less in a phone's column, whose captions are level
    // and short, so that a path of two hops fits a phone at a zoom that reads.
    avoidOverlapPadding: narrow ? 30 : 80,
    nodeDimensionsIncludeLabels: true,
    sort: (a: { data: (k: string) => number }, b: { data: (k: string) => number }) =>
      a.data('distance') - b.data('distance'),
  }) as LayoutOptions;
