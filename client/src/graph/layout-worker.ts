/// <reference lib="webworker" />
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { LARGE_LAYOUT } from './layouts.js';
import { withSeededRandom } from './seeded-random.js';

cytoscape.use(fcose);

/** The worker's message: elements in, positions out, so a large layout never blocks the page. */
export interface LayoutRequest {
  elements: ElementDefinition[];
  /** Seeds the layout's randomness: the same elements get the same positions. */
  seed: number;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  // No style: the spectral draft places nodes by graph distance alone and removes no overlaps (the
  // page spreads the result instead), and styling thousands of elements here took a second.
  const cy = cytoscape({ headless: true, styleEnabled: false, elements: event.data.elements });
  withSeededRandom(event.data.seed, () => cy.layout(LARGE_LAYOUT).run());
  const positions: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((node) => {
    positions[node.id()] = node.position();
  });
  cy.destroy();
  self.postMessage(positions);
};
