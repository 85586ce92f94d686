import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openClientHarness, SCREENSHOTS, waitForView, type ClientHarness } from './browser.js';

/** Each view as a link opens it: what a reviewer looks at, at a desktop's and a phone's size. */
const VIEWS = [
  { name: 'start', view: 'explore', query: '' },
  { name: 'explore', view: 'explore', query: '?focus=volodymyr-zelensky&sel=volodymyr-zelensky' },
  { name: 'meetings', view: 'meetings', query: '?view=meetings&meeting=istanbul-talks-2025-06-02' },
  { name: 'positions', view: 'positions', query: '?view=positions' },
  { name: 'matrix', view: 'positions', query: '?view=positions&table=1' },
  { name: 'path', view: 'path', query: '?view=path&pfrom=steve-witkoff&pto=vladimir-putin' },
  { name: 'as-of', view: 'explore', query: '?focus=rustem-umerov&depth=2&asof=2025-04' },
  { name: 'sources', view: 'sources', query: '?view=sources&source=walaw-2025-06-02-istanbul-talks' },
] as const;

const SIZES = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

/** The box of an element of the page, or null when it is not shown. */
const boxOf = (page: Page, selector: string) => page.locator(selector).boundingBox();

describe('every view at a desktop’s and a phone’s size, as screenshots', { timeout: 120_000 }, () => {
  let harness: ClientHarness;

  beforeAll(async () => {
    harness = await openClientHarness({ width: 1440, height: 900 });
  }, 180_000);
  afterAll(() => harness?.close());

  describe.each(SIZES)('at $width×$height', (size) => {
    test.each(VIEWS)('$name', async ({ name, view, query }) => {
      const { page, url } = harness;
      await page.setViewportSize(size);
      await page.goto(`${url}${query}`);
      await waitForView(page, view);
      if (name === 'start') await page.locator('#start .examples a').first().waitFor();
      // Nothing of the page runs off its right edge, the timeline included.
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(size.width);
      const timeline = (await boxOf(page, '#asof-range'))!;
      expect(timeline.x + timeline.width).toBeLessThanOrEqual(size.width);
      // On a phone the panel, once it has something to show, is a sheet under the drawing, not beside it.
      const stage = (await boxOf(page, '#stage'))!;
      const panel = await boxOf(page, '#side');
      if (size.width < 760 && panel && panel.height > 0)
        expect(panel.y).toBeGreaterThanOrEqual(stage.y + stage.height - 1);
      // A status line, when one is shown, is on top: nothing of the view covers it.
      const covered = await page.evaluate(() => {
        const status = document.getElementById('status')!;
        if (!status.textContent || status.getBoundingClientRect().width === 0) return false;
        const box = status.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return !status.contains(top);
      });
      expect(covered).toBe(false);
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-${size.width}x${size.height}.png` });
    });
  });
});
