import cytoscape, { type Collection, type ElementDefinition } from 'cytoscape';
import { describe, expect, test } from 'vitest';
import { drawElements } from '../../client/src/graph/run-layout.js';
import { STYLESHEET } from '../../client/src/graph/stylesheet.js';

/** A layout that places nothing and records how wide each node was when it ran (Cytoscape calls it without `new`). */
function createRecordingLayout(seen: Map<string, number>) {
  function RecordingLayout(this: { options: { eles: Collection } }, options: { eles: Collection }) {
    this.options = options;
  }
  RecordingLayout.prototype.run = function (this: { options: { eles: Collection }; emit(e: string): void }) {
    this.options.eles.nodes().forEach((node) => void seen.set(node.id(), node.width()));
    this.emit('layoutstop');
    return this;
  };
  RecordingLayout.prototype.stop = function () {
    return this;
  };
  return RecordingLayout;
}

describe('drawing a small graph', () => {
  test("the layout sees each node at the size its degree gives it, so a hub's size is counted when keeping nodes apart", async () => {
    const seen = new Map<string, number>();
    cytoscape('layout', 'recording', createRecordingLayout(seen));
    const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET });
    const spokes = Array.from({ length: 12 }, (_, i) => `n${i}`);
    const elements: ElementDefinition[] = [
      { group: 'nodes', data: { id: 'hub', type: 'STATE', label: 'Hub' } },
      ...spokes.map((id): ElementDefinition => ({ group: 'nodes', data: { id, type: 'PERSON', label: id } })),
      ...spokes.map((id): ElementDefinition => ({
        group: 'edges',
        data: { id: `e-${id}`, source: 'hub', target: id },
      })),
    ];
    await drawElements(cy, elements, { layout: { name: 'recording' } });
    const hub = cy.getElementById('hub');
    expect(hub.data('degree')).toBe(12);
    expect(hub.width()).toBeGreaterThan(cy.getElementById('n0').width());
    expect(seen.get('hub')).toBe(hub.width());
    cy.destroy();
  });
});
