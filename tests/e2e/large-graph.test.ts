import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openClientHarness, SCREENSHOTS, type ClientHarness } from './browser.js';

const NODES = 5000;

/** Frames per second while the mouse drags the drawing across the screen for about two seconds. */
async function measurePanning(page: Page): Promise<number> {
  await page.evaluate(() => {
    const counter = { frames: 0, running: true };
    (window as unknown as { frameCounter: typeof counter }).frameCounter = counter;
    const tick = () => {
      counter.frames += 1;
      if (counter.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  await page.mouse.move(300, 400);
  await page.mouse.down();
  for (let step = 0; step < 60; step++)
    await page.mouse.move(300 + Math.sin(step / 10) * 250, 400 + Math.cos(step / 10) * 150, { steps: 1 });
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const counter = (window as unknown as { frameCounter: { frames: number; running: boolean } }).frameCounter;
    counter.running = false;
    return counter.frames;
  });
  return (frames * 1000) / (Date.now() - started);
}

describe(`the explore view with a synthetic graph of ${NODES} nodes`, () => {
  let harness: ClientHarness;

  beforeAll(async () => {
    harness = await openClientHarness();
  }, 120_000);
  afterAll(() => harness?.close());

  test('draws without blocking the page, and pans at a usable frame rate', async () => {
    const { page, url } = harness;
    await page.goto(`${url}?synthetic=${NODES}`);
    // While the worker lays the graph out, the page must keep answering: sample its event loop.
    const stalls = page.evaluate(async () => {
      let worst = 0;
      let last = performance.now();
      while (!document.body.dataset['drawnIn']) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        worst = Math.max(worst, performance.now() - last - 20);
        last = performance.now();
      }
      return worst;
    });
    await page.waitForFunction(() => document.body.dataset['drawnIn'], null, { timeout: 120_000 });
    const worstStall = await stalls;
    const drawnIn = Number(await page.evaluate(() => document.body.dataset['drawnIn']));
    const { nodes, webgl } = await page.evaluate(() => ({
      nodes: (window as unknown as { cy: { nodes(): { length: number } } }).cy.nodes().length,
      webgl: document.querySelector('#graph canvas[data-id$="-webgl"]') !== null,
    }));
    expect(nodes).toBe(NODES);
    const fps = await measurePanning(page);
    await page.screenshot({ path: `${SCREENSHOTS}/explore-synthetic-${NODES}.png` });
    const measurement = {
      nodes,
      drawnInMs: drawnIn,
      worstMainThreadStallMs: Math.round(worstStall),
      panningFps: Math.round(fps * 10) / 10,
      webgl,
    };
    console.log(`e2e large graph: ${JSON.stringify(measurement)}`);
    await writeFile('artifacts/large-graph.json', `${JSON.stringify(measurement, null, 2)}\n`);
    expect(fps).toBeGreaterThan(5);
  }, 180_000);
});
