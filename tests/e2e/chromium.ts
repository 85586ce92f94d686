import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, ensureChromium } from '../support/ensure-chromium.js';

/**
 * Debian's headless Chromium with a fresh profile in `userDataDir`, as the end-to-end tests and the
 * client benchmark drive it. No GPU (`--disable-gpu`): WebGL, if any, is the software rasteriser.
 */
export async function launchChromium({
  userDataDir,
  width = 1280,
  height = 800,
  args = [],
}: {
  userDataDir: string;
  width?: number;
  height?: number;
  args?: string[];
}): Promise<BrowserContext> {
  // Here, not in the suite's setup: only the tests that drive a browser need one.
  await ensureChromium((line) => console.log(line));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    acceptDownloads: true,
    viewport: { width, height },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...args,
    ],
  });
  // Under tsx (the benchmark), esbuild's keepNames wraps named functions in `__name(...)`, also in
  // the functions handed to page.evaluate; the page needs the helper too.
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  return context;
}

/** What the page measured while drawing a synthetic graph (explore-view.ts writes it on `body`). */
export interface DrawingTimes {
  /** From navigation start to the first complete drawing on screen (ms). */
  drawnAtMs: number;
  /** From the view starting to draw to that first drawing (ms). */
  drawnInMs: number;
  /** From navigation start to the final layout on screen (ms); equals drawnAtMs when drawn once. */
  settledAtMs: number;
  /** The longest gap in a 20 ms timer loop from navigation until settled: the worst main-thread stall (ms). */
  worstStallMs: number;
}

/**
 * Opens `url` (a `?synthetic=` drawing) and waits until it has settled, sampling the page's event
 * loop meanwhile: the sampler starts before the page's own scripts (an init script) and stops when
 * `body[data-settled-at]` appears.
 */
export async function openSyntheticDrawing(page: Page, url: string, timeout = 180_000): Promise<DrawingTimes> {
  await page.addInitScript(() => {
    const probe = { worst: 0 };
    (window as unknown as { stallProbe: typeof probe }).stallProbe = probe;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      probe.worst = Math.max(probe.worst, now - last - 20);
      last = now;
      if (!document.body?.dataset['settledAt']) setTimeout(tick, 20);
    };
    setTimeout(tick, 20);
  });
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset['settledAt'], null, { timeout });
  return page.evaluate(() => {
    const data = document.body.dataset;
    return {
      drawnAtMs: Number(data['drawnAt']),
      drawnInMs: Number(data['drawnIn']),
      settledAtMs: Number(data['settledAt']),
      worstStallMs: Math.round((window as unknown as { stallProbe: { worst: number } }).stallProbe.worst),
    };
  });
}

/**
 * Frames per second while the mouse drags the drawing across the screen for about two seconds, and
 * how far the view moved (0 would mean the drag grabbed a node instead of panning). The drag starts
 * on an empty spot of the drawing, found through `window.cy`.
 */
export async function measurePanning(page: Page): Promise<{ fps: number; pannedPx: number }> {
  const start = await page.evaluate(() => {
    type Box = { x1: number; x2: number; y1: number; y2: number };
    const cy = (
      window as unknown as {
        cy: {
          container(): HTMLElement;
          pan(): { x: number; y: number };
          nodes(): { renderedBoundingBox(): Box }[] & { map<T>(f: (n: { renderedBoundingBox(): Box }) => T): T[] };
        };
      }
    ).cy;
    const frame = cy.container().getBoundingClientRect();
    const boxes = cy.nodes().map((node) => node.renderedBoundingBox());
    const isEmpty = (x: number, y: number) =>
      boxes.every((b) => x < b.x1 - 15 || x > b.x2 + 15 || y < b.y1 - 15 || y > b.y2 + 15);
    // From the middle outwards, so the drag stays inside the drawing.
    for (let r = 0; r < Math.min(frame.width, frame.height) / 2 - 20; r += 10)
      for (let a = 0; a < 16; a++) {
        const x = frame.width / 2 + Math.cos((a * Math.PI) / 8) * r;
        const y = frame.height / 2 + Math.sin((a * Math.PI) / 8) * r;
        if (isEmpty(x, y)) return { x: frame.left + x, y: frame.top + y, pan: cy.pan() };
      }
    return { x: frame.left + frame.width / 2, y: frame.top + frame.height / 2, pan: cy.pan() };
  });
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
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  // A loop around the starting point: each step moves the view by up to about 25 px.
  for (let step = 1; step <= 60; step++)
    await page.mouse.move(start.x + Math.sin(step / 10) * 200, start.y + (Math.cos(step / 10) - 1) * 120, {
      steps: 1,
    });
  const { frames, pan } = await page.evaluate(() => {
    const counter = (window as unknown as { frameCounter: { frames: number; running: boolean } }).frameCounter;
    counter.running = false;
    return { frames: counter.frames, pan: (window as unknown as { cy: { pan(): { x: number; y: number } } }).cy.pan() };
  });
  const elapsed = Date.now() - started;
  await page.mouse.up();
  return {
    fps: (frames * 1000) / elapsed,
    pannedPx: Math.round(Math.hypot(pan.x - start.pan.x, pan.y - start.pan.y)),
  };
}
