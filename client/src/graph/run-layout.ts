import type { Core, ElementDefinition, LayoutOptions, NodeSingular } from 'cytoscape';
import { FCOSE_LAYOUT, LARGE_LAYOUT } from './layouts.js';
import { LARGE_GRAPH } from './create-graph.js';
import { MIN_LABEL_PX } from './readable-labels.js';
import { SMALLEST_NAME_PX } from './stylesheet.js';
import { hashString, withSeededRandom } from './seeded-random.js';

/** The layout's seed: the drawn ids, so the same data draws the same picture on every load. */
export function seedOf(elements: ElementDefinition[]): number {
  return hashString(
    elements
      .map((e) => e.data.id ?? '')
      .sort()
      .join('|'),
  );
}

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
      seed: seedOf(elements),
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
  { layout = FCOSE_LAYOUT }: { layout?: LayoutOptions } = {},
): Promise<void> {
  if (elements.length > LARGE_GRAPH) {
    let positions: Record<string, { x: number; y: number }>;
    try {
      positions = await computePositionsInWorker(elements);
    } catch {
      // Without a worker the layout runs here: slow, but the drawing still appears.
      cy.add(elements);
      withSeededRandom(seedOf(elements), () => cy.layout(LARGE_LAYOUT).run());
      cy.fit(undefined, 30);
      return;
    }
    const scale = spreadFactor(Object.values(positions));
    const placed = elements.map((e) => {
      const at = positions[e.data.id!] ?? { x: 0, y: 0 };
      return e.group === 'nodes' ? { ...e, position: { x: at.x * scale, y: at.y * scale } } : e;
    });
    // Fitted from the positions alone, before anything is added: cy.fit() measures every label
    // (seconds for thousands of nodes), and the first frame is then drawn zoomed out, labels hidden.
    fitToPoints(
      cy,
      placed.flatMap((e) => (e.position ? [e.position] : [])),
      30,
    );
    // Added at once: added in slices, each slice restyled and redrew all that came before it, which
    // took longer than the layout itself (see docs/benchmarks.md).
    cy.batch(() => cy.add(placed));
    return;
  }
  cy.add(elements);
  // Sized before the layout runs: a node grown by its degree afterwards covered its neighbours.
  setDegrees(cy);
  await new Promise<void>((resolve) => {
    const running = cy.layout(layout);
    running.one('layoutstop', () => resolve());
    withSeededRandom(seedOf(elements), () => running.run());
  });
  // Fitted here rather than by the layout, with a zoom cap: a graph of three nodes should not fill the screen.
  fitReadably(cy);
}

/** Records each node's degree, which sizes it and its label (the stylesheet's `node[degree]`); not on a large drawing. */
export function setDegrees(cy: Core): void {
  if (cy.elements().length > LARGE_GRAPH) return;
  cy.batch(() => cy.nodes().forEach((node) => void node.data('degree', node.degree(false))));
}

/**
 * Fits the drawing to the screen, with a zoom cap (a graph of three nodes should not fill the
 * screen) and, on a phone, a zoom floor: there the fitted drawing is too small to read, so it
 * zooms in on the entity asked about and the reader pans to the rest.
 */
export function fitReadably(cy: Core): void {
  cy.fit(undefined, 40);
  if (cy.zoom() > 1.6) cy.zoom({ level: 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  if (cy.width() < NARROW_PX && cy.zoom() < READABLE_ZOOM) {
    // The entity asked about, with the boxes around its parts (a meeting's delegations), or the
    // whole of a path, which reads top to bottom.
    const path = cy.nodes('.on-path');
    // An overview (Positions) asks about no entity, though every node of it is at distance 0.
    const asked = path.nonempty() ? path : cy.nodes('[distance = 0], :parent[type = "DELEGATION"]').not('.overview');
    cy.zoom(READABLE_ZOOM);
    cy.center(asked.nonempty() ? asked : mostConnected(cy));
  }
}

/**
 * An overview asks about no entity: its most connected node, so that a phone opens on a hub and
 * the names beside it rather than on the empty middle between two columns.
 */
function mostConnected(cy: Core): NodeSingular | undefined {
  let hub: NodeSingular | undefined;
  cy.nodes().forEach((node) => {
    if (!node.isParent() && (!hub || node.degree(false) > hub.degree(false))) hub = node;
  });
  return hub;
}

/** Below this width (px) a drawing is on a phone. */
export const NARROW_PX = 600;
/** The zoom at which the smallest names are written at the size an overview keeps (11 px). */
const READABLE_ZOOM = MIN_LABEL_PX / SMALLEST_NAME_PX;

/** Sets the viewport so that points (node centres, with room for a node around each) fill it. */
export function fitToPoints(cy: Core, points: { x: number; y: number }[], padding: number): void {
  if (points.length === 0) return;
  const half = 20;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x1, x2, y1, y2] = [
    Math.min(...xs) - half,
    Math.max(...xs) + half,
    Math.min(...ys) - half,
    Math.max(...ys) + half,
  ];
  const zoom = Math.min(
    cy.maxZoom(),
    Math.max(cy.minZoom(), Math.min((cy.width() - 2 * padding) / (x2 - x1), (cy.height() - 2 * padding) / (y2 - y1))),
  );
  cy.viewport({
    zoom,
    pan: { x: cy.width() / 2 - zoom * ((x1 + x2) / 2), y: cy.height() / 2 - zoom * ((y1 + y2) / 2) },
  });
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
