import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openClientHarness, SCREENSHOTS, type ClientHarness } from './browser.js';
import { measurePanning, openSyntheticDrawing } from './chromium.js';

const NODES = 5000;

describe(`the explore view with a synthetic graph of ${NODES} nodes`, () => {
  let harness: ClientHarness;

  beforeAll(async () => {
    harness = await openClientHarness();
  }, 120_000);
  afterAll(() => harness?.close());

  // Frame rates and stalls are targets of `npm run bench`; on a busy machine they say nothing about the code.
  test('draws every node and pans', async () => {
    const { page, url } = harness;
    // While the worker lays the graph out, the page must keep answering: its event loop is sampled.
    const times = await openSyntheticDrawing(page, `${url}?synthetic=${NODES}`, 120_000);
    const { nodes, edges, webgl } = await page.evaluate(() => {
      const cy = (window as unknown as { cy: { nodes(): unknown[]; edges(): unknown[] } }).cy;
      return {
        nodes: cy.nodes().length,
        edges: cy.edges().length,
        webgl: document.querySelector('#graph canvas[data-id$="-webgl"]') !== null,
      };
    });
    expect(nodes).toBe(NODES);
    const { fps, pannedPx } = await measurePanning(page);
    await page.screenshot({ path: `${SCREENSHOTS}/explore-synthetic-${NODES}.png` });
    const measurement = {
      nodes,
      elements: nodes + edges,
      ...times,
      panningFps: Math.round(fps * 10) / 10,
      webgl,
    };
    console.log(`e2e large graph: ${JSON.stringify(measurement)}`);
    await writeFile('artifacts/large-graph.json', `${JSON.stringify(measurement, null, 2)}\n`);
    expect(pannedPx).toBeGreaterThan(0);
  }, 180_000);
});
