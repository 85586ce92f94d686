import type { Core, ElementDefinition, LayoutOptions } from 'cytoscape';
import { FCOSE_LAYOUT, LARGE_LAYOUT } from './layouts.js';
import { LARGE_GRAPH } from './create-graph.js';

/** Elements added to a large drawing per slice, between which the page handles input. */
const ADD_SLICE = 1000;

/** Positions computed off the main thread by layout-worker.ts; falls back to the page when workers fail. */
export function computePositionsInWorker(
  elements: ElementDefinition[],
): Promise<Record<string, { x: number; y: number }>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Record<string, { x: number; y: number }>>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`layout worker failed: ${event.message}`));
    };
    // Only ids and ends cross to the worker: evidence and labels do not affect the layout.
    worker.postMessage({
      elements: elements.map((e) => ({
        group: e.group,
        data: { id: e.data.id, source: e.data.source, target: e.data.target, parent: e.data.parent },
      })),
    });
  });
}

/**
 * Adds elements to an empty drawing and lays them out: fCoSE on the page for small graphs, positions
 * from the worker for large ones (the page keeps answering meanwhile), `preset` when given positions.
 */
export async function drawElements(
  cy: Core,
  elements: ElementDefinition[],
  {
    layout = FCOSE_LAYOUT,
    onProgress = () => {},
  }: { layout?: LayoutOptions; onProgress?: (done: number, total: number) => void } = {},
): Promise<void> {
  if (elements.length > LARGE_GRAPH) {
    let positions: Record<string, { x: number; y: number }>;
    try {
      positions = await computePositionsInWorker(elements);
    } catch {
      // Without a worker the layout runs here: slow, but the drawing still appears.
      cy.add(elements);
      cy.layout(LARGE_LAYOUT).run();
      cy.fit(undefined, 30);
      return;
    }
    // Added in slices, yielding between them, so the page answers input while thousands of elements arrive.
    const scale = spreadFactor(Object.values(positions));
    const placed = elements.map((e) => {
      const at = positions[e.data.id!] ?? { x: 0, y: 0 };
      return e.group === 'nodes' ? { ...e, position: { x: at.x * scale, y: at.y * scale } } : e;
    });
    for (let start = 0; start < placed.length; start += ADD_SLICE) {
      cy.batch(() => cy.add(placed.slice(start, start + ADD_SLICE)));
      onProgress(Math.min(placed.length, start + ADD_SLICE), placed.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    cy.fit(undefined, 30);
    return;
  }
  cy.add(elements);
  await new Promise<void>((resolve) => {
    const running = cy.layout(layout);
    running.one('layoutstop', () => resolve());
    running.run();
  });
  // Fitted here rather than by the layout, with a zoom cap: a graph of three nodes should not fill the screen.
  cy.fit(undefined, 40);
  if (cy.zoom() > 1.6) cy.zoom({ level: 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/**
 * How much to spread a draft layout so each node has about 60 px of room: the spectral draft packs
 * thousands of nodes into overlapping clumps, and spreading them keeps labels hidden until zoomed in.
 */
export function spreadFactor(points: { x: number; y: number }[]): number {
  if (points.length < 2) return 1;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const side = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1);
  return Math.max(1, (Math.sqrt(points.length) * 60) / side);
}
